import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import {
  CalendarRepository,
  ReminderScheduleRepository,
  ReminderSettingsRepository,
  TasksRepository,
  type CalendarDayInput,
  type CalendarDayView,
  type OfficialYearRecord,
  type Tx,
} from '@dondoc/database';
import { dueSoonSpanBefore, type Clock, type IsoDate, type TimelinessContext } from '@dondoc/domain';
import { addCalendarDays, localDate, localDateTime, parseCalendarTable, type Holiday, type WorkingCalendar } from '@dondoc/calendar';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';

// Other replicas learn of an admin's calendar or policy change within this time.
const CACHE_MS = 60_000;

export interface YearCalendar {
  year: number;
  /** The year's days off are the government's announcement; false: computed by the rule, no announcement known. */
  official: boolean;
  sources: OfficialYearRecord['sources'];
  /** Holidays of an announced year still without an announcement. */
  missing: string[];
  /** Every weekday off of the year, whatever its origin. */
  daysOff: Holiday[];
  /** The days set apart in the database: announced (`official`) and the admin's (`admin`). */
  days: CalendarDayView[];
}

/** A year's announcement as an admin imports it: the table of its days and where it was announced. */
export interface YearImport {
  table: string;
  sources: { title: string; url: string | null; covers: string }[];
}

/** Why a deadline in force moved by itself, as the task's deadline history says. */
const CALENDAR_MOVE = 'Lịch nghỉ thay đổi: hạn có hiệu lực tính lại theo ngày làm việc';

/** The working calendar (statutory holidays plus the admin's days), "today" in the app's zone, and the admin's changes. */
@Injectable()
export class CalendarService {
  private cached: { calendar: WorkingCalendar; dueSoonWorkingDays: number; at: number } | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly days: CalendarRepository,
    private readonly schedule: ReminderScheduleRepository,
    private readonly tasks: TasksRepository,
    private readonly settings: ReminderSettingsRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): IsoDate {
    return localDate(this.clock.now(), this.config.timezone);
  }

  async calendar(): Promise<WorkingCalendar> {
    return (await this.current()).calendar;
  }

  /** The calendar and the policy's due-soon span, read together and kept for CACHE_MS. */
  private async current(): Promise<{ calendar: WorkingCalendar; dueSoonWorkingDays: number }> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached;
    const [calendar, policy] = await Promise.all([this.days.workingCalendar(), this.settings.policy()]);
    this.cached = { calendar, dueSoonWorkingDays: policy.dueSoonWorkingDays, at: now };
    return this.cached;
  }

  invalidate(): void {
    this.cached = null;
  }

  /**
   * Today and the due-soon boundary: the one pair every timeliness judgement uses. With `day`, that
   * day's, for figures as they stood at its end: a past day is judged by the due-soon span then in
   * force, so a report made again after the span changed gives the numbers it gave.
   */
  async timelinessContext(day?: IsoDate): Promise<TimelinessContext> {
    const today = this.today();
    const judgedOn = day ?? today;
    const { calendar, dueSoonWorkingDays } = await this.current();
    const span = judgedOn < today ? await this.dueSoonSpanAtEndOf(judgedOn, dueSoonWorkingDays) : dueSoonWorkingDays;
    return { today: judgedOn, dueSoonUntil: calendar.addWorkingDays(judgedOn, span) };
  }

  /** The due-soon span in force at the end of a past day, the policy's later changes undone from the audit log. */
  private async dueSoonSpanAtEndOf(day: IsoDate, current: number): Promise<number> {
    const cut = localDateTime(addCalendarDays(day, 1), '00:00', this.config.timezone);
    return dueSoonSpanBefore(await this.settings.dueSoonSpanChanges(cut), current, cut);
  }

  /** The year's days off, whether they are the announced ones, and the days set apart in the database. */
  async year(year: number): Promise<YearCalendar> {
    const [calendar, days, official] = await Promise.all([this.calendar(), this.days.ofYear(year), this.days.officialYear(year)]);
    return { year, official: official !== null, sources: official?.sources ?? [], missing: official?.missing ?? [], daysOff: calendar.holidays(year), days };
  }

  /** Sets a day apart; the deadlines and reminders it touches follow. */
  async setDay(day: CalendarDayInput, me: CurrentUser): Promise<CalendarDayInput> {
    await this.db.transaction(async (tx) => {
      const before = await this.days.find(tx, day.date);
      await this.days.set(tx, day, me.id);
      await this.afterChange(tx, day.date, me);
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
      await this.afterChange(tx, date, me);
      await this.audit.record(tx, { actorId: me.id, action: 'calendar.remove', entity: 'calendar_day', entityId: date, before });
    });
    this.invalidate();
  }

  /**
   * A year's announcement replaces the year's announced days (the admin's own stay) and marks the
   * year official, so the rule no longer applies to it. Nothing is written if a line cannot be read.
   */
  async importYear(year: number, input: YearImport, me: CurrentUser): Promise<YearCalendar> {
    if (year < 2000 || year > 2100) throw new BadRequestException('Năm phải từ 2000 đến 2100');
    const { days, problems } = parseCalendarTable(input.table, year);
    if (problems.length)
      throw new BadRequestException({ message: `Không nhập được lịch năm ${year}: ${problems.length} dòng không đọc được`, errors: problems });
    if (!days.some((d) => d.kind === 'day_off')) throw new BadRequestException(`Bảng không có ngày nghỉ nào của năm ${year}`);
    await this.db.transaction(async (tx) => {
      const before = await this.days.officialYear(year, tx);
      await this.days.importYear(tx, year, { sources: input.sources, missing: [], days }, me.id);
      await this.afterChange(tx, null, me);
      await this.audit.record(tx, {
        actorId: me.id,
        action: 'calendar.import',
        entity: 'calendar_year',
        entityId: String(year),
        before,
        after: { sources: input.sources, days },
      });
    });
    this.invalidate();
    return this.year(year);
  }

  /**
   * After a calendar change: each open task's deadline in force is worked out again from the date
   * it was given (a day that became a day off moves it to the next working day), each move written
   * to the task's deadline history as the admin's, and reminders whose plan can cross the changed
   * day (any day: null) are planned anew by the next sweep.
   */
  private async afterChange(tx: Tx, changedDay: IsoDate | null, me: CurrentUser): Promise<void> {
    await this.tasks.moveDeadlinesInForce(tx, await this.days.workingCalendar(tx), { changedById: me.id, at: this.clock.now(), reason: CALENDAR_MOVE });
    await this.schedule.replan(tx, changedDay);
  }
}
