import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  Assignment,
  AssignmentItem,
  Directive,
  DirectivesRepository,
  RecipientsRepository,
  Task,
  TaskSeries,
  Unit,
  UnitsRepository,
  User,
  type DirectiveScope,
  type DirectiveStatus,
  type UnitReader,
} from '@dondoc/database';
import { CLOCK } from '@dondoc/config';
import {
  actorOf,
  directiveReading,
  dueDateIn,
  dueMonthOf,
  firstPeriod,
  foldVietnamese,
  followsSubordinateUnits,
  inSeries,
  mayCorrectDirective,
  maxDueDay,
  nextPeriod,
  type Actor,
  type Clock,
  type IsoDate,
  type Recurrence,
  type SeriesRule,
} from '@dondoc/domain';
import type { WorkingCalendar } from '@dondoc/calendar';
import { formatDate } from '@dondoc/mail';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import type { Page } from '../common/pagination';
import { CalendarService } from '../calendar/calendar.service';
import { EventMailService } from '../reminders/event-mail.service';
import { StatsCache } from '../stats/stats-cache';
import type { DirectiveHeaderCorrectionDto, NewTaskDto } from './directive-correction.dto';
import type { DirectiveDraftDto } from './directive-draft.dto';
import {
  directiveScope,
  toDirectiveView,
  toUnitDirectiveView,
  type DirectivePublished,
  type DirectiveSummary,
  type DirectiveView,
  type TaskAdded,
} from './directive-view';

const NOT_FOUND = 'Không tìm thấy văn bản';
const FORBIDDEN_DIRECTIVE = 'Văn bản này không giao nhiệm vụ cho đơn vị của bạn';
/** The header fields a correction may change, as its mail names them. */
const HEADER_FIELDS = [
  ['docType', 'Loại văn bản'],
  ['number', 'Số văn bản'],
  ['symbol', 'Ký hiệu'],
  ['date', 'Ngày văn bản'],
  ['title', 'Trích yếu'],
  ['signer', 'Người ký'],
] as const satisfies readonly (readonly [keyof DirectiveHeaderCorrectionDto & keyof Directive, string])[];
/** The most tasks one publish creates: a bound on one transaction, its mail, and a mistaken group of every school. */
const MAX_TASKS_PER_PUBLISH = 2000;

