import { addCalendarDays, daysInMonth, dayOfWeek, isoDate, parseIsoDate } from '@dondoc/calendar';
import type { IsoDate, Recurrence } from './vocabulary';

/*
 * A recurring duty (`báo cáo định kỳ hằng tháng trước ngày 20`, `hằng quý`, `báo cáo tuần`) is a
 * series: each period is a task of its own, with its own deadline. Periods are calendar ones: a
 * week runs Monday to Sunday, a month, a quarter and a year as the calendar has them.
 */

/** One period of a series, first and last day included. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export interface SeriesRule {
  recurrence: Recurrence;
  /**
   * The day the period's task is due: of the week for a weekly duty (1 = Monday … 7 = Sunday), else
   * of the period's last month (`trước ngày 20 hằng tháng`: 20; a quarterly report due on the 20th
   * of the quarter's last month: 20), cut to the month's length. Null: the period's last day.
   */
  dueDay: number | null;
  /**
   * A yearly duty's month of the due day (`trước ngày 31/3 hằng năm`: 3; `báo cáo năm trước ngày
   * 15/12`: 12), the day cut to that month's length; with no due day, that month's last day. Null:
   * December, the year's last month. Other duties have none.
   */
  dueMonth?: number | null;
  /** The series takes no period that starts after this day (`đến hết năm 2025`: 2025-12-31). */
  endsOn: IsoDate | null;
}

/** A period's task is made this many days before the period opens, so that the unit sees it coming. */
export const SERIES_LEAD_DAYS = 7;

/** The due month as a series keeps it: a yearly duty's, if it names one (1 to 12); none for other duties. */
export function dueMonthOf(recurrence: Recurrence, month: number | null | undefined): number | null {
  return recurrence === 'yearly' ? (month ?? null) : null;
}

/** The largest due day a rule may name. */
export function maxDueDay(recurrence: Recurrence): number {
  return recurrence === 'weekly' ? 7 : 31;
}

export function periodContaining(recurrence: Recurrence, date: IsoDate): Period {
  const { year, month } = parseIsoDate(date);
  switch (recurrence) {
    case 'weekly': {
      const monday = addCalendarDays(date, -((dayOfWeek(date) + 6) % 7));
      return { start: monday, end: addCalendarDays(monday, 6) };
    }
    case 'monthly':
      return { start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
    case 'quarterly': {
      const first = month - ((month - 1) % 3);
      return { start: isoDate(year, first, 1), end: isoDate(year, first + 2, daysInMonth(year, first + 2)) };
    }
    case 'yearly':
      return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
  }
}

export function nextPeriod(recurrence: Recurrence, period: Period): Period {
  return periodContaining(recurrence, addCalendarDays(period.end, 1));
}

/** The date a period's task is due as the rule gives it (before the working calendar moves it off a day off). */
export function dueDateIn(rule: Pick<SeriesRule, 'recurrence' | 'dueDay' | 'dueMonth'>, period: Period): IsoDate {
  const yearlyMonth = dueMonthOf(rule.recurrence, rule.dueMonth);
  if (rule.dueDay === null && yearlyMonth === null) return period.end;
  if (rule.recurrence === 'weekly') return addCalendarDays(period.start, Math.min(rule.dueDay ?? 7, 7) - 1);
  const { year, month: lastMonth } = parseIsoDate(period.end);
  const month = yearlyMonth ?? lastMonth;
  return isoDate(year, month, Math.min(rule.dueDay ?? 31, daysInMonth(year, month)));
}

/** Whether the series takes this period: it must open on or before the series' end date. */
export function inSeries(rule: Pick<SeriesRule, 'endsOn'>, period: Period): boolean {
  return rule.endsOn === null || period.start <= rule.endsOn;
}

/**
 * The series' first period, for a series that starts on `from` (its publication): the period under
 * way, unless its task would already be past due, then the next one. Null when that one is past
 * the series' end.
 */
export function firstPeriod(rule: SeriesRule, from: IsoDate): Period | null {
  const current = periodContaining(rule.recurrence, from);
  const first = dueDateIn(rule, current) < from ? nextPeriod(rule.recurrence, current) : current;
  return inSeries(rule, first) ? first : null;
}

/**
 * The periods whose tasks are to be made on `today`, starting at the series' next period (the one
 * after the last made): every one that opens within SERIES_LEAD_DAYS of today, so a worker that was
 * down makes the missed ones too. `next` is the period to make after them, null when the series has
 * reached its end.
 */
export function periodsToMake(rule: SeriesRule, next: Period, today: IsoDate): { periods: Period[]; next: Period | null } {
  const horizon = addCalendarDays(today, SERIES_LEAD_DAYS);
  const periods: Period[] = [];
  let period = next;
  while (inSeries(rule, period) && period.start <= horizon) {
    periods.push(period);
    period = nextPeriod(rule.recurrence, period);
  }
  return { periods, next: inSeries(rule, period) ? period : null };
}
