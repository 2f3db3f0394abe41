import type { IsoDate, TaskStatus, Timeliness } from './vocabulary';

export interface TimelinessInput {
  status: TaskStatus;
  deadline: IsoDate | null;
  /** Local date on which the unit submitted the work now under review or accepted. */
  submittedOn: IsoDate | null;
}

export interface TimelinessContext {
  today: IsoDate;
  /**
   * The last date that still counts as "due soon": today plus the due-soon span in working days.
   * It is computed once from the working calendar so that this function and the SQL that
   * counts statistics apply the very same boundary.
   */
  dueSoonUntil: IsoDate;
}

/**
 * The category a task falls in for every report (QĐ 42/2014/QĐ-TTg counts four of them; due soon
 * and no deadline are what the office watches day to day). Cancelled tasks belong to none.
 *
 * Work counts as done on the day the unit submitted it, so a task submitted before its deadline
 * and accepted after it is on time, and a task awaiting review is judged on its submission date.
 */
export function timelinessOf(task: TimelinessInput, context: TimelinessContext): Timeliness | null {
  const { status, deadline, submittedOn } = task;
  if (status === 'cancelled') return null;
  if (status === 'done') {
    if (deadline === null || submittedOn === null) return 'done_on_time';
    return submittedOn <= deadline ? 'done_on_time' : 'done_late';
  }
  if (deadline === null) return 'no_deadline';
  const judgedOn = status === 'submitted' && submittedOn !== null ? submittedOn : context.today;
  if (judgedOn > deadline) return 'overdue';
  if (status === 'submitted') return 'on_track';
  return deadline <= context.dueSoonUntil ? 'due_soon' : 'on_track';
}

/**
 * "Hoàn thành quá hạn có gia hạn" (docs/domain.md): work accepted within the deadline an extension
 * gave, the extension granted when the task was already late. An extended task is judged against
 * its current deadline, so it is one of the tasks done on time; reports show how many of those
 * were late before the extension. Its SQL twin is `doneWithLateExtensionPredicate`.
 */
export function doneWithLateExtension(task: TimelinessInput & { extendedWhileOverdue: boolean }, context: TimelinessContext): boolean {
  return task.extendedWhileOverdue && timelinessOf(task, context) === 'done_on_time';
}

/**
 * How many working days a task judged overdue is past its deadline, counted as the reminders count
 * them. Work submitted late stops the count on the day it was submitted, the day `timelinessOf`
 * judges it on, so a report, a mail and a card give the same number for it.
 */
export function daysOverdueOf(task: TimelinessInput, today: IsoDate, calendar: { workingDaysBetween(from: IsoDate, to: IsoDate): number }): number {
  if (task.deadline === null) return 0;
  const judgedOn = (task.status === 'submitted' || task.status === 'done') && task.submittedOn !== null ? task.submittedOn : today;
  return Math.max(0, calendar.workingDaysBetween(task.deadline, judgedOn));
}

/** Due soon means within 3 working days of the deadline, unless the reminder policy says otherwise (docs/domain.md). */
export const DEFAULT_DUE_SOON_WORKING_DAYS = 3;

/** A change of the due-soon span as the audit log keeps it: when it was made, and the span it replaced (null: none was saved, the default). */
export interface DueSoonSpanChange {
  at: Date;
  before: number | null;
}

/**
 * The due-soon span in force just before `cut`, for figures as of a past day (`cut` the first
 * instant after it): the span the first change made at or after `cut` replaced, else the current
 * one. Changes are undone as a task's own history is, so last month's report made again after an
 * admin changed the span keeps last month's due-soon count.
 */
export function dueSoonSpanBefore(changes: readonly DueSoonSpanChange[], current: number, cut: Date): number {
  let first: DueSoonSpanChange | undefined;
  for (const change of changes) {
    if (change.at.getTime() >= cut.getTime() && (first === undefined || change.at.getTime() < first.at.getTime())) first = change;
  }
  if (first === undefined) return current;
  return first.before ?? DEFAULT_DUE_SOON_WORKING_DAYS;
}
