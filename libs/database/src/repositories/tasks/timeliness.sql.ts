import type { Timeliness } from '@dondoc/domain';

/*
 * The SQL twin of `timelinessOf` (libs/domain): statistics and list filters run in the database,
 * and a test checks both give the same answer for every status and date. `today` and `dueSoon`
 * are SQL expressions (parameters) for the local date and the due-soon boundary.
 */

const OPEN = `('assigned', 'in_progress')`;

export function timelinessCase(alias: string, today: string, dueSoon: string): string {
  return `CASE
    WHEN ${alias}.status = 'cancelled' THEN NULL
    WHEN ${alias}.status = 'done' THEN
      CASE WHEN ${alias}.deadline IS NULL OR ${alias}.submitted_on IS NULL OR ${alias}.submitted_on <= ${alias}.deadline
           THEN 'done_on_time' ELSE 'done_late' END
    WHEN ${alias}.deadline IS NULL THEN 'no_deadline'
    WHEN ${alias}.status = 'submitted' THEN
      CASE WHEN COALESCE(${alias}.submitted_on, ${today}) > ${alias}.deadline THEN 'overdue' ELSE 'on_track' END
    WHEN ${today} > ${alias}.deadline THEN 'overdue'
    WHEN ${alias}.deadline <= ${dueSoon} THEN 'due_soon'
    ELSE 'on_track' END`;
}

/**
 * A WHERE condition for one category, written so the (unit, status, deadline) index serves it.
 * The dates come as functions so that a query binds only the parameters it uses.
 */
export function timelinessPredicate(category: Timeliness, alias: string, dates: { today(): string; dueSoon(): string }): string {
  const today = () => dates.today();
  const dueSoon = () => dates.dueSoon();
  switch (category) {
    case 'overdue':
      return `((${alias}.status IN ${OPEN} AND ${alias}.deadline < ${today()})
            OR (${alias}.status = 'submitted' AND ${alias}.deadline < COALESCE(${alias}.submitted_on, ${today()})))`;
    case 'due_soon':
      return `(${alias}.status IN ${OPEN} AND ${alias}.deadline >= ${today()} AND ${alias}.deadline <= ${dueSoon()})`;
    case 'on_track':
      return `((${alias}.status IN ${OPEN} AND ${alias}.deadline > ${dueSoon()})
            OR (${alias}.status = 'submitted' AND ${alias}.deadline >= COALESCE(${alias}.submitted_on, ${today()})))`;
    case 'no_deadline':
      return `(${alias}.status IN ('assigned', 'in_progress', 'submitted') AND ${alias}.deadline IS NULL)`;
    case 'done_on_time':
      return `(${alias}.status = 'done' AND (${alias}.deadline IS NULL OR ${alias}.submitted_on IS NULL OR ${alias}.submitted_on <= ${alias}.deadline))`;
    case 'done_late':
      return `(${alias}.status = 'done' AND ${alias}.submitted_on > ${alias}.deadline)`;
  }
}

/** The SQL twin of `doneWithLateExtension`: done on time against an extension granted after the task was late. */
export function doneWithLateExtensionPredicate(alias: string): string {
  return `(${alias}.extended_while_overdue AND ${timelinessPredicate('done_on_time', alias, { today: () => 'NULL', dueSoon: () => 'NULL' })})`;
}

/** Collects positional parameters for a hand-written query. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
