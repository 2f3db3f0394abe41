import { TZDate } from '@date-fns/tz';

/** A calendar date, `YYYY-MM-DD`. Plain strings keep dates free of time-zone drift. */
export type IsoDate = string;

export const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`No such date: ${date}`);
  }
  return { year, month, day };
}

export function isValidIsoDate(date: string): boolean {
  try {
    parseIsoDate(date);
    return true;
  } catch {
    return false;
  }
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01; date arithmetic on UTC midnights never meets a DST jump. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const instant = new Date(dayNumber * DAY_MS);
  return isoDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

export function lastDayOfQuarter(year: number, quarter: 1 | 2 | 3 | 4): IsoDate {
  return lastDayOfMonth(year, quarter * 3);
}

export function localDate(instant: Date, zone: string = DEFAULT_ZONE): IsoDate {
  const local = new TZDate(instant.getTime(), zone);
  return isoDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The local wall-clock time of an instant, `HH:mm`. */
export function localTime(instant: Date, zone: string = DEFAULT_ZONE): string {
  const local = new TZDate(instant.getTime(), zone);
  return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
}

export function localDateTime(date: IsoDate, hhmm: string, zone: string = DEFAULT_ZONE): Date {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(hhmm);
  if (!match) throw new RangeError(`Not a time (HH:mm): ${hhmm}`);
  const { year, month, day } = parseIsoDate(date);
  const local = new TZDate(year, month - 1, day, Number(match[1]), Number(match[2]), Number(match[3] ?? 0), 0, zone);
  return new Date(local.getTime());
}

export function endOfLocalDay(date: IsoDate, zone: string = DEFAULT_ZONE): Date {
  const { year, month, day } = parseIsoDate(date);
  return new Date(new TZDate(year, month - 1, day, 23, 59, 59, 999, zone).getTime());
}
