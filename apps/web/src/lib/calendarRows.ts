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
  const rows: CalendarRow[] = (year.daysOff ?? []).map((d) => ({
    date: d.date,
    name: set.get(d.date)?.name ?? d.name,
    kind: 'day_off',
    origin: set.get(d.date)?.origin ?? 'rule',
  }));
  const listed = new Set(rows.map((r) => r.date));
  for (const d of year.days ?? []) {
    if (!listed.has(d.date) && d.kind === 'working_day') rows.push({ date: d.date, name: d.name, kind: d.kind, origin: d.origin });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}
