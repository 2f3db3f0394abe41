import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import { addCalendarDays, localDate } from '@dondoc/calendar';
import { dueDateIn, periodContaining, periodsToMake, SERIES_LEAD_DAYS, type Clock, type SeriesRule } from '@dondoc/domain';
import { CalendarRepository, SeriesRepository } from '@dondoc/database';

export interface SeriesResult {
  /** Series looked at: those whose next period opens within the lead. */
  series: number;
  /** Tasks made, one per period. */
  made: number;
}

/**
 * The recurring duties: each running series gets the task of every period that opens within
 * SERIES_LEAD_DAYS of today (by the injected clock), with its deadline in force on the working
 * calendar. Running it twice, or on two workers at once, makes each period's task once: the series
 * rows are locked (SKIP LOCKED) and a period's task is unique.
 */
@Injectable()
export class SeriesService {
  private readonly logger = new Logger('series');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly series: SeriesRepository,
    private readonly calendars: CalendarRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<SeriesResult> {
    const today = localDate(this.clock.now(), this.config.timezone);
    const calendar = await this.calendars.workingCalendar();
    const result = await this.db.transaction(async (m) => {
      const due = await this.series.due(m, addCalendarDays(today, SERIES_LEAD_DAYS));
      let made = 0;
      for (const s of due) {
        const rule: SeriesRule = { recurrence: s.recurrence, dueDay: s.dueDay, dueMonth: s.dueMonth, endsOn: s.endsOn };
        const { periods, next } = periodsToMake(rule, periodContaining(s.recurrence, s.nextPeriodStart), today);
        const ids = await this.series.makeInstances(
          m,
          s.id,
          periods.map((p) => {
            const stated = dueDateIn(rule, p);
            return { periodStart: p.start, periodEnd: p.end, statedDeadline: stated, deadline: calendar.dateInForce(stated) };
          }),
        );
        made += ids.length;
        await this.series.setNext(m, s.id, next?.start ?? null);
      }
      return { series: due.length, made };
    });
    if (result.made) this.logger.log(`Recurring duties: ${result.made} period task(s) made for ${result.series} series`);
    return result;
  }
}
