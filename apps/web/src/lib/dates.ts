/** Dates as people in Vietnam read them (dd/MM/yyyy), in the zone the deadlines are set in. */
export const APP_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** The format string for dayjs and antd pickers. */
export const DISPLAY_DATE_FORMAT = 'DD/MM/YYYY';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function zonedParts(instant: Date): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: APP_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/**
 * `2023-10-31` -> `31/10/2023`. A date-only value is a calendar day and is never shifted by a
 * time zone; a timestamp is shown as the day it is in Vietnam.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dateOnly) return `${dateOnly[3]}/${dateOnly[2]}/${dateOnly[1]}`;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const parts = zonedParts(instant);
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** A timestamp as `HH:mm dd/MM/yyyy` in Vietnam time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const parts = zonedParts(instant);
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/** `31/10/2023` (or `31/10/23`, `1/2/2024`) -> `2023-10-31`; null when it is not a real day. */
export function parseDisplayDate(value: string): string | null {
  const [, day, month, yearText] = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\s*$/.exec(value) ?? [];
  if (day === undefined || month === undefined || yearText === undefined) return null;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const iso = `${String(year).padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Today's calendar day in Vietnam as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const parts = zonedParts(now);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Why a new deadline (asked for or granted) cannot be: in the past, or not after the current
 * deadline. The API holds the same rule; saying it here lets the person correct the field.
 */
export function newDeadlineProblem(date: string, deadline: string | null, today: string): string | null {
  if (date < today) return 'Hạn mới không thể ở trong quá khứ.';
  if (deadline !== null && date <= deadline) return `Hạn mới phải sau hạn hiện tại (${formatDate(deadline)}).`;
  return null;
}

/** A form rule for a new deadline picked as a dayjs day, with the reason it cannot be. */
export function newDeadlineRule(deadline: string | null) {
  return {
    validator: (_: unknown, day?: { format(template: string): string } | null) => {
      const problem = day ? newDeadlineProblem(day.format('YYYY-MM-DD'), deadline, todayIso()) : null;
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}
