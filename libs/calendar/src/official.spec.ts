import { dayOfWeek, parseIsoDate } from './dates';
import { OFFICIAL_YEARS, officialOverrides } from './official';
import { WorkingCalendar } from './working-calendar';

describe('the announced calendars shipped as data', () => {
  it('cover 2020 to 2026, each year with its sources', () => {
    expect(OFFICIAL_YEARS.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of OFFICIAL_YEARS) {
      expect(y.sources.length).toBeGreaterThan(0);
      for (const s of y.sources) expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  it('list weekdays as days off and weekend days as make-up working days, each in its own year', () => {
    for (const y of OFFICIAL_YEARS) {
      for (const d of y.daysOff) {
        expect(parseIsoDate(d.date).year).toBe(y.year);
        expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(d.date));
      }
      for (const d of y.workingDays) {
        expect(parseIsoDate(d.date).year).toBe(y.year);
        expect([0, 6]).toContain(dayOfWeek(d.date));
      }
    }
  });
});

describe('a working calendar with the announced years', () => {
  const official = new WorkingCalendar(officialOverrides());
  const rule = new WorkingCalendar();

  it('has Tết 2024 as announced (Thursday 8/2 to Wednesday 14/2), which the rule gets wrong at both ends', () => {
    const tet = ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'];
    expect(tet.filter((d) => official.isWorkingDay(d))).toEqual([]);
    expect(official.isWorkingDay('2024-02-07')).toBe(true);
    expect(official.isWorkingDay('2024-02-15')).toBe(true);
    expect(rule.isWorkingDay('2024-02-08')).toBe(true);
    expect(rule.isWorkingDay('2024-02-15')).toBe(false);
    expect(official.isOfficial(2024)).toBe(true);
  });

  it('works the announced make-up Saturday (4/5/2024) and rests the bridge day it paid for (29/4/2024)', () => {
    expect(official.isWorkingDay('2024-05-04')).toBe(true);
    expect(official.isWorkingDay('2024-04-29')).toBe(false);
  });

  it('falls back on the rule for a year with no announcement', () => {
    expect(official.isOfficial(2027)).toBe(false);
    expect(official.isWorkingDay('2027-01-01')).toBe(false);
    expect(official.holidays(2027)).toEqual(rule.holidays(2027));
  });

  it('moves a deadline on a day off to the next working day (Bộ luật Dân sự 2015, Điều 148)', () => {
    // "trong quý I/2024" ends on Sunday 31/03/2024.
    expect(official.dateInForce('2024-03-31')).toBe('2024-04-01');
    // The last day of Tết 2024 off: in force on Thursday 15/02.
    expect(official.dateInForce('2024-02-10')).toBe('2024-02-15');
    expect(official.dateInForce('2024-03-29')).toBe('2024-03-29');
    // A make-up Saturday is a working day: a deadline on it stays.
    expect(official.dateInForce('2024-05-04')).toBe('2024-05-04');
  });
});
