import { BadRequestException, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AssignmentItem, Directive, RecipientsRepository, Task, TaskSeries, User } from '@dondoc/database';
import {
  actorOf,
  dueDateIn,
  firstPeriod,
  foldVietnamese,
  inSeries,
  maxDueDay,
  nextPeriod,
  type Actor,
  type IsoDate,
  type Recurrence,
  type SeriesRule,
} from '@dondoc/domain';
import type { WorkingCalendar } from '@dondoc/calendar';
import { formatDate } from '@dondoc/mail';
import type { CurrentUser } from '../common/current-user';

// What the directive services share: drafting, reading and correcting each need some of it.

export const NOT_FOUND = 'Không tìm thấy văn bản';

/** The directive with its sections and their items, in order; 404 when there is none. */
export async function loadDirective(m: EntityManager, id: string): Promise<Directive> {
  const directive = await m.findOne(Directive, {
    where: { id },
    relations: { assignments: { items: true } },
    order: { assignments: { position: 'ASC', items: { position: 'ASC' } } },
  });
  if (!directive) throw new NotFoundException(NOT_FOUND);
  return directive;
}

/**
 * The person as the rules see him on the directive: its leader in charge or the chairman, whose
 * directive it is, or the clerk who follows it. A directive has no lead unit, its tasks have:
 * how his unit stands towards them is read in SQL (`givesTaskTo`).
 */
export async function actorOnDirective(
  recipients: RecipientsRepository,
  me: CurrentUser,
  directive: Pick<Directive, 'leaderInChargeId' | 'clerkId'>,
): Promise<Actor> {
  // The chairman decides as a leader only: no one else needs him looked up.
  const chairmanId = me.role === 'leader' ? ((await recipients.chairman())?.userId ?? null) : null;
  return actorOf(me, directive, 'none', chairmanId);
}

/** The person named for a place (an active account of that role), or null when none is named; 400 otherwise. */
export async function checkPerson(m: EntityManager, id: string | null | undefined, role: 'leader' | 'clerk', label: string): Promise<string | null> {
  if (!id) return null;
  const user = await m.findOneBy(User, { id });
  if (!user || user.role !== role || !user.active) throw new BadRequestException(`${label} không hợp lệ: ${id}`);
  return id;
}

/** A due day past the period's days (a weekly duty's 9) is refused, in Vietnamese. */
export function checkDueDay(recurrence: Recurrence | null | undefined, dueDay: number | null | undefined, text: string): void {
  if (recurrence && dueDay != null && dueDay > maxDueDay(recurrence)) {
    throw new BadRequestException(`Hạn trong kỳ của nhiệm vụ hằng tuần là một ngày trong tuần, từ 1 (thứ Hai) đến 7 (Chủ nhật): "${text}"`);
  }
}

/**
 * The tasks one item of a published directive gives its lead units, at publication or added by a
 * correction: a task per unit, or for a recurring duty a series per unit with its first period's
 * task (the next periods are made by the worker before each opens).
 */
export function tasksOfItem(
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
export async function insertTasks(m: EntityManager, tasks: Partial<Task>[], series: Partial<TaskSeries>[]): Promise<string[]> {
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
