export type { IsoDate } from './dates';
export {
  DEFAULT_ZONE,
  addCalendarDays,
  dayOfWeek,
  daysInMonth,
  endOfLocalDay,
  isValidIsoDate,
  isoDate,
  isWeekend,
  lastDayOfMonth,
  lastDayOfQuarter,
  localDate,
  localTime,
  localDateTime,
  parseIsoDate,
} from './dates';
export { lunarNewYear, lunarToSolar } from './lunar';
export type { CalendarOverrides, Holiday } from './working-calendar';
export { WorkingCalendar, nationalDayCompanion, statutoryHolidays } from './working-calendar';
export type { OfficialSource, OfficialYear } from './official';
export { OFFICIAL_YEARS, officialOverrides } from './official';
export type { CalendarTable, TableDay } from './calendar-table';
export { parseCalendarTable } from './calendar-table';
