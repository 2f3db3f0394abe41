import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { StatsRepository, type OverdueTaskRow, type StatsFilter, type StatsScope, type UnitStats } from '@dondoc/database';
import { daysOverdueOf, type TimelinessContext } from '@dondoc/domain';
import { isUnitMember, type CurrentUser } from '../common/current-user';
import { CalendarService } from '../calendar/calendar.service';
import { StatsCache } from './stats-cache';

export type { StatsFilter, UnitStats };

/** An overdue task as the report lists it, with its working days overdue as the reminders count them. */
export type OverdueTask = OverdueTaskRow & { daysOverdue: number };

@Injectable()
export class StatsService {
  constructor(
    private readonly stats: StatsRepository,
    private readonly calendar: CalendarService,
    private readonly cache: StatsCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Per lead unit, the tasks in each of the six categories (cancelled tasks count in none). */
  async byUnit(me: CurrentUser, filter: StatsFilter = {}): Promise<UnitStats[]> {
    const { context, key } = await this.cacheKey(me, filter);
    return this.cache.get(key, () => this.stats.countByUnit(context, this.scopeOf(me), filter));
  }

  /**
   * `byUnit` as the JSON the API answers with, serialized once per cached result: for a district of
   * 500 units that is 100 kB, and writing it out on every request cost more than the rest of it.
   */
  async byUnitJson(me: CurrentUser, filter: StatsFilter = {}): Promise<string> {
    const { key } = await this.cacheKey(me, filter);
    return this.cache.get(`${key}|json`, async () => JSON.stringify(await this.byUnit(me, filter)));
  }

  private async cacheKey(me: CurrentUser, filter: StatsFilter): Promise<{ context: TimelinessContext; key: string }> {
    this.assertPast(filter);
    const context = await this.calendar.timelinessContext(filter.asOf);
    const scope = isUnitMember(me) ? me.unitId : null;
    return { context, key: JSON.stringify([context, scope, filter.directiveId ?? null, filter.from ?? null, filter.to ?? null, filter.asOf ?? null]) };
  }

  /** The tasks `byUnit` counts as overdue, by unit, then the oldest deadline first. */
  async overdue(me: CurrentUser, filter: StatsFilter = {}): Promise<OverdueTask[]> {
    this.assertPast(filter);
    const [context, calendar] = await Promise.all([this.calendar.timelinessContext(filter.asOf), this.calendar.calendar()]);
    const rows = await this.stats.overdue(context, this.scopeOf(me), filter);
    return rows.map((t) => ({ ...t, daysOverdue: daysOverdueOf(t, context.today, calendar) }));
  }

  /** Figures as of a day are read from the history: a day to come has none. */
  private assertPast(filter: StatsFilter): void {
    if (filter.asOf && filter.asOf > this.calendar.today()) throw new BadRequestException('Ngày tính số liệu (asOf) không được sau hôm nay');
  }

  private scopeOf(me: CurrentUser): StatsScope {
    return { timezone: this.config.timezone, ...(isUnitMember(me) ? { leadUnitId: me.unitId } : {}) };
  }
}
