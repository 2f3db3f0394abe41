import { lunarNewYear, lunarToSolar } from './lunar';

// Vietnamese (UTC+7) dates; 2030 differs from the Chinese calendar (3 February there).
const TET: Record<number, string> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

const HUNG_KINGS: Record<number, string> = {
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
  2031: '2031-04-01',
  2032: '2032-04-19',
  2033: '2033-04-09',
  2034: '2034-04-28',
  2035: '2035-04-17',
};

describe('lunar calendar', () => {
  it.each(Object.entries(TET))('Tết %s falls on %s', (year, date) => {
    expect(lunarNewYear(Number(year))).toBe(date);
  });

  it.each(Object.entries(HUNG_KINGS))('Hùng Kings day %s falls on %s', (year, date) => {
    expect(lunarToSolar(Number(year), 3, 10)).toBe(date);
  });

  it('differs from the Chinese calendar where the meridian matters', () => {
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(lunarNewYear(1985)).toBe('1985-01-21');
  });

  it('handles leap months (2023 has a leap 2nd month)', () => {
    expect(lunarToSolar(2023, 2, 1)).toBe('2023-02-20');
    expect(lunarToSolar(2023, 2, 1, true)).toBe('2023-03-22');
    expect(() => lunarToSolar(2024, 5, 1, true)).toThrow(RangeError);
  });

  it('places the mid-autumn festival (15/8)', () => {
    expect(lunarToSolar(2024, 8, 15)).toBe('2024-09-17');
    expect(lunarToSolar(2025, 8, 15)).toBe('2025-10-06');
  });
});
