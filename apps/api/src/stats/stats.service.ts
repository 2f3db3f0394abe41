import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TIMELINESS, type Timeliness } from '@dondoc/domain';
import { isUnitMember, type CurrentUser } from '../common/current-user';
import { CalendarService } from '../calendar/calendar.service';
import { SqlParams, timelinessCase } from '../tasks/timeliness.sql';

export type UnitStats = { unitId: string; unitCode: string; unitName: string; total: number } & Record<Timeliness, number>;

@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
  ) {}

  /** Per lead unit, the tasks in each of the six categories (cancelled tasks count in none). */
  async byUnit(me: CurrentUser, directiveId?: string): Promise<UnitStats[]> {
    const ctx = await this.calendar.timelinessContext();
    const p = new SqlParams();
    const category = timelinessCase('t', `${p.add(ctx.today)}::date`, `${p.add(ctx.dueSoonUntil)}::date`);
    const where = [`t.status <> 'cancelled'`];
    if (directiveId) where.push(`t.directive_id = ${p.add(directiveId)}`);
    if (isUnitMember(me)) where.push(`t.lead_unit_id = ${p.add(me.unitId)}`);
    const counts = TIMELINESS.map((c) => `count(*) FILTER (WHERE category = '${c}')::int AS "${c}"`).join(', ');
    return this.db.query(
      `SELECT u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName", s.total, ${TIMELINESS.map((c) => `s."${c}"`).join(', ')}
         FROM (SELECT lead_unit_id, count(*)::int AS total, ${counts}
                 FROM (SELECT t.lead_unit_id, ${category} AS category FROM tasks t WHERE ${where.join(' AND ')}) c
                GROUP BY lead_unit_id) s
         JOIN units u ON u.id = s.lead_unit_id
        ORDER BY u.code`,
      p.values,
    );
  }
}
