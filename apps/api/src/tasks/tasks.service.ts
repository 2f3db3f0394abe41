import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CLOCK, type AppConfig, APP_CONFIG } from '@dondoc/config';
import {
  AttachmentsRepository, DeadlineChange, UnitsRepository, ExtensionRequest, RecipientsRepository, ReminderScheduleRepository, ReminderSettingsRepository, SeriesRepository, Task, TasksRepository, TaskUpdate, type AttachmentView, type ExtensionRequestListItem, type OutboxRow,
} from '@dondoc/database';
import {
  canTransition, decidesOnBehalf, foldVietnamese, followsSubordinateUnits, InvalidTransitionError, mayAct, mayRead, mayStopSeries, nextStatus, permissionsFor, type Actor, type Clock, type DecisionRules, type TaskAction,
  type UnitRelation,
} from '@dondoc/domain';
import { addCalendarDays, localDate } from '@dondoc/calendar';
import type { StoreContent, UploadedFile } from '../attachments/attachment-upload';
import { AuditService } from '../common/audit.service';
import { isUnitMember, type CurrentUser } from '../common/current-user';
import type { Page } from '../common/pagination';
import { CalendarService } from '../calendar/calendar.service';
import { EventMailService } from '../reminders/event-mail.service';
import { formatDate } from '@dondoc/mail';
import { StatsCache } from '../stats/stats-cache';
import { toTaskView, type TaskDetailView, type TaskView } from './task-view';
import type { ExtensionDecisionDto, ExtensionListQuery, ExtensionRequestDto, TaskCorrectionDto, TaskListQuery, TaskUpdateDto } from './tasks.dto';

