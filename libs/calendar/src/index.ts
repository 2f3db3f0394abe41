export type { IsoDate } from './dates';
export {
  DEFAULT_ZONE,
  addCalendarDays,
  dayOfWeek,
  endOfLocalDay,
  isValidIsoDate,
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
