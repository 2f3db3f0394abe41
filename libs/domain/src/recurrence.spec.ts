import { WorkingCalendar } from '@dondoc/calendar';
import { dueDateIn, firstPeriod, nextPeriod, periodContaining, periodsToMake, SERIES_LEAD_DAYS, type SeriesRule } from './recurrence';

const monthly20: SeriesRule = { recurrence: 'monthly', dueDay: 20, endsOn: '2025-12-31' };

describe('periodContaining', () => {
  it.each([
    ['weekly', '2025-06-04', '2025-06-02', '2025-06-08'], // a Wednesday: Monday to Sunday
    ['weekly', '2025-06-02', '2025-06-02', '2025-06-08'],
    ['weekly', '2025-06-08', '2025-06-02', '2025-06-08'],
    ['weekly', '2025-12-31', '2025-12-29', '2026-01-04'], // a week across the new year
    ['monthly', '2024-02-15', '2024-02-01', '2024-02-29'],
    ['quarterly', '2025-05-20', '2025-04-01', '2025-06-30'],
    ['quarterly', '2025-12-01', '2025-10-01', '2025-12-31'],
    ['yearly', '2025-07-01', '2025-01-01', '2025-12-31'],
  ] as const)('%s around %s: %s to %s', (recurrence, date, start, end) => {
    expect(periodContaining(recurrence, date)).toEqual({ start, end });
  });

  it('moves on to the next period', () => {
    expect(nextPeriod('monthly', { start: '2025-12-01', end: '2025-12-31' })).toEqual({ start: '2026-01-01', end: '2026-01-31' });
    expect(nextPeriod('quarterly', { start: '2025-10-01', end: '2025-12-31' })).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(nextPeriod('weekly', { start: '2025-12-29', end: '2026-01-04' })).toEqual({ start: '2026-01-05', end: '2026-01-11' });
  });
});

describe('dueDateIn', () => {
  it("is the named day of the month, cut to the month's length", () => {
    expect(dueDateIn(monthly20, periodContaining('monthly', '2025-06-10'))).toBe('2025-06-20');
    expect(dueDateIn({ recurrence: 'monthly', dueDay: 31 }, periodContaining('monthly', '2025-02-10'))).toBe('2025-02-28');
  });

  it('is the named day of the last month of a quarter or a year', () => {
    expect(dueDateIn({ recurrence: 'quarterly', dueDay: 20 }, periodContaining('quarterly', '2025-04-10'))).toBe('2025-06-20');
    expect(dueDateIn({ recurrence: 'yearly', dueDay: 15 }, periodContaining('yearly', '2025-04-10'))).toBe('2025-12-15');
  });

  it('takes a yearly duty\'s own month: "trước ngày 31/3 hằng năm", its day cut to the month, or the month\'s last day', () => {
    const year2025 = periodContaining('yearly', '2025-04-10');
    expect(dueDateIn({ recurrence: 'yearly', dueDay: 31, dueMonth: 3 }, year2025)).toBe('2025-03-31');
    expect(dueDateIn({ recurrence: 'yearly', dueDay: 15, dueMonth: 12 }, year2025)).toBe('2025-12-15');
    expect(dueDateIn({ recurrence: 'yearly', dueDay: 29, dueMonth: 2 }, year2025)).toBe('2025-02-28');
    expect(dueDateIn({ recurrence: 'yearly', dueDay: null, dueMonth: 6 }, year2025)).toBe('2025-06-30');
    // A month means nothing to other duties.
    expect(dueDateIn({ recurrence: 'monthly', dueDay: 20, dueMonth: 3 }, periodContaining('monthly', '2025-06-10'))).toBe('2025-06-20');
  });

  it("starts a yearly series due in March next year once this year's day has passed", () => {
    const march31: SeriesRule = { recurrence: 'yearly', dueDay: 31, dueMonth: 3, endsOn: null };
    expect(firstPeriod(march31, '2025-02-10')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(firstPeriod(march31, '2025-04-10')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('is the named day of the week, Monday first', () => {
    expect(dueDateIn({ recurrence: 'weekly', dueDay: 5 }, periodContaining('weekly', '2025-06-04'))).toBe('2025-06-06');
  });

  it("is the period's last day when the rule names none", () => {
    expect(dueDateIn({ recurrence: 'quarterly', dueDay: null }, periodContaining('quarterly', '2024-02-10'))).toBe('2024-03-31');
    expect(dueDateIn({ recurrence: 'weekly', dueDay: null }, periodContaining('weekly', '2025-06-04'))).toBe('2025-06-08');
  });

  it('gives the date the document means; the working calendar moves one on a day off', () => {
    // 20/04/2025 is a Sunday; 20/01/2024 a Saturday.
    const cal = new WorkingCalendar();
    expect(cal.dateInForce(dueDateIn(monthly20, periodContaining('monthly', '2025-04-01')))).toBe('2025-04-21');
    expect(cal.dateInForce(dueDateIn(monthly20, periodContaining('monthly', '2025-05-01')))).toBe('2025-05-20');
  });
});

describe('firstPeriod', () => {
  it('is the period under way while its task is not yet due', () => {
    expect(firstPeriod(monthly20, '2025-06-05')).toEqual({ start: '2025-06-01', end: '2025-06-30' });
    expect(firstPeriod(monthly20, '2025-06-20')).toEqual({ start: '2025-06-01', end: '2025-06-30' });
  });

  it("is the next period when this one's task is already past due", () => {
    expect(firstPeriod(monthly20, '2025-06-21')).toEqual({ start: '2025-07-01', end: '2025-07-31' });
  });

  it('is none when the series has ended before it opens', () => {
    expect(firstPeriod(monthly20, '2025-12-25')).toBeNull();
    expect(firstPeriod({ ...monthly20, endsOn: null }, '2025-12-25')).toEqual({ start: '2026-01-01', end: '2026-01-31' });
  });
});

describe('periodsToMake', () => {
  const june = periodContaining('monthly', '2025-06-01');

  it('makes nothing while the next period is more than the lead away', () => {
    expect(periodsToMake(monthly20, june, '2025-05-24')).toEqual({ periods: [], next: june });
  });

  it(`makes the next period ${SERIES_LEAD_DAYS} days before it opens`, () => {
    const { periods, next } = periodsToMake(monthly20, june, '2025-05-25');
    expect(periods).toEqual([june]);
    expect(next).toEqual({ start: '2025-07-01', end: '2025-07-31' });
  });

  it('makes every period missed while no worker ran, each once', () => {
    const { periods, next } = periodsToMake(monthly20, june, '2025-09-10');
    expect(periods.map((p) => p.start)).toEqual(['2025-06-01', '2025-07-01', '2025-08-01', '2025-09-01']);
    expect(next?.start).toBe('2025-10-01');
  });

  it("stops at the series' end date", () => {
    const { periods, next } = periodsToMake(monthly20, periodContaining('monthly', '2025-12-01'), '2026-03-01');
    expect(periods.map((p) => p.start)).toEqual(['2025-12-01']);
    expect(next).toBeNull();
  });

  it('runs on without an end date', () => {
    const { periods, next } = periodsToMake({ recurrence: 'weekly', dueDay: 5, endsOn: null }, periodContaining('weekly', '2025-06-02'), '2025-06-02');
    expect(periods.map((p) => p.start)).toEqual(['2025-06-02', '2025-06-09']);
    expect(next?.start).toBe('2025-06-16');
  });
});
