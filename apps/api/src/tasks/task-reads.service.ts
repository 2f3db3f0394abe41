import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  AttachmentsRepository,
  DeadlineChange,
  ExtensionRequest,
  ReminderScheduleRepository,
  SeriesRepository,
  Task,
  TasksRepository,
  TaskUpdate,
  type AttachmentView,
} from '@dondoc/database';
import { followsSubordinateUnits, mayStopSeries, permissionsFor, type TaskParties } from '@dondoc/domain';
import { isUnitMember, type CurrentUser } from '../common/current-user';
import type { Page } from '../common/pagination';
import { CalendarService } from '../calendar/calendar.service';
import { TaskAccessService } from './task-access.service';
import { toTaskView, type TaskDetailView, type TaskView } from './task-view';
import type { TaskListQuery } from './tasks.dto';

const FOLLOW_HEADS_ONLY = 'Chỉ trưởng đơn vị theo dõi được nhiệm vụ của các đơn vị trực thuộc';

/** Tasks as their readers see them: the list, one task with its history, a file sent with a report. */
@Injectable()
export class TaskReadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TaskAccessService,
    private readonly calendar: CalendarService,
    private readonly schedule: ReminderScheduleRepository,
    private readonly tasks: TasksRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly series: SeriesRepository,
  ) {}

  /** The contract's order: overdue first (oldest deadline first), then by deadline, standing tasks last. */
  async list(query: TaskListQuery, me: CurrentUser): Promise<Page<TaskView>> {
    const context = await this.calendar.timelinessContext();
    const following = query.scope === 'subordinates';
    if (following && !(me.unitId && followsSubordinateUnits(me.role))) throw new ForbiddenException(FOLLOW_HEADS_ONLY);
    const { rows, total } = await this.tasks.page(
      {
        memberOf: isUnitMember(me) && !following ? me.unitId : undefined,
        ledUnder: following ? me.unitId! : undefined,
        leadUnitId: query.unitId,
        directiveId: query.directiveId,
        status: query.status,
        timeliness: query.timeliness,
        dueFrom: query.dueFrom,
        dueTo: query.dueTo,
        text: query.q,
      },
      context,
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    const units = await this.tasks.units(rows.flatMap((row) => row.coordinating_unit_ids));
    return { items: rows.map((row) => toTaskView(row, units)), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, me: CurrentUser): Promise<TaskDetailView> {
    const view = await this.view(id);
    const parties: TaskParties = {
      leadUnitId: view.leadUnit.id,
      coordinatingUnitIds: view.coordinatingUnits.map((unit) => unit.id),
      leaderInChargeId: view.leaderInCharge?.id ?? null,
      clerkId: view.clerk?.id ?? null,
    };
    const decisions = await this.access.decisionContext();
    const actor = await this.access.readerFor(me, parties, decisions.chairmanId);
    const manager = this.db.manager;
    const [updates, extensionRequests, deadlineHistory, source, notifications, attachments, series] = await Promise.all([
      manager.find(TaskUpdate, { where: { taskId: id }, relations: { author: true }, order: { createdAt: 'ASC' } }),
      manager.find(ExtensionRequest, { where: { taskId: id }, relations: { requestedBy: true, decidedBy: true }, order: { createdAt: 'ASC' } }),
      manager.find(DeadlineChange, { where: { taskId: id }, relations: { changedBy: true }, order: { createdAt: 'ASC' } }),
      this.tasks.sourceParagraph(id),
      this.schedule.ledger(id),
      this.attachments.ofTask(id),
      this.calendar.timelinessContext().then((context) => this.series.ofTask(id, context)),
    ]);
    const person = (user?: { id: string; name: string } | null) => (user ? { id: user.id, name: user.name } : null);
    const hasPending = extensionRequests.some((request) => request.status === 'pending');
    const permissions = permissionsFor(actor, view.status, decisions.rules);
    const filesOf = new Map<string, AttachmentView[]>();
    for (const attachment of attachments) filesOf.set(attachment.updateId, [...(filesOf.get(attachment.updateId) ?? []), attachment]);
    return {
      ...view,
      updates: updates.map((update) => ({
        id: update.id,
        kind: update.kind,
        progress: update.progress,
        note: update.note,
        fromStatus: update.fromStatus,
        toStatus: update.toStatus,
        // The role tells a leader's direction from a unit's answer.
        author: update.author ? { id: update.author.id, name: update.author.name, role: update.author.role } : null,
        createdAt: update.createdAt,
        attachments: filesOf.get(update.id) ?? [],
      })),
      extensionRequests: extensionRequests.map((request) => ({
        id: request.id,
        requestedDeadline: request.requestedDeadline,
        grantedDeadline: deadlineHistory.find((change) => change.extensionRequestId === request.id)?.newDeadline ?? null,
        previousDeadline: request.previousDeadline,
        reason: request.reason,
        status: request.status,
        requestedBy: person(request.requestedBy),
        decidedBy: person(request.decidedBy),
        decisionNote: request.decisionNote,
        createdAt: request.createdAt,
        decidedAt: request.decidedAt,
      })),
      deadlineHistory: deadlineHistory.map((change) => ({
        id: change.id,
        previousDeadline: change.previousDeadline,
        newDeadline: change.newDeadline,
        reason: change.reason,
        changedBy: person(change.changedBy),
        createdAt: change.createdAt,
      })),
      sourceParagraph: source,
      // The ledger: every reminder, notice, escalation and event mail about the task ("đã đôn đốc").
      // A unit's people see who was written to (name and role), not the leaders' and clerks' addresses.
      notifications: isUnitMember(me) ? notifications.map((notification) => ({ ...notification, recipientEmail: null })) : notifications,
      attachments,
      // A recurring duty: the series and each period's task ("kỳ"), for everyone who reads this one.
      series,
      permissions: {
        ...permissions,
        requestExtension: permissions.requestExtension && !hasPending,
        decideExtension: permissions.decideExtension && hasPending,
        stopSeries: !!series && !series.stoppedAt && series.nextPeriodStart !== null && mayStopSeries(actor),
      },
      // Read by the head of a unit above the lead unit, who follows it and acts on nothing.
      following: actor.relation === 'oversees',
    };
  }

  /** A file of the task, for whoever may read the task. */
  async attachment(id: string, attachmentId: string, me: CurrentUser) {
    const task = await this.db.manager.findOne(Task, {
      where: { id },
      select: { id: true, leadUnitId: true, coordinatingUnitIds: true, leaderInChargeId: true, clerkId: true },
    });
    if (!task) throw new NotFoundException('Không tìm thấy nhiệm vụ');
    await this.access.readerFor(me, task, null);
    const file = await this.attachments.content(id, attachmentId);
    if (!file) throw new NotFoundException('Không tìm thấy tệp đính kèm của nhiệm vụ này');
    return file;
  }

  /** The task as every list shows it, after a write as before. */
  async view(id: string): Promise<TaskView> {
    const row = await this.tasks.one(id, await this.calendar.timelinessContext());
    if (!row) throw new NotFoundException('Không tìm thấy nhiệm vụ');
    return toTaskView(row, await this.tasks.units(row.coordinating_unit_ids));
  }
}
