import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, type DataSource } from 'typeorm';
import { isoDate, WorkingCalendar, type CalendarOverrides, type IsoDate } from '@dondoc/calendar';
import { CalendarDay, CalendarYear, type CalendarDayKind, type CalendarDayOrigin } from '../entities';
import { runner, type Tx } from './executor';

export interface CalendarDayInput {
  date: IsoDate;
  kind: CalendarDayKind;
  name: string;
}

export interface CalendarDayView extends CalendarDayInput {
  origin: CalendarDayOrigin;
}

/** A year's announced calendar as stored: where it was announced, and who imported it (null: shipped). */
export interface OfficialYearRecord {
  year: number;
  sources: CalendarYear['sources'];
  missing: string[];
  importedById: string | null;
  createdAt: Date;
}

/** The working calendar's days: the government's announced ones, year by year, and the admin's corrections. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overrides(tx?: Tx): Promise<CalendarOverrides> {
    const manager = runner(this.db, tx);
    const [rows, years] = await Promise.all([manager.find(CalendarDay, { order: { date: 'ASC' } }), manager.find(CalendarYear, { select: { year: true } })]);
    return {
      daysOff: rows.filter((r) => r.kind === 'day_off').map((r) => ({ date: r.date, name: r.name })),
      workingDays: rows.filter((r) => r.kind === 'working_day').map((r) => r.date),
      officialYears: years.map((y) => y.year),
    };
  }

  /** The working calendar as it stands: the announced years, the rule for the others, the admin's corrections on top. */
  async workingCalendar(tx?: Tx): Promise<WorkingCalendar> {
    return new WorkingCalendar(await this.overrides(tx));
  }

  /** The year's set-apart days, official and the admin's. */
  async ofYear(year: number): Promise<CalendarDayView[]> {
    const rows = await this.db.getRepository(CalendarDay).find({
      where: { date: Between(isoDate(year, 1, 1), isoDate(year, 12, 31)) },
      order: { date: 'ASC' },
    });
    return rows.map(({ date, kind, name, origin }) => ({ date, kind, name, origin }));
  }

  async officialYear(year: number, tx?: Tx): Promise<OfficialYearRecord | null> {
    return runner(this.db, tx).findOneBy(CalendarYear, { year });
  }

  async find(tx: Tx, date: IsoDate): Promise<CalendarDay | null> {
    return tx.findOneBy(CalendarDay, { date });
  }

  /** An admin's day: it replaces whatever the date had, an announced day included. */
  async set(tx: Tx, day: CalendarDayInput, userId: string): Promise<void> {
    await tx.upsert(CalendarDay, { ...day, origin: 'admin', createdById: userId }, ['date']);
  }

  async remove(tx: Tx, date: IsoDate): Promise<void> {
    await tx.delete(CalendarDay, { date });
  }

  /**
   * A year's announcement, imported: its official days replace the ones the year had (the admin's
   * own days stay), and the year is marked official, so the rule no longer applies to it.
   */
  async importYear(
    tx: Tx,
    year: number,
    announcement: { sources: CalendarYear['sources']; missing: string[]; days: CalendarDayInput[] },
    userId: string,
  ): Promise<void> {
    await tx.delete(CalendarDay, { origin: 'official', date: Between(isoDate(year, 1, 1), isoDate(year, 12, 31)) });
    if (announcement.days.length) {
      await tx
        .createQueryBuilder()
        .insert()
        .into(CalendarDay)
        .values(announcement.days.map((d) => ({ ...d, origin: 'official' as const, createdById: userId })))
        .orIgnore()
        .execute();
    }
    await tx.upsert(CalendarYear, { year, sources: announcement.sources, missing: announcement.missing, importedById: userId }, ['year']);
  }
}
