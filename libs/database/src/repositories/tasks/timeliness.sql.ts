import type { Timeliness } from '@dondoc/domain';

/*
 * The SQL twin of `timelinessOf` (libs/domain): statistics and list filters run in the database,
 * and a test checks both give the same answer for every status and date. `today` and `dueSoon`
 * are SQL expressions (parameters) for the local date and the due-soon boundary.
 */

const OPEN = `('assigned', 'in_progress')`;

export function timelinessCase(t: string, today: string, dueSoon: string): string {
  return `CASE
    WHEN ${t}.status = 'cancelled' THEN NULL
    WHEN ${t}.status = 'done' THEN
      CASE WHEN ${t}.deadline IS NULL OR ${t}.submitted_on IS NULL OR ${t}.submitted_on <= ${t}.deadline
           THEN 'done_on_time' ELSE 'done_late' END
    WHEN ${t}.deadline IS NULL THEN 'no_deadline'
    WHEN ${t}.status = 'submitted' THEN
      CASE WHEN COALESCE(${t}.submitted_on, ${today}) > ${t}.deadline THEN 'overdue' ELSE 'on_track' END
    WHEN ${today} > ${t}.deadline THEN 'overdue'
    WHEN ${t}.deadline <= ${dueSoon} THEN 'due_soon'
    ELSE 'on_track' END`;
}

/**
 * A WHERE condition for one category, written so the (unit, status, deadline) index serves it.
 * The dates come as functions so that a query binds only the parameters it uses.
 */
export function timelinessPredicate(category: Timeliness, t: string, dates: { today(): string; dueSoon(): string }): string {
  const today = () => dates.today();
  const dueSoon = () => dates.dueSoon();
  switch (category) {
    case 'overdue':
      return `((${t}.status IN ${OPEN} AND ${t}.deadline < ${today()})
            OR (${t}.status = 'submitted' AND ${t}.deadline < COALESCE(${t}.submitted_on, ${today()})))`;
    case 'due_soon':
      return `(${t}.status IN ${OPEN} AND ${t}.deadline >= ${today()} AND ${t}.deadline <= ${dueSoon()})`;
    case 'on_track':
      return `((${t}.status IN ${OPEN} AND ${t}.deadline > ${dueSoon()})
            OR (${t}.status = 'submitted' AND ${t}.deadline >= COALESCE(${t}.submitted_on, ${today()})))`;
    case 'no_deadline':
      return `(${t}.status IN ('assigned', 'in_progress', 'submitted') AND ${t}.deadline IS NULL)`;
    case 'done_on_time':
      return `(${t}.status = 'done' AND (${t}.deadline IS NULL OR ${t}.submitted_on IS NULL OR ${t}.submitted_on <= ${t}.deadline))`;
    case 'done_late':
      return `(${t}.status = 'done' AND ${t}.submitted_on > ${t}.deadline)`;
  }
}

/** The SQL twin of `doneWithLateExtension`: done on time against an extension granted after the task was late. */
export function doneWithLateExtensionPredicate(t: string): string {
  return `(${t}.extended_while_overdue AND ${timelinessPredicate('done_on_time', t, { today: () => 'NULL', dueSoon: () => 'NULL' })})`;
}

/** Collects positional parameters for a hand-written query. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
