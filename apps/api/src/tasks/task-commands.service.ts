import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CLOCK, type AppConfig, APP_CONFIG } from '@dondoc/config';
import { AttachmentsRepository, DeadlineChange, Task, TasksRepository, TaskUpdate, type OutboxRow } from '@dondoc/database';
import { foldVietnamese, nextStatus, type Clock, type TaskAction } from '@dondoc/domain';
import { localDate } from '@dondoc/calendar';
import { formatDate } from '@dondoc/mail';
import type { StoreContent, UploadedFile } from '../attachments/attachment-upload';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import { insertedId } from '../common/inserted-id';
import { CalendarService } from '../calendar/calendar.service';
import { EventMailService } from '../reminders/event-mail.service';
import { StatsCache } from '../stats/stats-cache';
import { TaskAccessService } from './task-access.service';
import { TaskChangesService } from './task-changes.service';
import { TaskReadsService } from './task-reads.service';
import type { TaskView } from './task-view';
import type { TaskCorrectionDto, TaskUpdateDto } from './tasks.dto';

const EMPTY_REPORT = 'Báo cáo chưa có nội dung: hãy thay đổi tiến độ, nhập nội dung báo cáo hoặc đính kèm tệp.';
const NOTHING_TO_CORRECT = 'Chưa có gì để đính chính: hãy sửa nội dung, đơn vị chủ trì hoặc hạn xử lý của nhiệm vụ.';
/** The reason a corrected deadline carries in its history when the clerk gives none. */
const CORRECTED = 'Đính chính văn bản';

/**
 * What is done to a task: the unit's reports and submission, the leader's acceptance, return and
 * cancellation, the office's corrections and withdrawals. Each goes through `TaskChangesService`.
 */
