import { DEFAULT_DUE_SOON_WORKING_DAYS } from './timeliness';
import type { IsoDate } from './vocabulary';

/**
 * The reminder policy of docs/domain.md "Reminders and escalation", as an admin may change it.
 * Counts are working days.
 */
export interface ReminderPolicy {
  /** Reminders before the deadline to the lead unit's head and staff, e.g. [5, 2]. */
  beforeDays: number[];
  /** A reminder on the morning of the due date. */
  dueDay: boolean;
  /** The first overdue notice (to the head and the clerk), this many working days after the deadline. */
  overdueAfter: number;
  /** Repeat the overdue notice to the unit's head every so many working days; 0: never. */
  overdueRepeatEvery: number;
  /** Tell the clerk who follows the task up at the first overdue notice. */
  notifyClerk: boolean;
  /** Escalate to the leader in charge at this many working days overdue; 0: never. */
  escalateAfter: number;
  /** Repeat the escalation every so many working days; 0: never. */
  escalateRepeatEvery: number;
  /** Also tell the committee's head (when the leader in charge is a deputy) at this many working days overdue; 0: never. */
  chairmanAfter: number;
  /** 'HH:mm' local time of the morning window, 'any' to send as soon as due, null to follow REMINDER_WINDOW. */
  sendWindow: string | null;
  /** 'HH:mm' local time the morning window closes: scheduled mail not sent by then waits for the next working morning; null: end of the day. */
  sendWindowEnd: string | null;
  /** The leaders' weekly summary on the first working day of the week, in the window. */
  weeklySummary: boolean;
  /** A task is due soon within this many working days of its deadline (lists, dashboard, mails). */
  dueSoonWorkingDays: number;
  /** The clerk who follows a task may accept or return its work on the leader's behalf (recorded as such). */
  clerkDecidesWork: boolean;
  /**
   * Urgent event mail (`URGENT_EVENT_KINDS`: work sent back, an extension refused) leaves at once,
   * whatever the hour; false: it waits for the morning window like every other mail.
   */
  urgentEventsAtOnce: boolean;
}

export const DEFAULT_REMINDER_POLICY: Readonly<ReminderPolicy> = Object.freeze({
  beforeDays: [5, 2],
  dueDay: true,
  overdueAfter: 1,
  overdueRepeatEvery: 2,
  notifyClerk: true,
  escalateAfter: 3,
  escalateRepeatEvery: 5,
  chairmanAfter: 10,
  sendWindow: null,
  sendWindowEnd: '11:30',
  weeklySummary: true,
  dueSoonWorkingDays: DEFAULT_DUE_SOON_WORKING_DAYS,
  clerkDecidesWork: false,
  urgentEventsAtOnce: true,
});

/**
 * Event mail the unit has to act on at once: its work came back, or its request for more time was
 * refused and the deadline stands. The policy may let it leave outside the morning window.
 */
export const URGENT_EVENT_KINDS: readonly string[] = ['work_returned', 'extension_rejected'];

/** When an event mail leaves: now, or held until `windowDay`'s window opens. */
export interface EventMailTiming {
  held: boolean;
  /**
   * The morning window a held mail waits for (should its delivery miss that window too, it waits for
   * the next); null for mail that leaves now.
   */
  windowDay: IsoDate | null;
}

/**
 * Event mail (a new task, work submitted or accepted or returned, an extension asked for or
 * decided) goes out in the morning window like the reminders: at once while the window is open,
 * otherwise held until the next one opens. Mail sent as soon as due (`any`) goes at once, and so
 * does urgent mail when the policy says so.
 */
export function eventMailTiming(
  kind: string,
  policy: Pick<ReminderPolicy, 'urgentEventsAtOnce'>,
  window: string,
  closesAt: string | null,
  now: { date: IsoDate; time: string; instant: Date },
  calendar: Pick<PlanCalendar, 'isWorkingDay'>,
): EventMailTiming {
  if (window === 'any' || (policy.urgentEventsAtOnce && URGENT_EVENT_KINDS.includes(kind))) return { held: false, windowDay: null };
  if (sendWindowState(window, now, calendar, 0, closesAt).open) return { held: false, windowDay: null };
  return { held: true, windowDay: nextWindowDay(window, now, calendar) };
}

/** The largest count a policy may use; it bounds how early the schedule has to look at a task. */
export const MAX_POLICY_DAYS = 30;

/** Whose reminders move together: each track moves on its own (docs/domain.md). */
export const REMINDER_TRACKS = ['unit', 'clerk', 'leader', 'chairman'] as const;
export type ReminderTrack = (typeof REMINDER_TRACKS)[number];

/** The calendar operations a plan needs (WorkingCalendar of libs/calendar has them). */
export interface PlanCalendar {
  isWorkingDay(date: IsoDate): boolean;
  addWorkingDays(date: IsoDate, days: number): IsoDate;
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
}

export type StepKind = 'before' | 'due' | 'overdue' | 'escalation';

