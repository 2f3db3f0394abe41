import { describe, expect, it } from '@jest/globals';
import type { UnitStats } from '../api/types';
import { byUrgency, onTimeRate, totalsOf } from './stats';

const row = (unitName: string, counts: Partial<UnitStats>): UnitStats => ({
  unitId: unitName,
  unitCode: unitName,
  unitName,
  on_track: 0,
  due_soon: 0,
  overdue: 0,
  done_on_time: 0,
  done_late: 0,
  no_deadline: 0,
  total: 0,
  doneWithLateExtension: 0,
  ...counts,
});

describe('totalsOf', () => {
  it('adds up each category and the totals', () => {
    const totals = totalsOf([row('A', { overdue: 2, done_on_time: 3, total: 5 }), row('B', { on_track: 1, overdue: 1, total: 2 })]);
    expect(totals).toEqual({ overdue: 3, due_soon: 0, on_track: 1, done_on_time: 3, done_late: 0, no_deadline: 0, total: 7 });
  });
});

describe('onTimeRate', () => {
  it('is the on-time share of finished tasks', () => {
    expect(onTimeRate({ done_on_time: 3, done_late: 1 })).toBe(75);
    expect(onTimeRate({ done_on_time: 0, done_late: 0 })).toBeNull();
  });
});

describe('byUrgency', () => {
  it('puts the most overdue first', () => {
    const sorted = byUrgency([row('A', { total: 9 }), row('B', { overdue: 1, total: 1 }), row('C', { overdue: 1, due_soon: 2, total: 3 })]);
    expect(sorted.map((r) => r.unitName)).toEqual(['C', 'B', 'A']);
  });
});
