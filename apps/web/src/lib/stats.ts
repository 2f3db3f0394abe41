import type { Timeliness, UnitStats } from '../api/types';
import { TIMELINESS_ORDER } from './labels';

export type StatsTotals = Record<Timeliness | 'total', number>;

export function totalsOf(rows: readonly UnitStats[]): StatsTotals {
  const totals = { total: 0 } as StatsTotals;
  for (const timeliness of TIMELINESS_ORDER) totals[timeliness] = 0;
  for (const row of rows) {
    for (const timeliness of TIMELINESS_ORDER) totals[timeliness] += row[timeliness] ?? 0;
    totals.total += row.total ?? TIMELINESS_ORDER.reduce((s, t) => s + (row[t] ?? 0), 0);
  }
  return totals;
}

/** Share of finished tasks that finished on time, in whole percent; null when nothing finished. */
export function onTimeRate(totals: Pick<StatsTotals, 'done_on_time' | 'done_late'>): number | null {
  const finished = totals.done_on_time + totals.done_late;
  return finished ? Math.round((totals.done_on_time / finished) * 100) : null;
}

/** Units with the most overdue work first, then by volume, so the chart shows where to look. */
export function byUrgency(rows: readonly UnitStats[]): UnitStats[] {
  return [...rows].sort((a, b) => b.overdue - a.overdue || b.due_soon - a.due_soon || b.total - a.total || a.unitName.localeCompare(b.unitName, 'vi'));
}
