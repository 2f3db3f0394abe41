import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AppConfig, APP_CONFIG, CLOCK } from '@dondoc/config';
import {
  DeadlineChange,
  ExtensionRequest,
  ReminderScheduleRepository,
  Task,
  TasksRepository,
  type ExtensionRequestListItem,
  type OutboxRow,
} from '@dondoc/database';
import type { Clock } from '@dondoc/domain';
import { addCalendarDays, localDate } from '@dondoc/calendar';
import { formatDate } from '@dondoc/mail';
import { isUnitMember, type CurrentUser } from '../common/current-user';
import type { Page } from '../common/pagination';
import { CalendarService } from '../calendar/calendar.service';
import { EventMailService } from '../reminders/event-mail.service';
import { TaskAccessService } from './task-access.service';
import { TaskChangesService } from './task-changes.service';
import type { ExtensionDecisionDto, ExtensionListQuery, ExtensionRequestDto } from './tasks.dto';

/** A task's deadline moved on request: the unit asks, the leader in charge decides. */
@Injectable()
export class TaskExtensionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TaskAccessService,
    private readonly changes: TaskChangesService,
    private readonly calendar: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly eventMail: EventMailService,
    private readonly schedule: ReminderScheduleRepository,
    private readonly tasks: TasksRepository,
  ) {}

  async requestExtension(id: string, dto: ExtensionRequestDto, me: CurrentUser) {
    let created: ExtensionRequest | null = null;
    let mail: OutboxRow[] = [];
    await this.changes.change(id, me, undefined, 'request_extension', async (manager, task) => {
      this.assertLaterDeadline(task, dto.deadline);
      const pending = await manager.countBy(ExtensionRequest, { taskId: id, status: 'pending' });
      if (pending) throw new ConflictException('Nhiệm vụ đã có một đề nghị gia hạn đang chờ duyệt');
      const request = await manager.save(
        ExtensionRequest,
        manager.create(ExtensionRequest, {
          taskId: id,
          requestedDeadline: dto.deadline,
          previousDeadline: task.deadline,
          reason: dto.reason,
          status: 'pending',
          requestedById: me.id,
        }),
      );
      created = request;
      mail = await this.eventMail.extensionRequested(manager, task, request, this.clock.now());
      return {};
    });
    await this.eventMail.dispatch(mail);
    return created!;
  }

  async decideExtension(requestId: string, dto: ExtensionDecisionDto, me: CurrentUser) {
    const request = await this.db.manager.findOneBy(ExtensionRequest, { id: requestId });
    if (!request) throw new NotFoundException('Không tìm thấy đề nghị gia hạn');
    let mail: OutboxRow[] = [];
    await this.changes.change(request.taskId, me, undefined, 'decide_extension', async (manager, task) => {
      const locked = await manager.findOne(ExtensionRequest, { where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.status !== 'pending') throw new ConflictException('Đề nghị gia hạn đã được xử lý');
      if (dto.deadline !== undefined && !dto.approve) throw new BadRequestException('Chỉ ghi hạn mới khi duyệt gia hạn');
      // The leader may grant a date other than the one asked for, under the same rule as the request.
      const granted = dto.deadline ?? locked.requestedDeadline;
      if (dto.deadline !== undefined) this.assertLaterDeadline(task, granted);
      // Granted for a weekend or a day off, it is in force on the next working day.
      const inForce = (await this.calendar.calendar()).dateInForce(granted);
      const now = this.clock.now();
      await manager.update(
        ExtensionRequest,
        { id: requestId },
        {
          status: dto.approve ? 'approved' : 'rejected',
          decidedById: me.id,
          decidedAt: now,
          decisionNote: dto.note ?? null,
        },
      );
      mail = await this.eventMail.extensionDecided(
        manager,
        dto.approve ? { ...task, deadline: inForce, deadlineVersion: task.deadlineVersion + 1 } : task,
        locked,
        dto.approve,
        dto.note ?? null,
        now,
      );
      if (!dto.approve) {
        // Escalation held while the request waited; it resumes the next day.
        await this.schedule.lookAgainBy(manager, task.id, addCalendarDays(localDate(now, this.config.timezone), 1));
        return {};
      }
      await manager.insert(DeadlineChange, {
        taskId: task.id,
        previousDeadline: task.deadline,
        newDeadline: granted,
        reason: locked.reason,
        extensionRequestId: requestId,
        changedById: me.id,
        at: now,
      });
      const today = localDate(now, this.config.timezone);
      return {
        deadline: inForce,
        statedDeadline: granted,
        deadlineVersion: task.deadlineVersion + 1,
        extensionCount: task.extensionCount + 1,
        extendedWhileOverdue: task.extendedWhileOverdue || (task.deadline !== null && task.deadline < today),
      };
    });
    await this.eventMail.dispatch(mail);
    return this.db.manager.findOneByOrFail(ExtensionRequest, { id: requestId });
  }

  /**
   * Extension requests: a unit's people see their unit's; a leader the ones he decides (those of the
   * tasks in his charge; the chairman all of them, as `actorOf` (libs/domain) finds him in charge of
   * each); clerks and admins all.
   */
  async listExtensionRequests(query: ExtensionListQuery, me: CurrentUser): Promise<Page<ExtensionRequestListItem>> {
    const leaderInChargeId = me.role === 'leader' && (await this.access.decisionContext()).chairmanId !== me.id ? me.id : undefined;
    const { items, total } = await this.tasks.extensionRequests(
      { status: query.status, leadUnitId: isUnitMember(me) ? me.unitId : undefined, leaderInChargeId },
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** A new deadline is later than the current one and not in the past. */
  private assertLaterDeadline(task: Task, deadline: string): void {
    if (deadline < this.calendar.today()) throw new BadRequestException('Hạn mới không thể ở trong quá khứ');
    if (task.deadline !== null && deadline <= task.deadline) {
      throw new BadRequestException(`Hạn mới (${formatDate(deadline)}) phải sau hạn hiện tại (${formatDate(task.deadline)})`);
    }
  }
}
