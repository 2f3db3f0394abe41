import type { CalendarDayKind, CalendarYear } from '../api/types';

export interface CalendarRow {
  date: string;
  name: string;
  kind: CalendarDayKind;
  /** Where the day comes from: the government's announcement, an admin here, or the rule (no announcement). */
  origin: 'official' | 'admin' | 'rule';
}

/** One list of the year's days off and make-up working days, in date order; an admin may remove the ones an admin set. */
export function calendarRows(year: Pick<CalendarYear, 'daysOff' | 'days'>): CalendarRow[] {
  const set = new Map((year.days ?? []).map((d) => [d.date, d]));
  const rows: CalendarRow[] = (year.daysOff ?? []).map((day) => ({
    date: day.date,
    name: set.get(day.date)?.name ?? day.name,
    kind: 'day_off',
    origin: set.get(day.date)?.origin ?? 'rule',
  }));
  const listed = new Set(rows.map((r) => r.date));
  for (const day of year.days ?? []) {
    if (!listed.has(day.date) && day.kind === 'working_day') rows.push({ date: day.date, name: day.name, kind: day.kind, origin: day.origin });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}
