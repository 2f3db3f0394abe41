import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TIMELINESS, type IsoDate, type TaskStatus, type Timeliness, type TimelinessContext } from '@dondoc/domain';
import { doneWithLateExtensionPredicate, SqlParams, timelinessCase, timelinessPredicate } from './timeliness.sql';

export type UnitStats = {
  unitId: string;
  unitCode: string;
  unitName: string;
  total: number;
  /** Of the tasks done on time, those done within an extension granted after they were late ("hoàn thành quá hạn có gia hạn"). */
  doneWithLateExtension: number;
} & Record<Timeliness, number>;

/**
 * Which tasks a statistic counts. The period (`from`, `to`, both inclusive) selects the tasks
 * assigned in it: by the date of the directive they came from, or the day it was published when
 * the document bears no date. Every task is judged as of today, as the dashboard shows it, or, with
 * `asOf`, as it stood at the end of that day (the context's `today` is then that day).
 */
export interface StatsFilter {
  directiveId?: string;
  from?: IsoDate;
  to?: IsoDate;
  /** The cut-off ("tính đến ngày"): tasks published by the end of that day, as they stood then. */
  asOf?: IsoDate;
}

/** An overdue task as the report lists it; how far overdue is counted with the working calendar (`daysOverdueOf`). */
export interface OverdueTaskRow {
  id: string;
  text: string;
  status: TaskStatus;
  progress: number;
  deadline: IsoDate;
  originalDeadline: IsoDate | null;
  /** The day late work was submitted, which ends its count of days overdue. */
  submittedOn: IsoDate | null;
  extensionCount: number;
  unitCode: string;
  unitName: string;
  directiveNumber: string | null;
  directiveSymbol: string | null;
  directiveDate: IsoDate | null;
}

/** The tasks a statistic may see: all, or (for a unit's people) the ones their unit leads; null: none. */
export interface StatsScope {
  leadUnitId?: string | null;
  /** The time zone whose calendar day a directive published without a date belongs to. */
  timezone: string;
}

