import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import { CalendarRepository, ReminderScheduleRepository, type CalendarDayInput } from '@dondoc/database';
import { DEFAULT_DUE_SOON_WORKING_DAYS, type Clock, type IsoDate, type TimelinessContext } from '@dondoc/domain';
import { localDate, type Holiday, type WorkingCalendar } from '@dondoc/calendar';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';

// Other replicas learn of an admin's calendar change within this time.
const CACHE_MS = 60_000;

export interface YearCalendar {
  year: number;
  daysOff: Holiday[];
  adminDays: CalendarDayInput[];
}

/** The working calendar (statutory holidays plus the admin's days), "today" in the app's zone, and the admin's changes. */
@Injectable()
export class CalendarService {
  private cached: { calendar: WorkingCalendar; at: number } | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly days: CalendarRepository,
    private readonly schedule: ReminderScheduleRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): IsoDate {
    return localDate(this.clock.now(), this.config.timezone);
  }

  async calendar(): Promise<WorkingCalendar> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.calendar;
    const calendar = await this.days.workingCalendar();
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

  /** The year's days off (statutory, compensatory and the admin's) and the admin's working-day swaps. */
  async year(year: number): Promise<YearCalendar> {
    const calendar = await this.calendar();
    return { year, daysOff: calendar.holidays(year), adminDays: await this.days.ofYear(year) };
  }

  /** Sets a day apart; the reminders whose plan can cross it are planned again. */
  async setDay(day: CalendarDayInput, me: CurrentUser): Promise<CalendarDayInput> {
    await this.db.transaction(async (tx) => {
      const before = await this.days.find(tx, day.date);
      await this.days.set(tx, day, me.id);
      await this.schedule.replan(tx, day.date);
      await this.audit.record(tx, { actorId: me.id, action: 'calendar.set', entity: 'calendar_day', entityId: day.date, before, after: day });
    });
    this.invalidate();
    return day;
  }

  async removeDay(date: IsoDate, me: CurrentUser): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before = await this.days.find(tx, date);
      if (!before) throw new NotFoundException(`Không có ngày ${date} trong lịch điều chỉnh`);
      await this.days.remove(tx, date);
      await this.schedule.replan(tx, date);
      await this.audit.record(tx, { actorId: me.id, action: 'calendar.remove', entity: 'calendar_day', entityId: date, before });
    });
    this.invalidate();
  }
}
