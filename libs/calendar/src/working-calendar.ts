import { addCalendarDays, dayOfWeek, fromDayNumber, IsoDate, isoDate, isWeekend, parseIsoDate, toDayNumber } from './dates';
import { lunarNewYear, lunarToSolar } from './lunar';

export interface CalendarOverrides {
  /** Days off on weekdays: the government's announced ones, and an admin's (local holidays). */
  daysOff: { date: IsoDate; name: string }[];
  /** Days that are working days whatever the rules say, e.g. a Saturday swapped for a bridge day. */
  workingDays: IsoDate[];
  /**
   * Years whose announced calendar is known: their days off are the ones listed, and the rule
   * (statutory days, a compensatory day for each that falls on a weekend) is not applied to them.
   */
  officialYears?: number[];
}

export interface Holiday {
  date: IsoDate;
  name: string;
}

const TET = 'Tết Nguyên Đán';
const NEW_YEAR = 'Tết Dương lịch';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương';
const REUNIFICATION = 'Ngày Giải phóng miền Nam';
const LABOUR = 'Quốc tế Lao động';
const NATIONAL = 'Quốc khánh';

/**
 * The day that goes with 2 September (Labour Code 2019 art. 112 leaves the choice of 1 or 3
 * September to the Prime Minister). The rule picks the neighbour that joins the holiday to a
 * weekend, as the announcements of 2021-2025 did: 3/9 when 2/9 is a Monday, Thursday or Sunday,
 * 1/9 otherwise. A year the government decides differently is corrected through overrides.
 */
export function nationalDayCompanion(year: number): IsoDate {
  const dow = dayOfWeek(isoDate(year, 9, 2));
  return dow === 1 || dow === 4 || dow === 0 ? isoDate(year, 9, 3) : isoDate(year, 9, 1);
}

/** Labour Code 2019 art. 112 holidays of a year, before compensatory days. */
export function statutoryHolidays(year: number): Holiday[] {
  const tet = lunarNewYear(year);
  const days: Holiday[] = [{ date: isoDate(year, 1, 1), name: NEW_YEAR }];
  // The usual practice: the last day of the old lunar year and the first four of the new one.
  for (let offset = -1; offset <= 3; offset++) days.push({ date: addCalendarDays(tet, offset), name: TET });
  days.push({ date: lunarToSolar(year, 3, 10), name: HUNG_KINGS });
  days.push({ date: isoDate(year, 4, 30), name: REUNIFICATION });
  days.push({ date: isoDate(year, 5, 1), name: LABOUR });
  days.push({ date: isoDate(year, 9, 2), name: NATIONAL });
  days.push({ date: nationalDayCompanion(year), name: NATIONAL });
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Statutory holidays plus the compensatory day each weekend holiday gives on the next day that
 * is neither a weekend nor another holiday (1 May 2021, a Saturday, gave 3 May).
 */
function ruleHolidays(year: number): Map<IsoDate, string> {
  const days = new Map<IsoDate, string>();
  const statutory = statutoryHolidays(year);
  for (const holiday of statutory) if (!days.has(holiday.date)) days.set(holiday.date, holiday.name);
  for (const holiday of statutory) {
    if (!isWeekend(holiday.date)) continue;
    let day = addCalendarDays(holiday.date, 1);
    while (isWeekend(day) || days.has(day)) day = addCalendarDays(day, 1);
    days.set(day, `Nghỉ bù ${holiday.name}`);
  }
  return days;
}

/** Working days in Vietnam: Monday to Friday except public holidays, corrected by an admin's overrides. */
export class WorkingCalendar {
  private readonly extraDaysOff = new Map<IsoDate, string>();
  private readonly extraWorkingDays: Set<IsoDate>;
  private readonly byYear = new Map<number, Map<IsoDate, string>>();
  private readonly officialYears: Set<number>;

  constructor(overrides?: CalendarOverrides) {
    this.officialYears = new Set(overrides?.officialYears ?? []);
    for (const day of overrides?.daysOff ?? []) {
      parseIsoDate(day.date);
      this.extraDaysOff.set(day.date, day.name);
    }
    for (const day of overrides?.workingDays ?? []) parseIsoDate(day);
    this.extraWorkingDays = new Set(overrides?.workingDays ?? []);
  }

  private yearDays(year: number): Map<IsoDate, string> {
    let days = this.byYear.get(year);
    if (!days) {
      days = this.officialYears.has(year) ? new Map() : ruleHolidays(year);
      for (const [date, name] of this.extraDaysOff) if (parseIsoDate(date).year === year) days.set(date, name);
      this.byYear.set(year, days);
    }
    return days;
  }

  holidayName(date: IsoDate): string | null {
    if (this.extraWorkingDays.has(date)) return null;
    return this.yearDays(parseIsoDate(date).year).get(date) ?? null;
  }

  isWorkingDay(date: IsoDate): boolean {
    if (this.extraWorkingDays.has(date)) return true;
    return !isWeekend(date) && this.holidayName(date) === null;
  }

  holidays(year: number): Holiday[] {
    return [...this.yearDays(year)]
      .filter(([date]) => !this.extraWorkingDays.has(date))
      .map(([date, name]) => ({ date, name }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  addWorkingDays(date: IsoDate, days: number): IsoDate {
    if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
    const step = days < 0 ? -1 : 1;
    let day = toDayNumber(date);
    for (let left = Math.abs(days); left > 0;) {
      day += step;
      if (this.isWorkingDay(fromDayNumber(day))) left--;
    }
    return fromDayNumber(day);
  }

  nextWorkingDay(date: IsoDate): IsoDate {
    return this.addWorkingDays(date, 1);
  }

  /**
   * The day a period that ends on `date` really ends: that day, or when it is a weekend or a day
   * off, the next working day (Bộ luật Dân sự 2015, Điều 148).
   */
  dateInForce(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** Whether the year's days off are the government's announced ones rather than the rule's. */
  isOfficial(year: number): boolean {
    return this.officialYears.has(year);
  }

  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const fromDay = toDayNumber(from);
    const toDay = toDayNumber(to);
    if (fromDay === toDay) return 0;
    const [low, high, sign] = fromDay < toDay ? [fromDay, toDay, 1] : [toDay, fromDay, -1];
    let count = 0;
    for (let day = low + 1; day <= high; day++) if (this.isWorkingDay(fromDayNumber(day))) count++;
    return sign * count;
  }
}
