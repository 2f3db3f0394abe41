import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WorkingCalendar, type CalendarOverrides, type IsoDate } from '@dondoc/calendar';
import { CalendarDay, type CalendarDayKind } from '../entities';
import { runner, type Tx } from './executor';

export interface CalendarDayInput {
  date: IsoDate;
  kind: CalendarDayKind;
  name: string;
}

/** The admin's corrections to the working calendar: days off added, working days swapped in. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overrides(tx?: Tx): Promise<CalendarOverrides> {
    const rows = await runner(this.db, tx).find(CalendarDay, { order: { date: 'ASC' } });
    return {
      daysOff: rows.filter((r) => r.kind === 'day_off').map((r) => ({ date: r.date, name: r.name })),
      workingDays: rows.filter((r) => r.kind === 'working_day').map((r) => r.date),
    };
  }

  /** The working calendar as it stands: the rules and the official days, with the admin's corrections. */
  async workingCalendar(tx?: Tx): Promise<WorkingCalendar> {
    return new WorkingCalendar(await this.overrides(tx));
  }

  async ofYear(year: number): Promise<CalendarDayInput[]> {
    const rows = await this.db.getRepository(CalendarDay).createQueryBuilder('d')
      .where("date_part('year', d.date) = :year", { year }).orderBy('d.date').getMany();
    return rows.map(({ date, kind, name }) => ({ date, kind, name }));
  }

  async find(tx: Tx, date: IsoDate): Promise<CalendarDay | null> {
    return tx.findOneBy(CalendarDay, { date });
  }

  async set(tx: Tx, day: CalendarDayInput, userId: string): Promise<void> {
    await tx.upsert(CalendarDay, { ...day, createdById: userId }, ['date']);
  }

  async remove(tx: Tx, date: IsoDate): Promise<void> {
    await tx.delete(CalendarDay, { date });
  }
}