const FORBIDDEN_TASK = 'Nhiệm vụ này không thuộc đơn vị của bạn';
const FOLLOW_ONLY = 'Nhiệm vụ này của đơn vị trực thuộc: đơn vị của bạn chỉ theo dõi, không thực hiện được thao tác này';
const FOLLOW_HEADS_ONLY = 'Chỉ trưởng đơn vị theo dõi được nhiệm vụ của các đơn vị trực thuộc';
const EMPTY_REPORT = 'Báo cáo chưa có nội dung: hãy thay đổi tiến độ, nhập nội dung báo cáo hoặc đính kèm tệp.';
const NOTHING_TO_CORRECT = 'Chưa có gì để đính chính: hãy sửa nội dung, đơn vị chủ trì hoặc hạn xử lý của nhiệm vụ.';
/** The reason a corrected deadline carries in its history when the clerk gives none. */
const CORRECTED = 'Đính chính văn bản';

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statsCache: StatsCache,
    private readonly eventMail: EventMailService,
    private readonly schedule: ReminderScheduleRepository,
    private readonly tasks: TasksRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly recipients: RecipientsRepository,
    private readonly settings: ReminderSettingsRepository,
    private readonly series: SeriesRepository,
    private readonly units: UnitsRepository,
  ) {}

  /** The contract's order: overdue first (oldest deadline first), then by deadline, standing tasks last. */
  async list(q: TaskListQuery, me: CurrentUser): Promise<Page<TaskView>> {
    const ctx = await this.calendar.timelinessContext();
    const following = q.scope === 'subordinates';
    if (following && !(me.unitId && followsSubordinateUnits(me.role))) throw new ForbiddenException(FOLLOW_HEADS_ONLY);
    const { rows, total } = await this.tasks.page({
      memberOf: isUnitMember(me) && !following ? me.unitId : undefined, ledUnder: following ? me.unitId! : undefined, leadUnitId: q.unitId, directiveId: q.directiveId, status: q.status,
      timeliness: q.timeliness, dueFrom: q.dueFrom, dueTo: q.dueTo, text: q.q,
    }, ctx, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    const units = await this.tasks.units(rows.flatMap((r) => r.coordinating_unit_ids));
    return { items: rows.map((r) => toTaskView(r, units)), total, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string, me: CurrentUser): Promise<TaskDetailView> {
    const view = await this.view(id);
    const parties: TaskParties = {
      leadUnitId: view.leadUnit.id, coordinatingUnitIds: view.coordinatingUnits.map((u) => u.id),
      leaderInChargeId: view.leaderInCharge?.id ?? null, clerkId: view.clerk?.id ?? null,
    };
    const decisions = await this.decisionContext();
    const actor = await this.readerFor(me, parties, decisions.chairmanId);
    const m = this.db.manager;
    const [updates, extensionRequests, deadlineHistory, source, notifications, attachments, series] = await Promise.all([
      m.find(TaskUpdate, { where: { taskId: id }, relations: { author: true }, order: { createdAt: 'ASC' } }),
      m.find(ExtensionRequest, { where: { taskId: id }, relations: { requestedBy: true, decidedBy: true }, order: { createdAt: 'ASC' } }),
      m.find(DeadlineChange, { where: { taskId: id }, relations: { changedBy: true }, order: { createdAt: 'ASC' } }),
      this.tasks.sourceParagraph(id),
      this.schedule.ledger(id),
      this.attachments.ofTask(id),
      this.calendar.timelinessContext().then((ctx) => this.series.ofTask(id, ctx)),
    ]);
    const person = (u?: { id: string; name: string } | null) => (u ? { id: u.id, name: u.name } : null);
    const hasPending = extensionRequests.some((e) => e.status === 'pending');
    const permissions = permissionsFor(actor, view.status, decisions.rules);
    const filesOf = new Map<string, AttachmentView[]>();
    for (const a of attachments) filesOf.set(a.updateId, [...(filesOf.get(a.updateId) ?? []), a]);
    return {
      ...view,
      updates: updates.map((u) => ({
        id: u.id, kind: u.kind, progress: u.progress, note: u.note, fromStatus: u.fromStatus, toStatus: u.toStatus,
        // The role tells a leader's direction from a unit's answer.
        author: u.author ? { id: u.author.id, name: u.author.name, role: u.author.role } : null, createdAt: u.createdAt, attachments: filesOf.get(u.id) ?? [],
      })),
      extensionRequests: extensionRequests.map((e) => ({
        id: e.id, requestedDeadline: e.requestedDeadline,
        grantedDeadline: deadlineHistory.find((c) => c.extensionRequestId === e.id)?.newDeadline ?? null, previousDeadline: e.previousDeadline, reason: e.reason, status: e.status,
        requestedBy: person(e.requestedBy), decidedBy: person(e.decidedBy), decisionNote: e.decisionNote, createdAt: e.createdAt, decidedAt: e.decidedAt,
      })),
      deadlineHistory: deadlineHistory.map((c) => ({
        id: c.id, previousDeadline: c.previousDeadline, newDeadline: c.newDeadline, reason: c.reason, changedBy: person(c.changedBy), createdAt: c.createdAt,
      })),
      sourceParagraph: source,
      // The ledger: every reminder, notice, escalation and event mail about the task ("đã đôn đốc").
      // A unit's people see who was written to (name and role), not the leaders' and clerks' addresses.
      notifications: isUnitMember(me) ? notifications.map((n) => ({ ...n, recipientEmail: null })) : notifications,
      attachments,
      // A recurring duty: the series and each period's task ("kỳ"), for everyone who reads this one.
      series,
      permissions: {
        ...permissions, requestExtension: permissions.requestExtension && !hasPending, decideExtension: permissions.decideExtension && hasPending,
        stopSeries: !!series && !series.stoppedAt && series.nextPeriodStart !== null && mayStopSeries(actor),
      },
      // Read by the head of a unit above the lead unit, who follows it and acts on nothing.
      following: actor.relation === 'oversees',
    };
  }

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
  addUpdateWithFiles(
    id: string, me: CurrentUser, receive: (store: StoreContent) => Promise<{ dto: TaskUpdateDto; files: UploadedFile[] }>,
  ): Promise<TaskView> {
    return this.report(id, me, (m) => receive((chunks) => this.attachments.writeContent(m, chunks)));
  }

  private async report(
    id: string, me: CurrentUser, receive: (m: EntityManager) => Promise<{ dto: TaskUpdateDto; files: UploadedFile[] }>,
  ): Promise<TaskView> {
    let mail: OutboxRow[] = [];
    await this.db.transaction(async (outer) => {
      const { dto, files } = await receive(outer);
      // A blank note says nothing: a report with no other change is empty and would only move the status.
      const note = dto.note?.trim() || undefined;
      if (dto.progress === undefined && note === undefined && dto.status === undefined && !files.length) throw new BadRequestException(EMPTY_REPORT);
      // Whoever may report or submit may attach (the domain's rules say so); a note with files is an 'attach'.
      const action: TaskAction =
        dto.status === 'submitted' ? 'submit' : dto.progress !== undefined || dto.status ? 'report' : files.length ? 'attach' : 'note';
      await this.changeIn(outer, id, me, dto.version, action, await this.decisionContext(), async (m, task) => {
        if (dto.progress === task.progress && note === undefined && dto.status === undefined && !files.length) throw new BadRequestException(EMPTY_REPORT);
        const to = nextStatus(task.status, action);
        const now = this.clock.now();
        const patch: Partial<Task> = { status: to };
        if (dto.progress !== undefined) patch.progress = dto.progress;
        if (action === 'submit') {
          patch.submittedAt = now;
          patch.submittedOn = localDate(now, this.config.timezone);
          patch.progress = 100;
          mail = await this.eventMail.workSubmitted(m, task, note ?? null, now);
        }
        const { identifiers } = await m.insert(TaskUpdate, {
          // The business clock's time: a report as of a past day reads the history by it.
          taskId: id, authorId: me.id, note: note ?? null, at: now,
          kind: to !== task.status ? 'status' : dto.progress !== undefined ? 'progress' : 'note',
          progress: patch.progress ?? null,
          fromStatus: to !== task.status ? task.status : null,
          toStatus: to !== task.status ? to : null,
        });
        // A leader's word on the task is a direction (ý kiến chỉ đạo): the unit that leads it is told at once.
        if (action === 'note' && me.role === 'leader' && note) {
          mail = await this.eventMail.leaderCommented(m, task, { id: String(identifiers[0].id), author: me.name, note }, now);
        }
        for (const file of files) {
          const stored = await this.attachments.save(m, { ...file, taskId: id, taskUpdateId: identifiers[0].id, uploadedById: me.id });
          await this.audit.record(m, { actorId: me.id, action: 'attachment.upload', entity: 'attachment', entityId: stored.id, after: stored });
        }
        return patch;
      });
    });
    this.statsCache.invalidate();
    await this.eventMail.dispatch(mail);
    return this.view(id);
  }

  /** The leader in charge (or the clerk who follows the task, when allowed) accepts submitted work: it counts as done on the day it was submitted. */
  async accept(id: string, note: string | undefined, version: number | undefined, me: CurrentUser): Promise<TaskView> {
    let mail: OutboxRow[] = [];
    const view = await this.change(id, me, version, 'accept', async (m, task) => {
      await this.statusUpdate(m, task, 'done', me, note ?? null);
      mail = await this.eventMail.workAccepted(m, task, note ?? null, this.clock.now());
      return { status: 'done', completedAt: this.clock.now(), progress: 100 };
    });
    await this.eventMail.dispatch(mail);
    return view;
  }

  async returnWork(id: string, reason: string, version: number | undefined, me: CurrentUser): Promise<TaskView> {
    let mail: OutboxRow[] = [];
    const view = await this.change(id, me, version, 'return', async (m, task) => {
      await this.statusUpdate(m, task, 'in_progress', me, reason);
      mail = await this.eventMail.workReturned(m, task, reason, this.clock.now());
      return { status: 'in_progress', submittedAt: null, submittedOn: null };
    });
    await this.eventMail.dispatch(mail);
    return view;
  }

  cancel(id: string, reason: string, version: number | undefined, me: CurrentUser): Promise<TaskView> {
    return this.change(id, me, version, 'cancel', async (m, task) => {
      await this.statusUpdate(m, task, 'cancelled', me, reason);
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
    const view = await this.change(id, me, dto.version, 'correct', async (m, task) => {
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
        if (await m.existsBy(Task, { assignmentItemId: task.assignmentItemId, leadUnitId: unit.id })) {
          throw new ConflictException(`${unit.name} đã chủ trì nhiệm vụ này trong văn bản`);
        }
        Object.assign(patch, { leadUnitId: unit.id, coordinatingUnitIds: task.coordinatingUnitIds.filter((u) => u !== unit.id) });
        changes.push(`Đơn vị chủ trì: ${units.get(task.leadUnitId)?.name ?? ''} → ${unit.name}`);
      }
      if (dto.deadline !== undefined && (dto.deadline ?? null) !== task.statedDeadline) {
        const stated = dto.deadline ?? null;
        await m.insert(DeadlineChange, { taskId: id, previousDeadline: task.deadline, newDeadline: stated, reason: reason ?? CORRECTED, extensionRequestId: null, changedById: me.id });
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
      await m.insert(TaskUpdate, { taskId: id, authorId: me.id, kind: 'correction', note: [...changes, ...(reason ? [`Lý do: ${reason}`] : [])].join('\n'), progress: null, fromStatus: null, toStatus: null });
      mail = await this.eventMail.taskCorrected(m, { ...task, ...patch }, task.leadUnitId, changes, reason, this.clock.now());
      return patch;
    });
    await this.eventMail.dispatch(mail);
    return view;
  }

  /** Withdraws a task given by mistake (the wrong school, an item read twice): it ends cancelled, the units told. */
  async withdraw(id: string, reason: string, version: number | undefined, me: CurrentUser): Promise<TaskView> {
    let mail: OutboxRow[] = [];
    const view = await this.change(id, me, version, 'withdraw', async (m, task) => {
      await this.statusUpdate(m, task, 'cancelled', me, reason);
      mail = await this.eventMail.taskCorrected(m, task, task.leadUnitId, ['Nhiệm vụ được hủy do giao nhầm'], reason, this.clock.now());
      return { status: 'cancelled', cancelledAt: this.clock.now() };
    });
    await this.eventMail.dispatch(mail);
    return view;
  }

  async requestExtension(id: string, dto: ExtensionRequestDto, me: CurrentUser) {
    let created: ExtensionRequest | null = null;
    let mail: OutboxRow[] = [];
    await this.change(id, me, undefined, 'request_extension', async (m, task) => {
      this.assertLaterDeadline(task, dto.deadline);
      const pending = await m.countBy(ExtensionRequest, { taskId: id, status: 'pending' });
      if (pending) throw new ConflictException('Nhiệm vụ đã có một đề nghị gia hạn đang chờ duyệt');
      const request = await m.save(ExtensionRequest, m.create(ExtensionRequest, {
        taskId: id, requestedDeadline: dto.deadline, previousDeadline: task.deadline, reason: dto.reason, status: 'pending', requestedById: me.id,
      }));
      created = request;
      mail = await this.eventMail.extensionRequested(m, task, request, this.clock.now());
      return {};
    });
    await this.eventMail.dispatch(mail);
    return created!;
  }

  async decideExtension(requestId: string, dto: ExtensionDecisionDto, me: CurrentUser) {
    const request = await this.db.manager.findOneBy(ExtensionRequest, { id: requestId });
    if (!request) throw new NotFoundException('Không tìm thấy đề nghị gia hạn');
    let mail: OutboxRow[] = [];
    await this.change(request.taskId, me, undefined, 'decide_extension', async (m, task) => {
      const locked = await m.findOne(ExtensionRequest, { where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.status !== 'pending') throw new ConflictException('Đề nghị gia hạn đã được xử lý');
      if (dto.deadline !== undefined && !dto.approve) throw new BadRequestException('Chỉ ghi hạn mới khi duyệt gia hạn');
      // The leader may grant a date other than the one asked for, under the same rule as the request.
      const granted = dto.deadline ?? locked.requestedDeadline;
      if (dto.deadline !== undefined) this.assertLaterDeadline(task, granted);
      // Granted for a weekend or a day off, it is in force on the next working day.
      const inForce = (await this.calendar.calendar()).dateInForce(granted);
      const now = this.clock.now();
      await m.update(ExtensionRequest, { id: requestId }, {
        status: dto.approve ? 'approved' : 'rejected', decidedById: me.id, decidedAt: now, decisionNote: dto.note ?? null,
      });
      mail = await this.eventMail.extensionDecided(m, dto.approve
        ? { ...task, deadline: inForce, deadlineVersion: task.deadlineVersion + 1 } : task, locked, dto.approve, dto.note ?? null, now);
      if (!dto.approve) {
        // Escalation held while the request waited; it resumes the next day.
        await this.schedule.lookAgainBy(m, task.id, addCalendarDays(localDate(now, this.config.timezone), 1));
        return {};
      }
      await m.insert(DeadlineChange, {
        taskId: task.id, previousDeadline: task.deadline, newDeadline: granted,
        reason: locked.reason, extensionRequestId: requestId, changedById: me.id, at: now,
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

  /** A new deadline is later than the current one and not in the past. */
  private assertLaterDeadline(task: Task, deadline: string): void {
    if (deadline < this.calendar.today()) throw new BadRequestException('Hạn mới không thể ở trong quá khứ');
    if (task.deadline !== null && deadline <= task.deadline) {
      throw new BadRequestException(`Hạn mới (${formatDate(deadline)}) phải sau hạn hiện tại (${formatDate(task.deadline)})`);
    }
  }

  /**
   * Refuses, before an upload is read, someone who may not take the action on the task now; the
   * write itself checks again under the task's lock.
   */
  async authorize(id: string, me: CurrentUser, action: TaskAction): Promise<void> {
    const task = await this.db.manager.findOneBy(Task, { id });
    if (!task) throw new NotFoundException('Không tìm thấy nhiệm vụ');
    await this.assertMay(this.db.manager, me, task, action, undefined, await this.decisionContext());
  }

  /** A file of the task, for whoever may read the task. */
  async attachment(id: string, attachmentId: string, me: CurrentUser) {
    const task = await this.db.manager.findOne(Task, {
      where: { id }, select: { id: true, leadUnitId: true, coordinatingUnitIds: true, leaderInChargeId: true, clerkId: true },
    });
    if (!task) throw new NotFoundException('Không tìm thấy nhiệm vụ');
    await this.readerFor(me, task, null);
    const file = await this.attachments.content(id, attachmentId);
    if (!file) throw new NotFoundException('Không tìm thấy tệp đính kèm của nhiệm vụ này');
    return file;
  }

  /**
   * Extension requests: a unit's people see their unit's; a leader the ones he decides (those of the
   * tasks in his charge; the chairman all of them); clerks and admins all.
   */
  async listExtensionRequests(q: ExtensionListQuery, me: CurrentUser): Promise<Page<ExtensionRequestListItem>> {
    const leaderInChargeId = me.role === 'leader' && (await this.decisionContext()).chairmanId !== me.id ? me.id : undefined;
    const { items, total } = await this.tasks.extensionRequests(
      { status: q.status, leadUnitId: isUnitMember(me) ? me.unitId : undefined, leaderInChargeId },
      { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    );
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * The one path of every write to a task: lock it, check who may act and that the version is the
   * one the caller saw (409 otherwise), apply the change, bump the version, audit, all in one transaction.
   */
  private async change(
    id: string, me: CurrentUser, version: number | undefined, action: TaskAction,
    apply: (m: EntityManager, task: Task) => Promise<Partial<Task>>,
  ): Promise<TaskView> {
    const decisions = await this.decisionContext();
    await this.db.transaction((m) => this.changeIn(m, id, me, version, action, decisions, apply));
    this.statsCache.invalidate();
    return this.view(id);
  }

  /** `change` within a transaction the caller holds (and commits). */
  private async changeIn(
    m: EntityManager, id: string, me: CurrentUser, version: number | undefined, action: TaskAction, decisions: DecisionContext,
    apply: (m: EntityManager, task: Task) => Promise<Partial<Task>>,
  ): Promise<void> {
    const task = await m.findOne(Task, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!task) throw new NotFoundException('Không tìm thấy nhiệm vụ');
    const actor = await this.assertMay(m, me, task, action, version, decisions);
    const patch = await apply(m, task);
    await m.update(Task, { id }, { ...patch, version: task.version + 1 });
    // A clerk accepting or returning work does so in the leader's place: the record says whose decision it was.
    const onBehalf = decidesOnBehalf(actor, action) ? { onBehalfOfLeaderId: task.leaderInChargeId } : {};
    await this.audit.record(m, { actorId: me.id, action: `task.${action}`, entity: 'task', entityId: id, before: pick(task, patch), after: { ...patch, ...onBehalf } });
  }

  private async statusUpdate(m: EntityManager, task: Task, to: Task['status'], me: CurrentUser, note: string | null) {
    await m.insert(TaskUpdate, {
      taskId: task.id, authorId: me.id, kind: 'status', fromStatus: task.status, toStatus: to, note, progress: null, at: this.clock.now(),
    });
  }

  /** Who may act first, so a 403 gives away nothing; then the version the caller saw, if it says; then the status. */
  private async assertMay(
    m: EntityManager, me: CurrentUser, task: Task, action: TaskAction, version: number | undefined, decisions: DecisionContext,
  ): Promise<Actor> {
    const actor = await this.actorFor(m, me, task, decisions.chairmanId);
    if (!mayAct(actor, action, decisions.rules)) {
      throw new ForbiddenException(
        actor.relation === 'oversees' ? FOLLOW_ONLY : isUnitMember(me) && actor.relation !== 'lead' ? FORBIDDEN_TASK : 'Bạn không có quyền thực hiện thao tác này',
      );
    }
    if (version !== undefined && version !== task.version) {
      throw new ConflictException(`Nhiệm vụ đã được người khác cập nhật (phiên bản ${task.version}, bạn gửi ${version}); hãy tải lại`);
    }
    if (!canTransition(task.status, action)) throw new InvalidTransitionError(task.status, action);
    return actor;
  }

  /** The actor, for someone who may read the task: a unit's people see their own unit's and coordinated tasks, a head also those of the units under his. */
  private async readerFor(me: CurrentUser, task: TaskParties, chairmanId: string | null): Promise<Actor> {
    const actor = await this.actorFor(this.db.manager, me, task, chairmanId);
    if (!mayRead(actor)) throw new ForbiddenException(FORBIDDEN_TASK);
    return actor;
  }

  private async actorFor(m: EntityManager, me: CurrentUser, task: TaskParties, chairmanId: string | null): Promise<Actor> {
    let relation = relationOf(me, task.leadUnitId, task.coordinatingUnitIds);
    if (relation === 'none' && me.unitId && followsSubordinateUnits(me.role) && await this.units.isUnder(m, task.leadUnitId, me.unitId)) relation = 'oversees';
    return {
      role: me.role,
      relation,
      inCharge: me.role === 'leader' && (task.leaderInChargeId === me.id || chairmanId === me.id),
      follows: me.role === 'clerk' && task.clerkId === me.id,
    };
  }

  /** Who else decides: the committee's chairman, and whether the office lets the clerk who follows a task decide its work. */
  private async decisionContext(): Promise<DecisionContext> {
    const [chairman, policy] = await Promise.all([this.recipients.chairman(), this.settings.policy()]);
    return { chairmanId: chairman?.userId ?? null, rules: { clerkDecidesWork: policy.clerkDecidesWork } };
  }

  private async view(id: string): Promise<TaskView> {
    const row = await this.tasks.one(id, await this.calendar.timelinessContext());
    if (!row) throw new NotFoundException('Không tìm thấy nhiệm vụ');
    return toTaskView(row, await this.tasks.units(row.coordinating_unit_ids));
  }
}

/** The people and units a task names: who may read it and who decides on it. */
type TaskParties = Pick<Task, 'leadUnitId' | 'coordinatingUnitIds' | 'leaderInChargeId' | 'clerkId'>;

interface DecisionContext {
  chairmanId: string | null;
  rules: DecisionRules;
}

function relationOf(me: CurrentUser, leadUnitId: string, coordinating: string[]): UnitRelation {
  if (me.unitId && leadUnitId === me.unitId) return 'lead';
  if (me.unitId && coordinating.includes(me.unitId)) return 'coordinating';
  return 'none';
}

function pick(task: Task, patch: Partial<Task>): Partial<Task> {
  return Object.fromEntries(Object.keys(patch).map((k) => [k, task[k as keyof Task]])) as Partial<Task>;
}