export interface PlannedStep {
  track: ReminderTrack;
  /** Stable name of the step within its track and deadline, e.g. `before-5`, `due`, `overdue-3`, `escalate-8`. */
  step: string;
  kind: StepKind;
  /** The local date the step falls due. */
  dueOn: IsoDate;
  /** Working days past the deadline on `dueOn` (0 before and on the deadline). */
  daysOverdue: number;
}

/** Problems with a policy an admin sent, in Vietnamese; empty when it is valid. */
export function validatePolicy(policy: ReminderPolicy): string[] {
  const problems: string[] = [];
  const day = (name: string, value: number, min = 0) => {
    if (!Number.isInteger(value) || value < min || value > MAX_POLICY_DAYS) problems.push(`${name}: số ngày làm việc từ ${min} đến ${MAX_POLICY_DAYS}`);
  };
  if (!Array.isArray(policy.beforeDays) || policy.beforeDays.length > 5) problems.push('beforeDays: tối đa 5 mốc');
  else policy.beforeDays.forEach((d) => day('beforeDays', d, 1));
  if (new Set(policy.beforeDays).size !== policy.beforeDays.length) problems.push('beforeDays: các mốc không được trùng nhau');
  day('overdueAfter', policy.overdueAfter, 1);
  day('overdueRepeatEvery', policy.overdueRepeatEvery);
  day('escalateAfter', policy.escalateAfter);
  day('escalateRepeatEvery', policy.escalateRepeatEvery);
  day('chairmanAfter', policy.chairmanAfter);
  if (!Number.isInteger(policy.dueSoonWorkingDays) || policy.dueSoonWorkingDays < 1 || policy.dueSoonWorkingDays > 10) {
    problems.push('dueSoonWorkingDays: số ngày làm việc từ 1 đến 10');
  }
  if (policy.sendWindow !== null && policy.sendWindow !== 'any' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(policy.sendWindow)) {
    problems.push('sendWindow: giờ dạng HH:mm (ví dụ 07:30), "any" hoặc null');
  }
  if (policy.sendWindowEnd !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(policy.sendWindowEnd)) {
    problems.push('sendWindowEnd: giờ dạng HH:mm (ví dụ 11:30) hoặc null');
  } else if (
    policy.sendWindowEnd !== null &&
    policy.sendWindow !== null &&
    /^\d\d:\d\d$/.test(policy.sendWindow) &&
    policy.sendWindowEnd <= policy.sendWindow
  ) {
    problems.push('sendWindowEnd: giờ đóng phải sau giờ mở khung gửi thư');
  }
  return problems;
}

/**
 * Every step a track has for a deadline that falls due on or before `until`, oldest first.
 * Overdue repeats are unbounded, so they are listed only up to `until`.
 */
function stepsUntil(
  policy: ReminderPolicy,
  deadline: IsoDate,
  until: IsoDate,
  track: ReminderTrack,
  calendar: PlanCalendar,
  stopAfter?: IsoDate,
): PlannedStep[] {
  const out: PlannedStep[] = [];
  const overdueSteps = (first: number, every: number, name: string, kind: StepKind) => {
    if (first <= 0) return;
    let dueOn = calendar.addWorkingDays(deadline, first);
    for (let days = first; dueOn <= until; days += every) {
      out.push({ track, step: `${name}-${days}`, kind, dueOn, daysOverdue: days });
      // Looking for the next step only: the first one after `stopAfter` is enough.
      if (every <= 0 || (stopAfter !== undefined && dueOn > stopAfter)) break;
      dueOn = calendar.addWorkingDays(dueOn, every);
    }
  };
  switch (track) {
    case 'unit': {
      for (const days of [...policy.beforeDays].sort((a, b) => b - a)) {
        const dueOn = calendar.addWorkingDays(deadline, -days);
        if (dueOn <= until) out.push({ track, step: `before-${days}`, kind: 'before', dueOn, daysOverdue: 0 });
      }
      if (policy.dueDay && deadline <= until) out.push({ track, step: 'due', kind: 'due', dueOn: deadline, daysOverdue: 0 });
      overdueSteps(policy.overdueAfter, policy.overdueRepeatEvery, 'overdue', 'overdue');
      break;
    }
    case 'clerk':
      if (policy.notifyClerk) overdueSteps(policy.overdueAfter, 0, 'overdue', 'overdue');
      break;
    case 'leader':
      overdueSteps(policy.escalateAfter, policy.escalateRepeatEvery, 'escalate', 'escalation');
      break;
    case 'chairman':
      overdueSteps(policy.chairmanAfter, policy.escalateRepeatEvery, 'chairman', 'escalation');
      break;
  }
  return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.daysOverdue - b.daysOverdue));
}

/**
 * The step due now on each track: only the latest step whose day has come, never a burst of the
 * ones a downtime or a late entry skipped. Whether it was already sent is the outbox's business
 * (its key is task, track, step and deadline version).
 */