@Injectable()
export class DirectivesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly statsCache: StatsCache,
    private readonly eventMail: EventMailService,
    private readonly directives: DirectivesRepository,
    private readonly recipients: RecipientsRepository,
    private readonly units: UnitsRepository,
  ) {}

  async create(dto: DirectiveDraftDto, me: CurrentUser) {
    return this.db
      .transaction(async (m) => {
        const people = await this.checkReferences(m, dto);
        const directive = await m.save(
          Directive,
          m.create(Directive, {
            ...this.header(dto),
            leaderInChargeId: people.leaderInChargeId,
            clerkId: people.clerkId ?? (me.role === 'clerk' ? me.id : null),
            status: 'draft',
            createdById: me.id,
          }),
        );
        await this.writeAssignments(m, directive.id, dto);
        await this.audit.record(m, {
          actorId: me.id,
          action: 'directive.create',
          entity: 'directive',
          entityId: directive.id,
          after: { ...directive, sourceText: undefined },
        });
        return directive.id;
      })
      .then((id) => this.get(id, me));
  }

  async update(id: string, dto: DirectiveDraftDto, me: CurrentUser) {
    await this.db.transaction(async (m) => {
      const before = await m.findOne(Directive, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException(NOT_FOUND);
      if (before.status !== 'draft') throw new ConflictException('Văn bản đã ban hành, không sửa được bản nháp');
      const people = await this.checkReferences(m, dto);
      await m.update(
        Directive,
        { id },
        {
          ...this.header(dto),
          // Left out, they stay; sent empty, the draft has none (the clerk cleared a wrong leader).
          leaderInChargeId: dto.leaderInChargeId === undefined ? before.leaderInChargeId : people.leaderInChargeId,
          clerkId: people.clerkId ?? before.clerkId,
          version: before.version + 1,
        },
      );
      await m.delete(Assignment, { directiveId: id });
      await this.writeAssignments(m, id, dto);
      const after = await this.load(m, id);
      await this.audit.record(m, {
        actorId: me.id,
        action: 'directive.update',
        entity: 'directive',
        entityId: id,
        before: { ...before, sourceText: undefined },
        after: { ...after, sourceText: undefined },
      });
    });
    return this.get(id, me);
  }

  /** Deletes a draft with its items; a published directive is refused (409), its tasks being under way. */
  async remove(id: string, me: CurrentUser): Promise<void> {
    await this.db.transaction(async (m) => {
      const before = await m.findOne(Directive, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException(NOT_FOUND);
      if (before.status !== 'draft') throw new ConflictException('Văn bản đã ban hành, không xóa được');
      await m.delete(Directive, { id });
      await this.audit.record(m, {
        actorId: me.id,
        action: 'directive.delete',
        entity: 'directive',
        entityId: id,
        before: { ...before, sourceText: undefined },
      });
    });
  }

  /**
   * Turns the draft into tasks: one per lead unit per item, a group giving each member its own.
   * All or nothing, and only once: the row lock and the (item, unit) unique index see to that.
   */
  async publish(id: string, me: CurrentUser): Promise<DirectivePublished> {
    const { result, mail } = await this.db
      .transaction(async (m) => {
        const directive = await m.findOne(Directive, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!directive) throw new NotFoundException(NOT_FOUND);
        if (directive.status !== 'draft') throw new ConflictException('Văn bản đã được ban hành');
        const assignments = await m.find(Assignment, { where: { directiveId: id }, relations: { items: true }, order: { position: 'ASC' } });
        const unresolved = assignments.filter((a) => a.unitIds.length === 0).map((a) => `"${a.unitText}"`);
        if (unresolved.length) throw new BadRequestException(`Chưa chọn đơn vị chủ trì cho: ${unresolved.join(', ')}`);
        if (!assignments.some((a) => (a.items ?? []).length > 0)) throw new BadRequestException('Văn bản chưa có nhiệm vụ nào');
        const taskCount = assignments.reduce((n, a) => n + (a.items ?? []).length * a.unitIds.length, 0);
        if (taskCount > MAX_TASKS_PER_PUBLISH) {
          throw new BadRequestException(
            `Một lần ban hành tạo được tối đa ${MAX_TASKS_PER_PUBLISH.toLocaleString('vi-VN')} nhiệm vụ; văn bản này sẽ tạo ${taskCount.toLocaleString('vi-VN')}: hãy tách thành nhiều văn bản hoặc bớt đơn vị chủ trì`,
          );
        }

        // The leader the clerk named, or none: a notice may be a deputy's, so none is guessed.
        const { leaderInChargeId } = directive;
        const calendar = await this.calendar.calendar();
        const today = this.calendar.today();
        const tasks: Partial<Task>[] = [];
        const series: Partial<TaskSeries>[] = [];
        for (const a of assignments) {
          for (const item of (a.items ?? []).sort((x, y) => x.position - y.position)) {
            const coordinating = [...a.coordinating, ...item.coordinating].map((c) => c.unitId).filter((u): u is string => !!u);
            const made = tasksOfItem(directive, item, a.unitIds, coordinating, calendar, today);
            tasks.push(...made.tasks);
            series.push(...made.series);
          }
        }
        await insertTasks(m, tasks, series);
        await m.update(Directive, { id }, { status: 'published', publishedAt: this.clock.now(), leaderInChargeId, version: directive.version + 1 });
        await this.audit.record(m, {
          actorId: me.id,
          action: 'directive.publish',
          entity: 'directive',
          entityId: id,
          after: { taskCount: tasks.length, seriesCount: series.length },
        });
        // The units hear of their new tasks through the outbox, written in this same transaction.
        const mail = await this.eventMail.taskPublished(m, id, this.clock.now());
        return { result: { id, status: 'published' as const, taskCount: tasks.length }, mail };
      })
      .finally(() => this.statsCache.invalidate());
    await this.eventMail.dispatch(mail);
    return result;
  }

  /**
   * Corrects the header of a published directive: the number and date a notice was published
   * without, a mistyped title, the leader in charge. The units of its open tasks are told, and a
   * new leader in charge too; every mail names it anew.
   */
  async correctHeader(id: string, dto: DirectiveHeaderCorrectionDto, me: CurrentUser) {
    const mail = await this.db
      .transaction(async (m) => {
        const directive = await this.lockForCorrection(m, id, dto.version, me);
        const patch: Partial<Directive> = {};
        const changes: string[] = [];
        for (const [field, label] of HEADER_FIELDS) {
          const sent = dto[field];
          if (sent === undefined) continue;
          const value = typeof sent === 'string' ? sent.trim() || null : null;
          if (value === directive[field]) continue;
          patch[field] = value;
          const shown = (v: string | null) => (v === null ? '(trống)' : field === 'date' ? formatDate(v) : v);
          changes.push(`${label}: ${shown(directive[field])} → ${shown(value)}`);
        }
        const newLeaderId =
          dto.leaderInChargeId === undefined ? directive.leaderInChargeId : await this.checkPerson(m, dto.leaderInChargeId, 'leader', 'Lãnh đạo phụ trách');
        let reassigned: string[] = [];
        if (newLeaderId !== directive.leaderInChargeId) {
          patch.leaderInChargeId = newLeaderId;
          const names = await m.find(User, {
            select: { id: true, name: true },
            where: { id: In([directive.leaderInChargeId, newLeaderId].filter((u): u is string => !!u)) },
          });
          const shown = (userId: string | null) => names.find((u) => u.id === userId)?.name ?? '(chưa phân công)';
          changes.push(`Lãnh đạo phụ trách: ${shown(directive.leaderInChargeId)} → ${shown(newLeaderId)}`);
          // The open tasks are the new leader's to decide; finished ones stay on record as they were.
          reassigned = await this.directives.reassignLeader(m, id, newLeaderId, this.clock.now());
        }
        if (!changes.length) throw new BadRequestException('Chưa có gì để đính chính: thông tin văn bản vẫn như cũ.');
        await m.update(Directive, { id }, { ...patch, version: directive.version + 1 });
        const before = Object.fromEntries(Object.keys(patch).map((k) => [k, directive[k as keyof Directive]]));
        await this.audit.record(m, {
          actorId: me.id,
          action: 'directive.correct',
          entity: 'directive',
          entityId: id,
          before,
          after: { ...patch, ...(reassigned.length ? { reassignedTaskIds: reassigned } : {}), reason: dto.reason ?? null },
        });
        const leaderTold = patch.leaderInChargeId ?? null;
        return this.eventMail.directiveCorrected(m, id, directive.version, changes, dto.reason?.trim() || null, this.clock.now(), leaderTold);
      })
      .finally(() => this.statsCache.invalidate());
    await this.eventMail.dispatch(mail);
    return this.get(id, me);
  }

  /** Adds a task the published directive lacked, as a section of its own; its units learn of it as of a new task. */
  async addTask(id: string, dto: NewTaskDto, me: CurrentUser): Promise<TaskAdded> {
    const { result, mail } = await this.db
      .transaction(async (m) => {
        const directive = await this.lockForCorrection(m, id, dto.version, me);
        const coordinating = [...new Set(dto.coordinatingUnitIds ?? [])].filter((u) => u !== dto.leadUnitId);
        const units = await m.find(Unit, { select: { id: true, name: true }, where: { id: In([dto.leadUnitId, ...coordinating]) } });
        const missing = [dto.leadUnitId, ...coordinating].filter((u) => !units.some((x) => x.id === u));
        if (missing.length) throw new BadRequestException(`Đơn vị không tồn tại: ${missing.join(', ')}`);
        const nameOf = (u: string) => units.find((x) => x.id === u)!.name;
        const last = await m.maximum(Assignment, 'position', { directiveId: id });
        const assignment = await m.save(
          Assignment,
          m.create(Assignment, {
            directiveId: id,
            position: (last ?? -1) + 1,
            unitText: nameOf(dto.leadUnitId),
            unitIds: [dto.leadUnitId],
            isGroup: false,
            coordinating: coordinating.map((u) => ({ text: nameOf(u), unitId: u })),
            sourceRange: null,
          }),
        );
        const recurrence = dto.recurrence ?? null;
        checkDueDay(recurrence, dto.recurrenceDay, dto.text);
        const item = await m.save(
          AssignmentItem,
          m.create(AssignmentItem, {
            assignmentId: assignment.id,
            position: 0,
            text: dto.text.trim(),
            deadline: dto.deadline ?? null,
            deadlineText: dto.deadlineText?.trim() || null,
            coordinating: [],
            recurrence,
            recurrenceText: recurrence ? dto.recurrenceText?.trim() || null : null,
            recurrenceDay: recurrence ? (dto.recurrenceDay ?? null) : null,
            recurrenceMonth: recurrence ? dueMonthOf(recurrence, dto.recurrenceMonth) : null,
            recurrenceEndsOn: recurrence ? (dto.recurrenceEndsOn ?? null) : null,
            sourceRange: null,
          }),
        );
        // Made as publication makes an item's tasks: a recurring duty becomes a series with its first period's task.
        const made = tasksOfItem(directive, item, [dto.leadUnitId], coordinating, await this.calendar.calendar(), this.calendar.today());
        const [taskId] = await insertTasks(m, made.tasks, made.series);
        const [task] = made.tasks;
        if (taskId === undefined || task === undefined) throw new Error('Adding a task inserted no task');
        await m.update(Directive, { id }, { version: directive.version + 1 });
        await this.audit.record(m, {
          actorId: me.id,
          action: 'task.add',
          entity: 'task',
          entityId: taskId,
          after: { ...task, seriesCount: made.series.length, reason: dto.reason ?? null },
        });
        const mail = await this.eventMail.taskAdded(
          m,
          {
            id: taskId,
            directiveId: id,
            leadUnitId: dto.leadUnitId,
            coordinatingUnitIds: coordinating,
            deadline: task.deadline ?? null,
            deadlineVersion: 1,
          },
          this.clock.now(),
        );
        return { result: { taskId, version: directive.version + 1 }, mail };
      })
      .finally(() => this.statsCache.invalidate());
    await this.eventMail.dispatch(mail);
    return result;
  }

  /** The published directive, locked, once the caller may correct it and saw its current version. */
  private async lockForCorrection(m: EntityManager, id: string, version: number | undefined, me: CurrentUser): Promise<Directive> {
    const directive = await m.findOne(Directive, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!directive) throw new NotFoundException(NOT_FOUND);
    const actor = await this.actorOn(me, directive);
    // A draft he may not read is not found: its existence is news.
    if (directiveReading(actor, directive.status) === 'none') throw new NotFoundException(NOT_FOUND);
    if (!mayCorrectDirective(actor)) throw new ForbiddenException('Chỉ văn phòng và lãnh đạo phụ trách văn bản được đính chính văn bản đã ban hành');
    if (directive.status !== 'published') throw new ConflictException('Văn bản chưa ban hành: hãy sửa trực tiếp bản nháp');
    if (version !== undefined && version !== directive.version) {
      throw new ConflictException(`Văn bản đã được người khác cập nhật (phiên bản ${directive.version}, bạn gửi ${version}); hãy tải lại`);
    }
    return directive;
  }

  /**
   * The person as the rules see him on the directive: its leader in charge or the chairman, whose
   * directive it is, or the clerk who follows it. A directive has no lead unit, its tasks have:
   * how his unit stands towards them is read in SQL (`givesTaskTo`).
   */
  private async actorOn(me: CurrentUser, directive: Pick<Directive, 'leaderInChargeId' | 'clerkId'>): Promise<Actor> {
    // The chairman decides as a leader only: no one else needs him looked up.
    const chairmanId = me.role === 'leader' ? ((await this.recipients.chairman())?.userId ?? null) : null;
    return actorOf(me, directive, 'none', chairmanId);
  }

  /** The directives the reader may see, their task counts only of the tasks the reader may see. */
  async list(page: number, pageSize: number, status: DirectiveStatus | undefined, me: CurrentUser): Promise<Page<DirectiveSummary>> {
    const [ctx, scope] = await Promise.all([this.calendar.timelinessContext(), this.scopeOf(me)]);
    const { items, total } = await this.directives.list(ctx.today, { limit: pageSize, offset: (page - 1) * pageSize }, { scope, status });
    return { items, total, page, pageSize };
  }

  /**
   * A directive as far as the reader may see it. A draft they may not read is not found (its
   * existence is news); a published directive that gives their unit no task is refused, as a task
   * of another unit is, unless it gives a task to a unit under theirs, whose head follows it.
   */
  async get(id: string, me: CurrentUser): Promise<DirectiveView> {
    const head = await this.db.manager.findOne(Directive, { where: { id }, select: { id: true, status: true, leaderInChargeId: true, clerkId: true } });
    if (!head) throw new NotFoundException(NOT_FOUND);
    const actor = await this.actorOn(me, head);
    const reading = directiveReading(actor, head.status);
    if (reading === 'none') throw new NotFoundException(NOT_FOUND);
    const reader: UnitReader | null = reading === 'its_tasks' && me.unitId ? { unitId: me.unitId, subordinates: followsSubordinateUnits(me.role) } : null;
    // `mayRead` over the directive's tasks, in SQL: one is enough.
    if (reading === 'its_tasks' && !(reader && (await this.directives.givesTaskTo(id, reader)))) {
      throw new ForbiddenException(FORBIDDEN_DIRECTIVE);
    }
    const d = await this.load(this.db.manager, id);
    const people = await this.db.getRepository(User).find({
      select: { id: true, name: true },
      where: { id: In([d.leaderInChargeId, d.clerkId].filter((x): x is string => !!x)) },
    });
    const person = (pid: string | null) => people.find((u) => u.id === pid) ?? null;
    // Counted in SQL over every task: a group of schools is summed whole, not a page of its tasks.
    const progress = d.status === 'published' ? await this.directives.progress(id, this.calendar.today(), reader) : new Map();
    if (reader) {
      const followed = new Set(reader.subordinates ? await this.units.subordinateIds(reader.unitId) : []);
      return toUnitDirectiveView(d, { ...me, unitId: reader.unitId }, person(d.leaderInChargeId), person(d.clerkId), progress, followed);
    }
    const view = toDirectiveView(d, person(d.leaderInChargeId), person(d.clerkId), progress);
    // A draft goes back to the server as the clerk edits it, in the shape it came: nothing more in it.
    return d.status === 'published' ? { ...view, permissions: { correct: mayCorrectDirective(actor) } } : view;
  }

  private async scopeOf(me: CurrentUser): Promise<DirectiveScope> {
    const chairman = me.role === 'leader' ? await this.recipients.chairman() : null;
    return directiveScope(me, chairman?.userId ?? null);
  }

  private async load(m: EntityManager, id: string): Promise<Directive> {
    const directive = await m.findOne(Directive, {
      where: { id },
      relations: { assignments: { items: true } },
      order: { assignments: { position: 'ASC', items: { position: 'ASC' } } },
    });
    if (!directive) throw new NotFoundException(NOT_FOUND);
    return directive;
  }

  private header(dto: DirectiveDraftDto): Partial<Directive> {
    return {
      number: dto.number ?? null,
      symbol: dto.symbol ?? null,
      docType: dto.docType ?? null,
      issuer: dto.issuer ?? null,
      date: dto.date ?? null,
      dateText: dto.dateText ?? null,
      title: dto.title ?? null,
      signer: dto.signer ?? null,
      recipients: dto.recipients ?? [],
      sourceText: dto.sourceText ?? null,
    };
  }

  private async writeAssignments(m: EntityManager, directiveId: string, dto: DirectiveDraftDto): Promise<void> {
    for (const [position, a] of dto.assignments.entries()) {
      const assignment = await m.save(
        Assignment,
        m.create(Assignment, {
          directiveId,
          position,
          unitText: a.unitText,
          unitIds: [...new Set(a.unitIds)],
          isGroup: a.group ?? a.unitIds.length > 1,
          coordinating: (a.coordinating ?? []).map((c) => ({ text: c.text, unitId: c.unitId ?? null })),
          sourceRange: a.range ?? null,
        }),
      );
      if (!a.tasks.length) continue;
      for (const draftTask of a.tasks) checkDueDay(draftTask.recurrence, draftTask.recurrenceDay, draftTask.text);
      await m.insert(
        AssignmentItem,
        a.tasks.map((t, i) => ({
          assignmentId: assignment.id,
          position: i,
          text: t.text.trim(),
          deadline: t.deadline ?? null,
          deadlineText: t.deadlineText ?? null,
          coordinating: (t.coordinating ?? []).map((c) => ({ text: c.text, unitId: c.unitId ?? null })),
          recurrence: t.recurrence ?? null,
          recurrenceText: t.recurrenceText ?? null,
          // Without a recurrence, a due day in the period or an end date means nothing.
          recurrenceDay: t.recurrence ? (t.recurrenceDay ?? null) : null,
          recurrenceMonth: t.recurrence ? dueMonthOf(t.recurrence, t.recurrenceMonth) : null,
          recurrenceEndsOn: t.recurrence ? (t.recurrenceEndsOn ?? null) : null,
          sourceRange: t.range ?? null,
        })),
      );
    }
  }

  /** Every unit and person the draft names must exist and fit their place; 400 names the ones that do not. */
  private async checkReferences(m: EntityManager, dto: DirectiveDraftDto): Promise<{ leaderInChargeId: string | null; clerkId: string | null }> {
    const unitIds = new Set<string>();
    for (const a of dto.assignments) {
      a.unitIds.forEach((u) => unitIds.add(u));
      for (const c of [...(a.coordinating ?? []), ...a.tasks.flatMap((t) => t.coordinating ?? [])]) if (c.unitId) unitIds.add(c.unitId);
    }
    if (unitIds.size) {
      const found = new Set((await m.find(Unit, { select: { id: true }, where: { id: In([...unitIds]) } })).map((u) => u.id));
      const missing = [...unitIds].filter((u) => !found.has(u));
      if (missing.length) throw new BadRequestException(`Đơn vị không tồn tại: ${missing.join(', ')}`);
    }
    return {
      leaderInChargeId: await this.checkPerson(m, dto.leaderInChargeId, 'leader', 'Lãnh đạo phụ trách'),
      clerkId: await this.checkPerson(m, dto.clerkId, 'clerk', 'Chuyên viên theo dõi'),
    };
  }

  /** The person named for a place (an active account of that role), or null when none is named; 400 otherwise. */
  private async checkPerson(m: EntityManager, id: string | null | undefined, role: 'leader' | 'clerk', label: string): Promise<string | null> {
    if (!id) return null;
    const user = await m.findOneBy(User, { id });
    if (!user || user.role !== role || !user.active) throw new BadRequestException(`${label} không hợp lệ: ${id}`);
    return id;
  }
}

/** A due day past the period's days (a weekly duty's 9) is refused, in Vietnamese. */
function checkDueDay(recurrence: Recurrence | null | undefined, dueDay: number | null | undefined, text: string): void {
  if (recurrence && dueDay != null && dueDay > maxDueDay(recurrence)) {
    throw new BadRequestException(`Hạn trong kỳ của nhiệm vụ hằng tuần là một ngày trong tuần, từ 1 (thứ Hai) đến 7 (Chủ nhật): "${text}"`);
  }
}

/**
 * The tasks one item of a published directive gives its lead units, at publication or added by a
 * correction: a task per unit, or for a recurring duty a series per unit with its first period's
 * task (the next periods are made by the worker before each opens).
 */
function tasksOfItem(
  directive: Pick<Directive, 'id' | 'leaderInChargeId' | 'clerkId'>,
  item: AssignmentItem,
  leadUnitIds: string[],
  coordinating: string[],
  calendar: WorkingCalendar,
  today: IsoDate,
): { tasks: Partial<Task>[]; series: Partial<TaskSeries>[] } {
  const rule: SeriesRule | null = item.recurrence && {
    recurrence: item.recurrence,
    dueDay: item.recurrenceDay,
    dueMonth: item.recurrenceMonth,
    endsOn: item.recurrenceEndsOn,
  };
  const period = rule && firstPeriod(rule, today);
  if (rule && !period) {
    throw new BadRequestException(
      `Nhiệm vụ định kỳ "${item.text}" kết thúc ngày ${formatDate(rule.endsOn)}, trước kỳ đầu tiên: hãy sửa ngày kết thúc hoặc bỏ định kỳ`,
    );
  }
  const stated = rule && period ? dueDateIn(rule, period) : item.deadline;
  const tasks: Partial<Task>[] = [];
  const series: Partial<TaskSeries>[] = [];
  for (const leadUnitId of leadUnitIds) {
    const seriesId = rule && period ? randomUUID() : null;
    if (rule && period && seriesId) {
      const next = nextPeriod(rule.recurrence, period);
      series.push({
        id: seriesId,
        directiveId: directive.id,
        assignmentItemId: item.id,
        leadUnitId,
        recurrence: rule.recurrence,
        dueDay: rule.dueDay,
        dueMonth: rule.dueMonth ?? null,
        endsOn: rule.endsOn,
        nextPeriodStart: inSeries(rule, next) ? next.start : null,
      });
    }
    tasks.push({
      ...newTask(directive, item, leadUnitId, coordinating, calendar),
      // A period's task is due on the period's day, in force on the next working day if that is a day off.
      deadline: stated && calendar.dateInForce(stated),
      statedDeadline: stated,
      originalDeadline: stated,
      seriesId,
      periodStart: seriesId ? period?.start : null,
      periodEnd: seriesId ? period?.end : null,
    });
  }
  return { tasks, series };
}

/** Writes the series, then their tasks, in batches a statement takes; returns the tasks' ids in order. */
async function insertTasks(m: EntityManager, tasks: Partial<Task>[], series: Partial<TaskSeries>[]): Promise<string[]> {
  for (let i = 0; i < series.length; i += 500) await m.insert(TaskSeries, series.slice(i, i + 500));
  const ids: string[] = [];
  for (let i = 0; i < tasks.length; i += 500) {
    const { identifiers } = await m.insert(Task, tasks.slice(i, i + 500));
    ids.push(...identifiers.map((row) => String(row.id)));
  }
  return ids;
}

/** The task a lead unit gets of one item of a published directive, at publication or added later. */
function newTask(
  directive: Pick<Directive, 'id' | 'leaderInChargeId' | 'clerkId'>,
  item: AssignmentItem,
  leadUnitId: string,
  coordinating: string[],
  calendar: WorkingCalendar,
): Partial<Task> {
  return {
    directiveId: directive.id,
    assignmentItemId: item.id,
    text: item.text,
    textFolded: foldVietnamese(item.text),
    leadUnitId,
    coordinatingUnitIds: [...new Set(coordinating.filter((u) => u !== leadUnitId))],
    // A date on a weekend or a day off is in force on the next working day.
    deadline: item.deadline && calendar.dateInForce(item.deadline),
    statedDeadline: item.deadline,
    originalDeadline: item.deadline,
    deadlineText: item.deadlineText,
    recurrence: item.recurrence,
    leaderInChargeId: directive.leaderInChargeId,
    clerkId: directive.clerkId,
    status: 'assigned',
    progress: 0,
  };
}
