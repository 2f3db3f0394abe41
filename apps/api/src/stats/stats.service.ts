import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { TIMELINESS, type IsoDate, type TaskStatus, type Timeliness, type TimelinessContext } from '@dondoc/domain';
import { isUnitMember, type CurrentUser } from '../common/current-user';
import { CalendarService } from '../calendar/calendar.service';
import { SqlParams, timelinessCase, timelinessPredicate } from '../tasks/timeliness.sql';
import { StatsCache } from './stats-cache';

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

/** An overdue task as the report lists it. */
export interface OverdueTask {
  id: string;
  text: string;
  status: TaskStatus;
  progress: number;
  deadline: IsoDate;
  originalDeadline: IsoDate | null;
  extensionCount: number;
  daysOverdue: number;
  unitCode: string;
  unitName: string;
  directiveNumber: string | null;
  directiveSymbol: string | null;
  directiveDate: IsoDate | null;
}

@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: StatsCache,
  ) {}

  /** Per lead unit, the tasks in each of the six categories (cancelled tasks count in none). */
  async byUnit(me: CurrentUser, filter: StatsFilter = {}): Promise<UnitStats[]> {
    const { ctx, key } = await this.cacheKey(me, filter);
    return this.cache.get(key, () => this.countByUnit(ctx, me, filter));
  }

  /**
   * `byUnit` as the JSON the API answers with, serialized once per cached result: for a district of
   * 500 units that is 100 kB, and writing it out on every request cost more than the rest of it.
   */
  async byUnitJson(me: CurrentUser, filter: StatsFilter = {}): Promise<string> {
    const { key } = await this.cacheKey(me, filter);
    return this.cache.get(`${key}|json`, async () => JSON.stringify(await this.byUnit(me, filter)));
  }

  private async cacheKey(me: CurrentUser, filter: StatsFilter): Promise<{ ctx: TimelinessContext; key: string }> {
    const ctx = await this.calendar.timelinessContext();
    const scope = isUnitMember(me) ? me.unitId : null;
    return { ctx, key: JSON.stringify([ctx, scope, filter.directiveId ?? null, filter.from ?? null, filter.to ?? null]) };
  }

  private countByUnit(ctx: TimelinessContext, me: CurrentUser, filter: StatsFilter): Promise<UnitStats[]> {
    const p = new SqlParams();
    const category = timelinessCase('t', `${p.add(ctx.today)}::date`, `${p.add(ctx.dueSoonUntil)}::date`);
    const where = [`t.status <> 'cancelled'`, ...this.conditions(me, filter, p)];
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
  async overdue(me: CurrentUser, filter: StatsFilter = {}): Promise<OverdueTask[]> {
    const ctx = await this.calendar.timelinessContext();
    const p = new SqlParams();
    const today = `${p.add(ctx.today)}::date`;
    let dueSoon: string | undefined;
    const dates = { today: () => today, dueSoon: () => (dueSoon ??= `${p.add(ctx.dueSoonUntil)}::date`) };
    const where = [timelinessPredicate('overdue', 't', dates), ...this.conditions(me, filter, p)];
    return this.db.query(
      `SELECT t.id, t.text, t.status, t.progress,
              to_char(t.deadline, 'YYYY-MM-DD') AS deadline, to_char(t.original_deadline, 'YYYY-MM-DD') AS "originalDeadline",
              t.extension_count AS "extensionCount", (${today} - t.deadline)::int AS "daysOverdue",
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

  private conditions(me: CurrentUser, filter: StatsFilter, p: SqlParams): string[] {
    const where: string[] = [];
    if (filter.directiveId) where.push(`t.directive_id = ${p.add(filter.directiveId)}`);
    if (isUnitMember(me)) where.push(`t.lead_unit_id = ${p.add(me.unitId)}`);
    if (filter.from || filter.to) {
      const assigned = `COALESCE(d.date, (d.published_at AT TIME ZONE ${p.add(this.config.timezone)})::date)`;
      if (filter.from) where.push(`${assigned} >= ${p.add(filter.from)}::date`);
      if (filter.to) where.push(`${assigned} <= ${p.add(filter.to)}::date`);
    }
    return where;
  }
}
