import type { CalendarDayKind, CalendarYear } from '../api/types';

export interface CalendarRow {
  date: string;
  name: string;
  kind: CalendarDayKind;
  /** Set by an admin, so it can be removed; statutory days come from the law and stay. */
  adminSet: boolean;
}

/** One list of the year's days off and working-day swaps, in date order. */
export function calendarRows(year: Pick<CalendarYear, 'daysOff' | 'adminDays'>): CalendarRow[] {
  const admin = new Map((year.adminDays ?? []).map((d) => [d.date, d]));
  const rows: CalendarRow[] = (year.daysOff ?? []).map((d) => ({
    date: d.date,
    name: admin.get(d.date)?.name ?? d.name,
    kind: 'day_off',
    adminSet: admin.get(d.date)?.kind === 'day_off',
  }));
  const listed = new Set(rows.map((r) => r.date));
  for (const d of year.adminDays ?? []) {
    if (!listed.has(d.date)) rows.push({ date: d.date, name: d.name, kind: d.kind, adminSet: true });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}
