import { Injectable } from '@nestjs/common';
import { UnitsRepository } from '@dondoc/database';
import type { CurrentUser } from '../common/current-user';
import { CalendarService } from '../calendar/calendar.service';
import { StatsService, type StatsFilter } from '../stats/stats.service';
import { placeOf, totalsOf, type TaskReport } from './report';

@Injectable()
export class ReportsService {
  constructor(
    private readonly units: UnitsRepository,
    private readonly stats: StatsService,
    private readonly calendar: CalendarService,
  ) {}

  /** The dashboard's numbers for the period, with the overdue tasks and who issues the report. */
  async taskReport(me: CurrentUser, filter: StatsFilter): Promise<TaskReport> {
    const [rows, overdue, issuer] = await Promise.all([this.stats.byUnit(me, filter), this.stats.overdue(me, filter), this.units.issuer()]);
    const today = this.calendar.today();
    return { today, asOf: filter.asOf ?? today, ...filter, ...issuer, place: placeOf(issuer.committee), rows, totals: totalsOf(rows), overdue };
  }
}
