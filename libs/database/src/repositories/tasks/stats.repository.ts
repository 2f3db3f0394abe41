import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TIMELINESS, type IsoDate, type TaskStatus, type Timeliness, type TimelinessContext } from '@dondoc/domain';
import { SqlParams, timelinessCase, timelinessPredicate } from './timeliness.sql';

export type UnitStats = { unitId: string; unitCode: string; unitName: string; total: number } & Record<Timeliness, number>;

/**
 * Which tasks a statistic counts. The period (`from`, `to`, both inclusive) selects the tasks
 * assigned in it: by the date of the directive they came from, or the day it was published when
 * the document bears no date. Every task is judged as of today, as the dashboard shows it.
 */
export interface StatsFilter {
  directiveId?: string;
  from?: IsoDate;
  to?: IsoDate;
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
  countByUnit(ctx: TimelinessContext, scope: StatsScope, filter: StatsFilter): Promise<UnitStats[]> {
    const p = new SqlParams();
    const category = timelinessCase('t', `${p.add(ctx.today)}::date`, `${p.add(ctx.dueSoonUntil)}::date`);
    const where = [`t.status <> 'cancelled'`, ...this.conditions(scope, filter, p)];
    const counts = TIMELINESS.map((c) => `count(*) FILTER (WHERE category = '${c}')::int AS "${c}"`).join(', ');
    return this.db.query(
      `SELECT u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName", s.total, ${TIMELINESS.map((c) => `s."${c}"`).join(', ')}
         FROM (SELECT lead_unit_id, count(*)::int AS total, ${counts}
                 FROM (SELECT t.lead_unit_id, ${category} AS category FROM tasks t ${this.joins(filter)} WHERE ${where.join(' AND ')}) c
                GROUP BY lead_unit_id) s
         JOIN units u ON u.id = s.lead_unit_id
        ORDER BY u.code`,
      p.values,
    );
  }

  /** The tasks `byUnit` counts as overdue, by unit, then the oldest deadline first. */
  overdue(ctx: TimelinessContext, scope: StatsScope, filter: StatsFilter): Promise<OverdueTaskRow[]> {
    const p = new SqlParams();
    const today = `${p.add(ctx.today)}::date`;
    let dueSoon: string | undefined;
    const dates = { today: () => today, dueSoon: () => (dueSoon ??= `${p.add(ctx.dueSoonUntil)}::date`) };
    const where = [timelinessPredicate('overdue', 't', dates), ...this.conditions(scope, filter, p)];
    return this.db.query(
      `SELECT t.id, t.text, t.status, t.progress,
              to_char(t.deadline, 'YYYY-MM-DD') AS deadline, to_char(t.original_deadline, 'YYYY-MM-DD') AS "originalDeadline",
              to_char(t.submitted_on, 'YYYY-MM-DD') AS "submittedOn", t.extension_count AS "extensionCount",
              u.code AS "unitCode", u.name AS "unitName",
              d.number AS "directiveNumber", d.symbol AS "directiveSymbol",
              to_char(d.date, 'YYYY-MM-DD') AS "directiveDate"
         FROM tasks t
         JOIN units u ON u.id = t.lead_unit_id
         JOIN directives d ON d.id = t.directive_id
        WHERE ${where.join(' AND ')}
        ORDER BY u.code, t.deadline, t.created_at, t.id`,
      p.values,
    );
  }

  private joins(filter: StatsFilter): string {
    return filter.from || filter.to ? 'JOIN directives d ON d.id = t.directive_id' : '';
  }

  private conditions(scope: StatsScope, filter: StatsFilter, p: SqlParams): string[] {
    const where: string[] = [];
    if (filter.directiveId) where.push(`t.directive_id = ${p.add(filter.directiveId)}`);
    if (scope.leadUnitId !== undefined) where.push(`t.lead_unit_id = ${p.add(scope.leadUnitId)}`);
    if (filter.from || filter.to) {
      const assigned = `COALESCE(d.date, (d.published_at AT TIME ZONE ${p.add(scope.timezone)})::date)`;
      if (filter.from) where.push(`${assigned} >= ${p.add(filter.from)}::date`);
      if (filter.to) where.push(`${assigned} <= ${p.add(filter.to)}::date`);
    }
    return where;
  }
}
