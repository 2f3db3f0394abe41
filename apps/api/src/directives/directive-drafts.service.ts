import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Assignment, AssignmentItem, Directive, Task, TaskSeries, Unit } from '@dondoc/database';
import { CLOCK } from '@dondoc/config';
import { dueMonthOf, type Clock } from '@dondoc/domain';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import { CalendarService } from '../calendar/calendar.service';
import { EventMailService } from '../reminders/event-mail.service';
import { StatsCache } from '../stats/stats-cache';
import type { DirectiveDraftDto } from './directive-draft.dto';
import type { DirectivePublished } from './directive-view';
import { DirectiveReadsService } from './directive-reads.service';
import { checkDueDay, checkPerson, insertTasks, loadDirective, NOT_FOUND, tasksOfItem } from './directive-shared';

/** The most tasks one publish creates: a bound on one transaction, its mail, and a mistaken group of every school. */
const MAX_TASKS_PER_PUBLISH = 2000;

/**
 * A directive until it is published: the clerk's draft, created, edited or set aside, and its
 * publication, which turns the draft into tasks and closes it to editing.
 */
@Injectable()
export class DirectiveDraftsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly statsCache: StatsCache,
    private readonly eventMail: EventMailService,
    private readonly reads: DirectiveReadsService,
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
      .then((id) => this.reads.get(id, me));
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
      const after = await loadDirective(m, id);
      await this.audit.record(m, {
        actorId: me.id,
        action: 'directive.update',
        entity: 'directive',
        entityId: id,
        before: { ...before, sourceText: undefined },
        after: { ...after, sourceText: undefined },
      });
    });
    return this.reads.get(id, me);
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
      leaderInChargeId: await checkPerson(m, dto.leaderInChargeId, 'leader', 'Lãnh đạo phụ trách'),
      clerkId: await checkPerson(m, dto.clerkId, 'clerk', 'Chuyên viên theo dõi'),
    };
  }
}
