import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../common/current-user';
import { CalendarService } from '../calendar/calendar.service';
import { StatsService, type StatsFilter } from '../stats/stats.service';
import { placeOf, totalsOf, type TaskReport } from './report';

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stats: StatsService,
    private readonly calendar: CalendarService,
  ) {}

  /** The dashboard's numbers for the period, with the overdue tasks and who issues the report. */
  async taskReport(me: CurrentUser, filter: StatsFilter): Promise<TaskReport> {
    const [rows, overdue, issuer] = await Promise.all([this.stats.byUnit(me, filter), this.stats.overdue(me, filter), this.issuer()]);
    return { today: this.calendar.today(), ...filter, ...issuer, place: placeOf(issuer.committee), rows, totals: totalsOf(rows), overdue };
  }

  /** The top committee of the unit tree and its office, the body that keeps track of directives. */
  private async issuer(): Promise<{ committee: string | null; office: string | null }> {
    const rows = await this.db.query<{ committee: string; office: string | null }[]>(
      `SELECT c.name AS committee,
              (SELECT o.name FROM units o WHERE o.parent_id = c.id AND o.kind = 'office' AND o.active ORDER BY o.code LIMIT 1) AS office
         FROM units c
        WHERE c.parent_id IS NULL AND c.kind = 'committee' AND c.active
        ORDER BY c.code LIMIT 1`,
    );
    return { committee: rows[0]?.committee ?? null, office: rows[0]?.office ?? null };
  }
}