export function dueSteps(
  policy: ReminderPolicy,
  deadline: IsoDate,
  today: IsoDate,
  calendar: PlanCalendar,
  tracks: readonly ReminderTrack[] = REMINDER_TRACKS,
): PlannedStep[] {
  const due: PlannedStep[] = [];
  for (const track of tracks) {
    const latest = stepsUntil(policy, deadline, today, track, calendar).at(-1);
    if (latest) due.push(latest);
  }
  return due;
}

/** The first day after `today` on which any of the tracks has a step, or null when none will. */
export function nextStepDate(
  policy: ReminderPolicy,
  deadline: IsoDate,
  today: IsoDate,
  calendar: PlanCalendar,
  tracks: readonly ReminderTrack[] = REMINDER_TRACKS,
): IsoDate | null {
  // Far enough to hold the next step of any track: the longest gap a policy allows, in working days.
  // (calendar days: 2 × MAX_POLICY_DAYS working days never span more than 150 days, holidays included).
  const horizon = addDays(today > deadline ? today : deadline, 150);
  let next: IsoDate | null = null;
  for (const track of tracks) {
    for (const step of stepsUntil(policy, deadline, horizon, track, calendar, today)) {
      if (step.dueOn > today) {
        if (next === null || step.dueOn < next) next = step.dueOn;
        break;
      }
    }
  }
  return next;
}

/**
 * How long before the morning window opens its digests are planned: the sweep does its heavy work
 * then, so that the mail leaves the moment the window opens. A digest is checked again when it
 * goes out, so an hour of lead loses nothing that changes meanwhile.
 */
export const PREPARE_AHEAD_MINUTES = 60;

/** The send window in force: the policy's, else the deployment's (REMINDER_WINDOW); 'any' sends as soon as a step is due. */
export function effectiveSendWindow(policy: Pick<ReminderPolicy, 'sendWindow'>, configured: string | null): string {
  return policy.sendWindow ?? configured ?? 'any';
}

/**
 * When the window in force closes: the policy's closing time, unless the window opens at or after
 * it (a deployment's REMINDER_WINDOW may), in which case it stays open to the end of the day.
 */
export function effectiveWindowEnd(policy: Pick<ReminderPolicy, 'sendWindowEnd'>, window: string): string | null {
  if (window === 'any' || policy.sendWindowEnd === null) return null;
  return policy.sendWindowEnd > window ? policy.sendWindowEnd : null;
}

/** Whether scheduled mail may go out now, and the window it belongs to (part of each digest's key). */
export interface WindowState {
  open: boolean;
  /** The window opens within the lead time: its digests are planned now and held until it opens. */
  preparing: boolean;
  /** `2026-11-26` for a morning window; the instant itself when mail goes as soon as due. */
  windowId: string;
}

/**
 * The morning window: working days only, from `window` local time until `closesAt` (null: the end
 * of the day). A step missed while the system was down goes out at the next sweep in a window;
 * mail never arrives in the afternoon or at night. `any`: open whenever.
 */
export function sendWindowState(
  window: string,
  now: { date: IsoDate; time: string; instant: Date },
  calendar: Pick<PlanCalendar, 'isWorkingDay'>,
  prepareMinutes = PREPARE_AHEAD_MINUTES,
  closesAt: string | null = null,
): WindowState {
  if (window === 'any') return { open: true, preparing: false, windowId: now.instant.toISOString() };
  const working = calendar.isWorkingDay(now.date);
  const minutesToOpen = minutesOf(window) - minutesOf(now.time);
  const closed = closesAt !== null && minutesOf(now.time) >= minutesOf(closesAt);
  return { open: working && minutesToOpen <= 0 && !closed, preparing: working && minutesToOpen > 0 && minutesToOpen <= prepareMinutes, windowId: now.date };
}

/** The day the next morning window opens, as seen at `now`: today before it opens on a working day, else the next working day. */
export function nextWindowDay(window: string, now: { date: IsoDate; time: string }, calendar: Pick<PlanCalendar, 'isWorkingDay'>): IsoDate {
  if (calendar.isWorkingDay(now.date) && minutesOf(now.time) < minutesOf(window)) return now.date;
  let day = addDays(now.date, 1);
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

function addDays(date: IsoDate, days: number): IsoDate {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** Monday-based week of a date, as `YYYY-MM-DD` of its Monday: the key of a weekly summary. */
export function weekOf(date: IsoDate): IsoDate {
  const instant = new Date(`${date}T00:00:00Z`);
  const dow = (instant.getUTCDay() + 6) % 7;
  instant.setUTCDate(instant.getUTCDate() - dow);
  return instant.toISOString().slice(0, 10);
}

/** The weekly summary goes out on the week's first working day (Monday, unless it is a holiday). */
export function isSummaryDay(today: IsoDate, calendar: Pick<PlanCalendar, 'isWorkingDay'>): boolean {
  if (!calendar.isWorkingDay(today)) return false;
  const monday = weekOf(today);
  for (let day = monday; day < today; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) return false;
  return true;
}
