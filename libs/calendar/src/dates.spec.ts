import { addCalendarDays, dayOfWeek, endOfLocalDay, isValidIsoDate, lastDayOfMonth, lastDayOfQuarter, localDate, localDateTime } from './dates';

describe('date helpers', () => {
  it('finds the local date of an instant in Vietnam', () => {
    expect(localDate(new Date('2023-11-30T16:59:59Z'))).toBe('2023-11-30');
    expect(localDate(new Date('2023-11-30T17:00:00Z'))).toBe('2023-12-01');
    expect(localDate(new Date('2023-11-30T17:00:00Z'), 'UTC')).toBe('2023-11-30');
  });

  it('ends a local day at 23:59:59.999 in the zone', () => {
    expect(endOfLocalDay('2023-10-31').toISOString()).toBe('2023-10-31T16:59:59.999Z');
    expect(endOfLocalDay('2023-10-31', 'Europe/Berlin').toISOString()).toBe('2023-10-31T22:59:59.999Z');
  });

  it('turns a local time into an instant', () => {
    expect(localDateTime('2026-11-27', '07:30').toISOString()).toBe('2026-11-27T00:30:00.000Z');
    expect(() => localDateTime('2026-11-27', 'morning')).toThrow(RangeError);
  });

  it('adds calendar days across months and leap years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addCalendarDays('2024-01-01', 0)).toBe('2024-01-01');
  });

  it('knows month and quarter ends', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2023, 2)).toBe('2023-02-28');
    expect(lastDayOfMonth(2023, 12)).toBe('2023-12-31');
    expect(lastDayOfQuarter(2023, 4)).toBe('2023-12-31');
    expect(lastDayOfQuarter(2024, 1)).toBe('2024-03-31');
    expect(lastDayOfQuarter(2024, 2)).toBe('2024-06-30');
    expect(lastDayOfQuarter(2024, 3)).toBe('2024-09-30');
  });

  it('validates ISO dates', () => {
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2024-2-9')).toBe(false);
    expect(() => addCalendarDays('31/12/2023', 1)).toThrow(RangeError);
  });

  it('gives the day of the week', () => {
    expect(dayOfWeek('2021-05-01')).toBe(6);
    expect(dayOfWeek('2024-02-10')).toBe(6);
    expect(dayOfWeek('2023-09-25')).toBe(1);
  });
});