@Injectable()
export class TaskCommandsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TaskAccessService,
    private readonly changes: TaskChangesService,
    private readonly reads: TaskReadsService,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statsCache: StatsCache,
    private readonly eventMail: EventMailService,
    private readonly tasks: TasksRepository,
    private readonly attachments: AttachmentsRepository,
  ) {}

  /**
   * A progress report, a note, or the unit's own status move (start, submit), with the files sent
   * with it: the report, its files and their audit entries are written together or not at all.
   */
  addUpdate(id: string, dto: TaskUpdateDto, me: CurrentUser): Promise<TaskView> {
    return this.report(id, me, async () => ({ dto, files: [] }));
  }

  /**
   * The same, sent with files: `receive` reads the upload, handing each file's bytes to the store
   * as they arrive, inside the transaction the report is then written in, so a refused report
   * (its fields, its files, the task's lock and version) keeps none of what it sent.
   */
  addUpdateWithFiles(id: string, me: CurrentUser, receive: (store: StoreContent) => Promise<{ dto: TaskUpdateDto; files: UploadedFile[] }>): Promise<TaskView> {
    return this.report(id, me, (manager) => receive((chunks) => this.attachments.writeContent(manager, chunks)));
  }

  private async report(
    id: string,
    me: CurrentUser,
    receive: (manager: EntityManager) => Promise<{ dto: TaskUpdateDto; files: UploadedFile[] }>,
  ): Promise<TaskView> {
    let mail: OutboxRow[] = [];
    await this.db.transaction(async (outer) => {
      const { dto, files } = await receive(outer);
      // A blank note says nothing: a report with no other change is empty and would only move the status.
      const note = dto.note?.trim() || undefined;
      if (dto.progress === undefined && note === undefined && dto.status === undefined && !files.length) throw new BadRequestException(EMPTY_REPORT);
      // Whoever may report or submit may attach (the domain's rules say so); a note with files is an 'attach'.
      const action: TaskAction = dto.status === 'submitted' ? 'submit' : dto.progress !== undefined || dto.status ? 'report' : files.length ? 'attach' : 'note';
      await this.changes.changeIn(outer, id, me, dto.version, action, await this.access.decisionContext(), async (manager, task) => {
        if (dto.progress === task.progress && note === undefined && dto.status === undefined && !files.length) throw new BadRequestException(EMPTY_REPORT);
        const to = nextStatus(task.status, action);
        const now = this.clock.now();
        const patch: Partial<Task> = { status: to };
        if (dto.progress !== undefined) patch.progress = dto.progress;
        if (action === 'submit') {
          patch.submittedAt = now;
          patch.submittedOn = localDate(now, this.config.timezone);
          patch.progress = 100;
          mail = await this.eventMail.workSubmitted(manager, task, note ?? null, now);
        }
        const updateId = insertedId(
          await manager.insert(TaskUpdate, {
            // The business clock's time: a report as of a past day reads the history by it.
            taskId: id,
            authorId: me.id,
            note: note ?? null,
            at: now,
            kind: to !== task.status ? 'status' : dto.progress !== undefined ? 'progress' : 'note',
            progress: patch.progress ?? null,
            fromStatus: to !== task.status ? task.status : null,
            toStatus: to !== task.status ? to : null,
          }),
        );
        // A leader's word on the task is a direction (ý kiến chỉ đạo): the unit that leads it is told at once.
        if (action === 'note' && me.role === 'leader' && note) {
          mail = await this.eventMail.leaderCommented(manager, task, { id: updateId, author: me.name, note }, now);
        }
        for (const file of files) {
          const stored = await this.attachments.save(manager, { ...file, taskId: id, taskUpdateId: updateId, uploadedById: me.id });
          await this.audit.record(manager, { actorId: me.id, action: 'attachment.upload', entity: 'attachment', entityId: stored.id, after: stored });
        }
        return patch;
      });
    });
    this.statsCache.invalidate();
    await this.eventMail.dispatch(mail);
    return this.reads.view(id);
  }

  /** The leader in charge (or the clerk who follows the task, when allowed) accepts submitted work: it counts as done on the day it was submitted. */
  async accept(id: string, note: string | undefined, version: number | undefined, me: CurrentUser): Promise<TaskView> {
    let mail: OutboxRow[] = [];
    const view = await this.changes.change(id, me, version, 'accept', async (manager, task) => {
      await this.statusUpdate(manager, task, 'done', me, note ?? null);
      mail = await this.eventMail.workAccepted(manager, task, note ?? null, this.clock.now());
      return { status: 'done', completedAt: this.clock.now(), progress: 100 };
    });
    await this.eventMail.dispatch(mail);
    return view;
  }

  async returnWork(id: string, reason: string, version: number | undefined, me: CurrentUser): Promise<TaskView> {
    let mail: OutboxRow[] = [];
    const view = await this.changes.change(id, me, version, 'return', async (manager, task) => {
      await this.statusUpdate(manager, task, 'in_progress', me, reason);
      mail = await this.eventMail.workReturned(manager, task, reason, this.clock.now());
      return { status: 'in_progress', submittedAt: null, submittedOn: null };
    });
    await this.eventMail.dispatch(mail);
    return view;
  }

  cancel(id: string, reason: string, version: number | undefined, me: CurrentUser): Promise<TaskView> {
    return this.changes.change(id, me, version, 'cancel', async (manager, task) => {
      await this.statusUpdate(manager, task, 'cancelled', me, reason);
      return { status: 'cancelled', cancelledAt: this.clock.now() };
    });
  }

  /**
   * Corrects a task of a published directive: its text, its lead unit, its deadline. A new deadline
   * goes into the deadline history beside the extensions (the document's first date stays on
   * record) and restarts the reminder plan; the units concerned are told what changed.
   */
  async correct(id: string, dto: TaskCorrectionDto, me: CurrentUser): Promise<TaskView> {
    const text = dto.text?.trim();
    if (text === '' || (text === undefined && dto.leadUnitId === undefined && dto.deadline === undefined)) throw new BadRequestException(NOTHING_TO_CORRECT);
    const reason = dto.reason?.trim() || null;
    let mail: OutboxRow[] = [];
    const view = await this.changes.change(id, me, dto.version, 'correct', async (manager, task) => {
      const patch: Partial<Task> = {};
      const changes: string[] = [];
      if (text !== undefined && text !== task.text) {
        Object.assign(patch, { text, textFolded: foldVietnamese(text) });
        changes.push(`Nội dung nhiệm vụ: “${task.text}” → “${text}”`);
      }
      if (dto.leadUnitId !== undefined && dto.leadUnitId !== task.leadUnitId) {
        const units = await this.tasks.units([task.leadUnitId, dto.leadUnitId]);
        const unit = units.get(dto.leadUnitId);
        if (!unit) throw new BadRequestException(`Đơn vị chủ trì không tồn tại: ${dto.leadUnitId}`);
        // Publishing gave each lead unit one task per item: a second one would be counted twice.
        if (await manager.existsBy(Task, { assignmentItemId: task.assignmentItemId, leadUnitId: unit.id })) {
          throw new ConflictException(`${unit.name} đã chủ trì nhiệm vụ này trong văn bản`);
        }
        Object.assign(patch, { leadUnitId: unit.id, coordinatingUnitIds: task.coordinatingUnitIds.filter((unitId) => unitId !== unit.id) });
        changes.push(`Đơn vị chủ trì: ${units.get(task.leadUnitId)?.name ?? ''} → ${unit.name}`);
      }
      if (dto.deadline !== undefined && (dto.deadline ?? null) !== task.statedDeadline) {
        const stated = dto.deadline ?? null;
        await manager.insert(DeadlineChange, {
          taskId: id,
          previousDeadline: task.deadline,
          newDeadline: stated,
          reason: reason ?? CORRECTED,
          extensionRequestId: null,
          changedById: me.id,
        });
        Object.assign(patch, {
          statedDeadline: stated,
          // Corrected to a weekend or a day off, it is in force on the next working day.
          deadline: stated && (await this.calendar.calendar()).dateInForce(stated),
          deadlineText: dto.deadlineText?.trim() || null,
          deadlineVersion: task.deadlineVersion + 1,
        });
        changes.push(`Hạn xử lý: ${formatDate(task.statedDeadline) || 'không thời hạn'} → ${formatDate(stated) || 'không thời hạn'}`);
      }
      if (!changes.length) throw new BadRequestException(NOTHING_TO_CORRECT);
      await manager.insert(TaskUpdate, {
        taskId: id,
        authorId: me.id,
        kind: 'correction',
        note: [...changes, ...(reason ? [`Lý do: ${reason}`] : [])].join('\n'),
        progress: null,
        fromStatus: null,
        toStatus: null,
      });
      mail = await this.eventMail.taskCorrected(manager, { ...task, ...patch }, task.leadUnitId, changes, reason, this.clock.now());
      return patch;
    });
    await this.eventMail.dispatch(mail);
    return view;
  }

  /** Withdraws a task given by mistake (the wrong school, an item read twice): it ends cancelled, the units told. */
  async withdraw(id: string, reason: string, version: number | undefined, me: CurrentUser): Promise<TaskView> {
    let mail: OutboxRow[] = [];
    const view = await this.changes.change(id, me, version, 'withdraw', async (manager, task) => {
      await this.statusUpdate(manager, task, 'cancelled', me, reason);
      mail = await this.eventMail.taskCorrected(manager, task, task.leadUnitId, ['Nhiệm vụ được hủy do giao nhầm'], reason, this.clock.now());
      return { status: 'cancelled', cancelledAt: this.clock.now() };
    });
    await this.eventMail.dispatch(mail);
    return view;
  }

  private async statusUpdate(manager: EntityManager, task: Task, to: Task['status'], me: CurrentUser, note: string | null) {
    await manager.insert(TaskUpdate, {
      taskId: task.id,
      authorId: me.id,
      kind: 'status',
      fromStatus: task.status,
      toStatus: to,
      note,
      progress: null,
      at: this.clock.now(),
    });
  }
}
