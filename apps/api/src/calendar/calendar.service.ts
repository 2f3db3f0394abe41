import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import { CalendarDay } from '@dondoc/database';
import { DEFAULT_DUE_SOON_WORKING_DAYS, type Clock, type IsoDate, type TimelinessContext } from '@dondoc/domain';
import { localDate, WorkingCalendar } from '@dondoc/calendar';

// Other replicas learn of an admin's calendar change within this time.
const CACHE_MS = 60_000;

/** The working calendar (statutory holidays plus the admin's days) and "today" in the app's zone. */
@Injectable()
export class CalendarService {
  private cached: { calendar: WorkingCalendar; at: number } | null = null;

  constructor(
    @InjectRepository(CalendarDay) private readonly days: Repository<CalendarDay>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): IsoDate {
    return localDate(this.clock.now(), this.config.timezone);
  }

  async calendar(): Promise<WorkingCalendar> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.calendar;
    const rows = await this.days.find({ order: { date: 'ASC' } });
    const calendar = new WorkingCalendar({
      daysOff: rows.filter((r) => r.kind === 'day_off').map((r) => ({ date: r.date, name: r.name })),
      workingDays: rows.filter((r) => r.kind === 'working_day').map((r) => r.date),
    });
    this.cached = { calendar, at: now };
    return calendar;
  }

  invalidate(): void {
    this.cached = null;
  }

  /** Today and the due-soon boundary: the one pair every timeliness judgement uses. */
  async timelinessContext(): Promise<TimelinessContext> {
    const today = this.today();
    const calendar = await this.calendar();
    return { today, dueSoonUntil: calendar.addWorkingDays(today, DEFAULT_DUE_SOON_WORKING_DAYS) };
  }
}
