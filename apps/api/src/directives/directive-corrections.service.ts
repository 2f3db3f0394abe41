import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Assignment, AssignmentItem, Directive, DirectivesRepository, RecipientsRepository, Unit, User } from '@dondoc/database';
import { CLOCK } from '@dondoc/config';
import { directiveReading, dueMonthOf, mayCorrectDirective, type Clock } from '@dondoc/domain';
import { formatDate } from '@dondoc/mail';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import { CalendarService } from '../calendar/calendar.service';
import { EventMailService } from '../reminders/event-mail.service';
import { StatsCache } from '../stats/stats-cache';
import type { DirectiveHeaderCorrectionDto, NewTaskDto } from './directive-correction.dto';
import type { TaskAdded } from './directive-view';
import { DirectiveReadsService } from './directive-reads.service';
import { actorOnDirective, checkDueDay, checkPerson, insertTasks, NOT_FOUND, tasksOfItem } from './directive-shared';

/** The header fields a correction may change, as its mail names them. */
const HEADER_FIELDS = [
  ['docType', 'Loại văn bản'],
  ['number', 'Số văn bản'],
  ['symbol', 'Ký hiệu'],
  ['date', 'Ngày văn bản'],
  ['title', 'Trích yếu'],
  ['signer', 'Người ký'],
] as const satisfies readonly (readonly [keyof DirectiveHeaderCorrectionDto & keyof Directive, string])[];

/**
 * Corrections of a published directive: its header (the leader in charge included) and a task it
 * lacked, each audited and told by mail to the units concerned.
 */
@Injectable()
export class DirectiveCorrectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly statsCache: StatsCache,
    private readonly eventMail: EventMailService,
    private readonly directives: DirectivesRepository,
    private readonly recipients: RecipientsRepository,
    private readonly reads: DirectiveReadsService,
  ) {}

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
          dto.leaderInChargeId === undefined ? directive.leaderInChargeId : await checkPerson(m, dto.leaderInChargeId, 'leader', 'Lãnh đạo phụ trách');
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
    return this.reads.get(id, me);
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
    const actor = await actorOnDirective(this.recipients, me, directive);
    // A draft he may not read is not found: its existence is news.
    if (directiveReading(actor, directive.status) === 'none') throw new NotFoundException(NOT_FOUND);
    if (!mayCorrectDirective(actor)) throw new ForbiddenException('Chỉ văn phòng và lãnh đạo phụ trách văn bản được đính chính văn bản đã ban hành');
    if (directive.status !== 'published') throw new ConflictException('Văn bản chưa ban hành: hãy sửa trực tiếp bản nháp');
    if (version !== undefined && version !== directive.version) {
      throw new ConflictException(`Văn bản đã được người khác cập nhật (phiên bản ${directive.version}, bạn gửi ${version}); hãy tải lại`);
    }
    return directive;
  }
}