/** The dashboard's and the reports' figures, counted in the database with the SQL twin of `timelinessOf`. */
@Injectable()
export class StatsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Per lead unit, the tasks in each of the six categories (cancelled tasks count in none). */
  countByUnit(context: TimelinessContext, scope: StatsScope, filter: StatsFilter): Promise<UnitStats[]> {
    const params = new SqlParams();
    const tasks = this.tasksAsOf(scope, filter, params);
    const category = timelinessCase('t', `${params.add(context.today)}::date`, `${params.add(context.dueSoonUntil)}::date`);
    const where = [`t.status <> 'cancelled'`, ...this.conditions(scope, filter, params)];
    const counts = TIMELINESS.map((c) => `count(*) FILTER (WHERE category = '${c}')::int AS "${c}"`).join(', ');
    return this.db.query(
      `SELECT u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName", s.total, ${TIMELINESS.map((c) => `s."${c}"`).join(', ')},
              s.late_extension AS "doneWithLateExtension"
         FROM (SELECT lead_unit_id, count(*)::int AS total, ${counts}, count(*) FILTER (WHERE late_extension)::int AS late_extension
                 FROM (SELECT t.lead_unit_id, ${category} AS category, ${doneWithLateExtensionPredicate('t')} AS late_extension
                         FROM ${tasks} t ${this.joins(filter)} WHERE ${where.join(' AND ')}) c
                GROUP BY lead_unit_id) s
         JOIN units u ON u.id = s.lead_unit_id
        ORDER BY u.code`,
      params.values,
    );
  }

  /** The tasks `byUnit` counts as overdue, by unit, then the oldest deadline first. */
  overdue(context: TimelinessContext, scope: StatsScope, filter: StatsFilter): Promise<OverdueTaskRow[]> {
    const params = new SqlParams();
    const tasks = this.tasksAsOf(scope, filter, params);
    const today = `${params.add(context.today)}::date`;
    let dueSoon: string | undefined;
    const dates = { today: () => today, dueSoon: () => (dueSoon ??= `${params.add(context.dueSoonUntil)}::date`) };
    const where = [timelinessPredicate('overdue', 't', dates), ...this.conditions(scope, filter, params)];
    return this.db.query(
      `SELECT t.id, t.text, t.status, t.progress,
              to_char(t.deadline, 'YYYY-MM-DD') AS deadline, to_char(t.original_deadline, 'YYYY-MM-DD') AS "originalDeadline",
              to_char(t.submitted_on, 'YYYY-MM-DD') AS "submittedOn", t.extension_count AS "extensionCount",
              u.code AS "unitCode", u.name AS "unitName",
              d.number AS "directiveNumber", d.symbol AS "directiveSymbol",
              to_char(d.date, 'YYYY-MM-DD') AS "directiveDate"
         FROM ${tasks} t
         JOIN units u ON u.id = t.lead_unit_id
         JOIN directives d ON d.id = t.directive_id
        WHERE ${where.join(' AND ')}
        ORDER BY u.code, t.deadline, t.created_at, t.id`,
      params.values,
    );
  }

  /**
   * The tasks a statistic reads: the table itself, or with `asOf` each task as it stood at the end
   * of that day, its later changes undone from its history (status moves, deadline changes,
   * progress reports): the status before its first move after the day, the deadline before its
   * first change after it, the day of the submission made by then. A task whose directive was
   * published after the day is not there. Rows written before their history was kept (the demo
   * data, an import) keep what they hold now.
   */
  private tasksAsOf(scope: StatsScope, filter: StatsFilter, params: SqlParams): string {
    if (!filter.asOf) return 'tasks';
    // The end of the day in the office's zone: the first instant of the next day.
    const cut = `((${params.add(filter.asOf)}::date + 1)::timestamp AT TIME ZONE ${params.add(scope.timezone)})`;
    const timezone = params.add(scope.timezone);
    return `(SELECT t.id, t.text, t.lead_unit_id, t.directive_id, t.original_deadline, t.created_at,
              COALESCE(later.from_status, t.status) AS status,
              CASE WHEN moved.id IS NULL THEN t.deadline ELSE moved.previous_deadline END AS deadline,
              CASE WHEN COALESCE(later.from_status, t.status) IN ('submitted', 'done') THEN COALESCE(sub.day, t.submitted_on) END AS submitted_on,
              COALESCE(prog.progress, CASE WHEN later_progress.at IS NULL THEN t.progress ELSE 0 END) AS progress,
              t.extension_count - (SELECT count(*) FROM deadline_changes c
                                    WHERE c.task_id = t.id AND c.extension_request_id IS NOT NULL AND c.at >= ${cut})::int AS extension_count,
              EXISTS (SELECT 1 FROM deadline_changes c WHERE c.task_id = t.id AND c.extension_request_id IS NOT NULL AND c.at < ${cut}
                         AND (c.at AT TIME ZONE ${timezone})::date > c.previous_deadline)
                OR (t.extended_while_overdue AND NOT EXISTS (SELECT 1 FROM deadline_changes c WHERE c.task_id = t.id AND c.extension_request_id IS NOT NULL))
                AS extended_while_overdue
         FROM tasks t
         JOIN directives pd ON pd.id = t.directive_id AND pd.published_at < ${cut}
         LEFT JOIN LATERAL (SELECT u.from_status FROM task_updates u
                             WHERE u.task_id = t.id AND u.kind = 'status' AND u.at >= ${cut} ORDER BY u.at, u.created_at LIMIT 1) later ON true
         LEFT JOIN LATERAL (SELECT c.id, c.previous_deadline FROM deadline_changes c
                             WHERE c.task_id = t.id AND c.at >= ${cut} ORDER BY c.at, c.created_at LIMIT 1) moved ON true
         LEFT JOIN LATERAL (SELECT (u.at AT TIME ZONE ${timezone})::date AS day FROM task_updates u
                             WHERE u.task_id = t.id AND u.to_status = 'submitted' AND u.at < ${cut} ORDER BY u.at DESC, u.created_at DESC LIMIT 1) sub ON true
         LEFT JOIN LATERAL (SELECT u.progress FROM task_updates u
                             WHERE u.task_id = t.id AND u.progress IS NOT NULL AND u.at < ${cut} ORDER BY u.at DESC, u.created_at DESC LIMIT 1) prog ON true
         LEFT JOIN LATERAL (SELECT u.at FROM task_updates u
                             WHERE u.task_id = t.id AND u.progress IS NOT NULL AND u.at >= ${cut} LIMIT 1) later_progress ON true)`;
  }

  private joins(filter: StatsFilter): string {
    return filter.from || filter.to ? 'JOIN directives d ON d.id = t.directive_id' : '';
  }

  private conditions(scope: StatsScope, filter: StatsFilter, params: SqlParams): string[] {
    const where: string[] = [];
    if (filter.directiveId) where.push(`t.directive_id = ${params.add(filter.directiveId)}`);
    if (scope.leadUnitId !== undefined) where.push(`t.lead_unit_id = ${params.add(scope.leadUnitId)}`);
    if (filter.from || filter.to) {
      const assigned = `COALESCE(d.date, (d.published_at AT TIME ZONE ${params.add(scope.timezone)})::date)`;
      if (filter.from) where.push(`${assigned} >= ${params.add(filter.from)}::date`);
      if (filter.to) where.push(`${assigned} <= ${params.add(filter.to)}::date`);
    }
    return where;
  }
}
