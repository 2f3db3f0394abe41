import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  Assignment, AssignmentItem, Directive, DirectivesRepository, RecipientsRepository, Task, TaskSeries, Unit, User, type DirectiveScope, type DirectiveStatus,
} from '@dondoc/database';
import { CLOCK } from '@dondoc/config';
import { dueDateIn, firstPeriod, foldVietnamese, inSeries, maxDueDay, nextPeriod, type Clock, type SeriesRule } from '@dondoc/domain';
import { formatDate } from '@dondoc/mail';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import type { Page } from '../common/pagination';
import { CalendarService } from '../calendar/calendar.service';
import { EventMailService } from '../reminders/event-mail.service';
import { StatsCache } from '../stats/stats-cache';
import type { DirectiveDraftDto } from './directive-draft.dto';
import { directiveScope, mayReadDraft, toDirectiveView, toUnitDirectiveView } from './directive-view';

const NOT_FOUND = 'Không tìm thấy văn bản';
const FORBIDDEN_DIRECTIVE = 'Văn bản này không giao nhiệm vụ cho đơn vị của bạn';
/** The most tasks one publish creates: a bound on one transaction, its mail, and a mistaken group of every school. */
const MAX_TASKS_PER_PUBLISH = 2000;

export interface DirectiveSummary {
  id: string;
  number: string | null;
  symbol: string | null;
  docType: string | null;
  title: string | null;
  date: string | null;
  status: string;
  publishedAt: Date | null;
  taskCount: number;
  doneCount: number;
  overdueCount: number;
}

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
  ) {}

  async create(dto: DirectiveDraftDto, me: CurrentUser) {
    return this.db.transaction(async (m) => {
      const people = await this.checkReferences(m, dto);
      const directive = await m.save(Directive, m.create(Directive, {
        ...this.header(dto),
        leaderInChargeId: people.leaderInChargeId,
        clerkId: people.clerkId ?? (me.role === 'clerk' ? me.id : null),
        status: 'draft',
        createdById: me.id,
      }));
      await this.writeAssignments(m, directive.id, dto);
      await this.audit.record(m, { actorId: me.id, action: 'directive.create', entity: 'directive', entityId: directive.id, after: { ...directive, sourceText: undefined } });
      return directive.id;
    }).then((id) => this.get(id, me));
  }

  async update(id: string, dto: DirectiveDraftDto, me: CurrentUser) {
    await this.db.transaction(async (m) => {
      const before = await m.findOne(Directive, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException(NOT_FOUND);
      if (before.status !== 'draft') throw new ConflictException('Văn bản đã ban hành, không sửa được bản nháp');
      const people = await this.checkReferences(m, dto);
      await m.update(Directive, { id }, {
        ...this.header(dto),
        // Left out, they stay; sent empty, the draft has none (the clerk cleared a wrong leader).
        leaderInChargeId: dto.leaderInChargeId === undefined ? before.leaderInChargeId : people.leaderInChargeId,
        clerkId: people.clerkId ?? before.clerkId,
        version: before.version + 1,
      });
      await m.delete(Assignment, { directiveId: id });
      await this.writeAssignments(m, id, dto);
      const after = await this.load(m, id);
      await this.audit.record(m, { actorId: me.id, action: 'directive.update', entity: 'directive', entityId: id, before: { ...before, sourceText: undefined }, after: { ...after, sourceText: undefined } });
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
      await this.audit.record(m, { actorId: me.id, action: 'directive.delete', entity: 'directive', entityId: id, before: { ...before, sourceText: undefined } });
    });
  }

  /**
   * Turns the draft into tasks: one per lead unit per item, a group giving each member its own.
   * All or nothing, and only once: the row lock and the (item, unit) unique index see to that.
   */
  async publish(id: string, me: CurrentUser): Promise<{ id: string; status: 'published'; taskCount: number }> {
    const { result, mail } = await this.db.transaction(async (m) => {
      const directive = await m.findOne(Directive, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!directive) throw new NotFoundException(NOT_FOUND);
      if (directive.status !== 'draft') throw new ConflictException('Văn bản đã được ban hành');
      const assignments = await m.find(Assignment, { where: { directiveId: id }, relations: { items: true }, order: { position: 'ASC' } });
      const unresolved = assignments.filter((a) => a.unitIds.length === 0).map((a) => `"${a.unitText}"`);
      if (unresolved.length) throw new BadRequestException(`Chưa chọn đơn vị chủ trì cho: ${unresolved.join(', ')}`);
      if (!assignments.some((a) => (a.items ?? []).length > 0)) throw new BadRequestException('Văn bản chưa có nhiệm vụ nào');
      const taskCount = assignments.reduce((n, a) => n + (a.items ?? []).length * a.unitIds.length, 0);
      if (taskCount > MAX_TASKS_PER_PUBLISH) {
        throw new BadRequestException(`Một lần ban hành tạo được tối đa ${MAX_TASKS_PER_PUBLISH.toLocaleString('vi-VN')} nhiệm vụ; văn bản này sẽ tạo ${taskCount.toLocaleString('vi-VN')}: hãy tách thành nhiều văn bản hoặc bớt đơn vị chủ trì`);
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
          // A recurring duty is a series: its first period's task now, the next ones made by the worker before each opens.
          const rule: SeriesRule | null = item.recurrence && { recurrence: item.recurrence, dueDay: item.recurrenceDay, endsOn: item.recurrenceEndsOn };
          const period = rule && firstPeriod(rule, today);
          if (rule && !period) {
            throw new BadRequestException(`Nhiệm vụ định kỳ "${item.text}" kết thúc ngày ${formatDate(rule.endsOn)}, trước kỳ đầu tiên: hãy sửa ngày kết thúc hoặc bỏ định kỳ`);
          }
          const stated = rule && period ? dueDateIn(rule, period) : item.deadline;
          for (const leadUnitId of a.unitIds) {
            const seriesId = rule && period ? randomUUID() : null;
            if (rule && period && seriesId) {
              const next = nextPeriod(rule.recurrence, period);
              series.push({
                id: seriesId, directiveId: id, assignmentItemId: item.id, leadUnitId, recurrence: rule.recurrence, dueDay: rule.dueDay, endsOn: rule.endsOn,
                nextPeriodStart: inSeries(rule, next) ? next.start : null,
              });
            }
            tasks.push({
              directiveId: id,
              assignmentItemId: item.id,
              text: item.text,
              textFolded: foldVietnamese(item.text),
              leadUnitId,
              coordinatingUnitIds: [...new Set(coordinating.filter((u) => u !== leadUnitId))],
              // A date on a weekend or a day off is in force on the next working day.
              deadline: stated && calendar.dateInForce(stated),
              statedDeadline: stated,
              originalDeadline: stated,
              deadlineText: item.deadlineText,
              recurrence: item.recurrence,
              seriesId,
              periodStart: seriesId ? period?.start : null,
              periodEnd: seriesId ? period?.end : null,
              leaderInChargeId,
              clerkId: directive.clerkId,
              status: 'assigned',
              progress: 0,
            });
          }
        }
      }
      for (let i = 0; i < series.length; i += 500) await m.insert(TaskSeries, series.slice(i, i + 500));
      for (let i = 0; i < tasks.length; i += 500) await m.insert(Task, tasks.slice(i, i + 500));
      await m.update(Directive, { id }, { status: 'published', publishedAt: this.clock.now(), leaderInChargeId, version: directive.version + 1 });
      await this.audit.record(m, { actorId: me.id, action: 'directive.publish', entity: 'directive', entityId: id, after: { taskCount: tasks.length, seriesCount: series.length } });
      // The units hear of their new tasks through the outbox, written in this same transaction.
      const mail = await this.eventMail.taskPublished(m, id, this.clock.now());
      return { result: { id, status: 'published' as const, taskCount: tasks.length }, mail };
    }).finally(() => this.statsCache.invalidate());
    await this.eventMail.dispatch(mail);
    return result;
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
   * of another unit is.
   */
  async get(id: string, me: CurrentUser) {
    const scope = await this.scopeOf(me);
    const head = await this.db.manager.findOne(Directive, { where: { id }, select: { id: true, status: true, leaderInChargeId: true } });
    if (!head || (head.status === 'draft' && !mayReadDraft(scope, head.leaderInChargeId))) throw new NotFoundException(NOT_FOUND);
    if (scope.kind === 'unit' && !(scope.unitId && await this.directives.givesTaskTo(id, scope.unitId))) {
      throw new ForbiddenException(FORBIDDEN_DIRECTIVE);
    }
    const d = await this.load(this.db.manager, id);
    const people = await this.db.getRepository(User).find({
      select: { id: true, name: true },
      where: { id: In([d.leaderInChargeId, d.clerkId].filter((x): x is string => !!x)) },
    });
    const person = (pid: string | null) => people.find((u) => u.id === pid) ?? null;
    return scope.kind === 'unit' && scope.unitId
      ? toUnitDirectiveView(d, scope.unitId, person(d.leaderInChargeId), person(d.clerkId))
      : toDirectiveView(d, person(d.leaderInChargeId), person(d.clerkId));
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
      const assignment = await m.save(Assignment, m.create(Assignment, {
        directiveId,
        position,
        unitText: a.unitText,
        unitIds: [...new Set(a.unitIds)],
        isGroup: a.group ?? a.unitIds.length > 1,
        coordinating: (a.coordinating ?? []).map((c) => ({ text: c.text, unitId: c.unitId ?? null })),
        sourceRange: a.range ?? null,
      }));
      if (!a.tasks.length) continue;
      for (const t of a.tasks) {
        if (t.recurrence && t.recurrenceDay != null && t.recurrenceDay > maxDueDay(t.recurrence)) {
          throw new BadRequestException(`Hạn trong kỳ của nhiệm vụ hằng tuần là một ngày trong tuần, từ 1 (thứ Hai) đến 7 (Chủ nhật): "${t.text}"`);
        }
      }
      await m.insert(AssignmentItem, a.tasks.map((t, i) => ({
        assignmentId: assignment.id,
        position: i,
        text: t.text.trim(),
        deadline: t.deadline ?? null,
        deadlineText: t.deadlineText ?? null,
        coordinating: (t.coordinating ?? []).map((c) => ({ text: c.text, unitId: c.unitId ?? null })),
        recurrence: t.recurrence ?? null,
        recurrenceText: t.recurrenceText ?? null,
        // Without a recurrence, a due day in the period or an end date means nothing.
        recurrenceDay: t.recurrence ? t.recurrenceDay ?? null : null,
        recurrenceEndsOn: t.recurrence ? t.recurrenceEndsOn ?? null : null,
        sourceRange: t.range ?? null,
      })));
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
    const person = async (id: string | null | undefined, role: 'leader' | 'clerk', label: string) => {
      if (!id) return null;
      const user = await m.findOneBy(User, { id });
      if (!user || user.role !== role || !user.active) throw new BadRequestException(`${label} không hợp lệ: ${id}`);
      return id;
    };
    return {
      leaderInChargeId: await person(dto.leaderInChargeId, 'leader', 'Lãnh đạo phụ trách'),
      clerkId: await person(dto.clerkId, 'clerk', 'Chuyên viên theo dõi'),
    };
  }
}
