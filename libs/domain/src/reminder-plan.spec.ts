import { WorkingCalendar } from '@dondoc/calendar';
import {
  DEFAULT_REMINDER_POLICY,
  dueSteps,
  eventMailTiming,
  isSummaryDay,
  nextStepDate,
  nextWindowDay,
  PREPARE_AHEAD_MINUTES,
  sendWindowState,
  validatePolicy,
  weekOf,
  type ReminderPolicy,
} from './reminder-plan';

const cal = new WorkingCalendar();
const policy: ReminderPolicy = { ...DEFAULT_REMINDER_POLICY, beforeDays: [...DEFAULT_REMINDER_POLICY.beforeDays] };
// Friday 4 December 2026.
const DEADLINE = '2026-12-04';
const steps = (today: string) => Object.fromEntries(dueSteps(policy, DEADLINE, today, cal).map((s) => [s.track, s.step]));

describe('dueSteps: the default policy of docs/domain.md', () => {
  it.each([
    ['2026-11-26', {}],
    ['2026-11-27', { unit: 'before-5' }], // 5 working days before (Fri)
    ['2026-11-30', { unit: 'before-5' }], // still the latest: the outbox key stops a second send
    ['2026-12-02', { unit: 'before-2' }],
    ['2026-12-04', { unit: 'due' }],
    ['2026-12-05', { unit: 'due' }], // Saturday
    ['2026-12-07', { unit: 'overdue-1', clerk: 'overdue-1' }], // first working day after
    ['2026-12-09', { unit: 'overdue-3', clerk: 'overdue-1', leader: 'escalate-3' }],
    ['2026-12-11', { unit: 'overdue-5', clerk: 'overdue-1', leader: 'escalate-3' }],
    ['2026-12-16', { unit: 'overdue-7', clerk: 'overdue-1', leader: 'escalate-8' }],
    ['2026-12-18', { unit: 'overdue-9', clerk: 'overdue-1', leader: 'escalate-8', chairman: 'chairman-10' }],
  ])('on %s', (today, expected) => {
    expect(steps(today)).toEqual(expected);
  });

  it('after a long downtime sends only the latest step of each track, never a burst', () => {
    const due = dueSteps(policy, DEADLINE, '2027-01-15', cal);
    expect(due).toHaveLength(4);
    expect(new Set(due.map((s) => s.track)).size).toBe(4);
    for (const s of due) expect(s.dueOn <= '2027-01-15').toBe(true);
  });

  it('a task entered two days before its deadline gets before-2 at once, not before-5 as well', () => {
    expect(dueSteps(policy, DEADLINE, '2026-12-02', cal).map((s) => s.step)).toEqual(['before-2']);
  });

  it('counts working days around holidays: before 2/9 skips the national day and its companion', () => {
    // 1 and 2 September 2026 are off; the deadline is Thursday 3 September.
    const [s] = dueSteps(policy, '2026-09-03', '2026-08-28', cal, ['unit']);
    expect(s).toMatchObject({ step: 'before-2', dueOn: '2026-08-28' });
    expect(dueSteps(policy, '2026-09-03', '2026-08-27', cal, ['unit'])[0]?.step).toBe('before-5');
  });

  it('every step falls on a working day except the due day itself', () => {
    for (const track of ['unit', 'clerk', 'leader', 'chairman'] as const) {
      for (let d = '2027-01-20'; d < '2027-03-31'; d = next(d)) {
        for (const s of dueSteps(policy, '2027-02-10', d, cal, [track])) {
          if (s.kind !== 'due') expect(cal.isWorkingDay(s.dueOn)).toBe(true);
        }
      }
    }
  });

  it('gives days overdue in working days', () => {
    const [s] = dueSteps(policy, DEADLINE, '2026-12-16', cal, ['leader']);
    expect(s).toMatchObject({ step: 'escalate-8', daysOverdue: 8, dueOn: '2026-12-16', kind: 'escalation' });
  });

  it('follows a changed policy: no repeats, no clerk, no chairman', () => {
    const p = { ...policy, overdueRepeatEvery: 0, notifyClerk: false, chairmanAfter: 0, escalateRepeatEvery: 0 };
    expect(dueSteps(p, DEADLINE, '2027-01-15', cal).map((s) => s.step)).toEqual(['overdue-1', 'escalate-3']);
  });
});

describe('nextStepDate', () => {
  it('is the next day any track has a step', () => {
    expect(nextStepDate(policy, DEADLINE, '2026-11-01', cal)).toBe('2026-11-27');
    expect(nextStepDate(policy, DEADLINE, '2026-11-27', cal)).toBe('2026-12-02');
    expect(nextStepDate(policy, DEADLINE, '2026-12-02', cal)).toBe('2026-12-04');
    expect(nextStepDate(policy, DEADLINE, '2026-12-04', cal)).toBe('2026-12-07');
    expect(nextStepDate(policy, DEADLINE, '2026-12-09', cal)).toBe('2026-12-11');
  });

  it('is null when nothing more will come', () => {
    const p = { ...policy, overdueRepeatEvery: 0, escalateRepeatEvery: 0, chairmanAfter: 0 };
    expect(nextStepDate(p, DEADLINE, '2026-12-09', cal)).toBeNull();
  });

  it('agrees with dueSteps: on the day it names, a new step is due', () => {
    let today = '2026-11-01';
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const n = nextStepDate(policy, DEADLINE, today, cal)!;
      const due = dueSteps(policy, DEADLINE, n, cal).filter((s) => s.dueOn === n);
      expect(due.length).toBeGreaterThan(0);
      seen.push(...due.map((s) => `${s.track}:${s.step}`));
      today = n;
    }
    expect(seen.slice(0, 5)).toEqual(['unit:before-5', 'unit:before-2', 'unit:due', 'unit:overdue-1', 'clerk:overdue-1']);
  });
});

describe('send window', () => {
  const at = (date: string, time: string) => ({ date, time, instant: new Date(`${date}T00:00:00Z`) });
  it('opens at 07:30 on working days only', () => {
    expect(sendWindowState('07:30', at('2026-11-26', '07:29'), cal).open).toBe(false);
    expect(sendWindowState('07:30', at('2026-11-26', '07:30'), cal)).toEqual({ open: true, preparing: false, windowId: '2026-11-26' });
    expect(sendWindowState('07:30', at('2026-11-28', '09:00'), cal).open).toBe(false); // Saturday
    expect(sendWindowState('07:30', at('2026-09-02', '09:00'), cal).open).toBe(false); // national day
  });
  it('prepares within the lead time before it opens, on working days only', () => {
    expect(sendWindowState('07:30', at('2026-11-26', '06:29'), cal)).toEqual({ open: false, preparing: false, windowId: '2026-11-26' });
    expect(sendWindowState('07:30', at('2026-11-26', '06:30'), cal)).toEqual({ open: false, preparing: true, windowId: '2026-11-26' });
    expect(sendWindowState('07:30', at('2026-11-26', '07:29'), cal).preparing).toBe(true);
    expect(sendWindowState('07:30', at('2026-11-26', '07:30'), cal).preparing).toBe(false);
    expect(sendWindowState('07:30', at('2026-11-28', '07:00'), cal).preparing).toBe(false); // Saturday
    expect(sendWindowState('07:30', at('2026-11-26', '07:00'), cal, 15).preparing).toBe(false);
  });
  it('"any" is always open', () => {
    expect(sendWindowState('any', at('2026-11-28', '00:01'), cal).open).toBe(true);
  });
});

describe('weekly summary day', () => {
  it('is Monday, or the first working day after a Monday holiday', () => {
    expect(weekOf('2026-12-09')).toBe('2026-12-07');
    expect(isSummaryDay('2026-12-07', cal)).toBe(true);
    expect(isSummaryDay('2026-12-08', cal)).toBe(false);
    // Monday 31 August 2026 is a working day; 1-2 September are off.
    expect(isSummaryDay('2026-08-31', cal)).toBe(true);
    // 2027-02-08 (Monday) is in Tết; the week's first working day is later.
    const firstWorking = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].find((d) => cal.isWorkingDay(d))!;
    expect(isSummaryDay(firstWorking, cal)).toBe(true);
  });
});

describe('validatePolicy', () => {
  it('accepts the default and names what is wrong', () => {
    expect(validatePolicy(policy)).toEqual([]);
    expect(validatePolicy({ ...policy, beforeDays: [0, 2], sendWindow: '7h' })).toHaveLength(2);
  });
});

function next(d: string): string {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + 1);
  return x.toISOString().slice(0, 10);
}

describe('the morning window closes', () => {
  const at = (date: string, time: string) => ({ date, time, instant: new Date(`${date}T00:00:00Z`) });
  it('at its closing time: what missed it waits for the next working morning', () => {
    expect(sendWindowState('07:30', at('2026-11-26', '11:29'), cal, PREPARE_AHEAD_MINUTES, '11:30').open).toBe(true);
    expect(sendWindowState('07:30', at('2026-11-26', '11:30'), cal, PREPARE_AHEAD_MINUTES, '11:30').open).toBe(false);
    expect(sendWindowState('07:30', at('2026-11-26', '20:00'), cal, PREPARE_AHEAD_MINUTES, null).open).toBe(true);
    // Thursday afternoon: Friday morning. Friday afternoon: Monday. Before opening on a working day: that day.
    expect(nextWindowDay('07:30', at('2026-11-26', '11:45'), cal)).toBe('2026-11-27');
    expect(nextWindowDay('07:30', at('2026-11-27', '11:45'), cal)).toBe('2026-11-30');
    expect(nextWindowDay('07:30', at('2026-11-30', '06:00'), cal)).toBe('2026-11-30');
  });
  it('is checked in the policy: a time after the opening one', () => {
    expect(validatePolicy({ ...policy, sendWindow: '07:30', sendWindowEnd: '07:00' })).toEqual(['sendWindowEnd: giờ đóng phải sau giờ mở khung gửi thư']);
    expect(validatePolicy({ ...policy, sendWindowEnd: '25:00' })).toEqual(['sendWindowEnd: giờ dạng HH:mm (ví dụ 11:30) hoặc null']);
    expect(validatePolicy({ ...policy, sendWindowEnd: null })).toEqual([]);
  });
});

describe('eventMailTiming: event mail in the morning window', () => {
  // Monday 23/11/2026; the window opens at 07:30 and closes at 11:30.
  const now = (time: string, date = '2026-11-23') => ({ date, time, instant: new Date(`${date}T00:00:00Z`) });
  const timing = (kind: string, time: string, urgentEventsAtOnce = true, date?: string) =>
    eventMailTiming(kind, { urgentEventsAtOnce }, '07:30', '11:30', now(time, date), cal);

  it('goes at once while the window is open', () => {
    expect(timing('work_submitted', '09:00')).toEqual({ held: false, windowDay: null });
  });

  it('waits for the next working morning after the window closed, for this morning before it opens', () => {
    expect(timing('work_submitted', '15:00')).toEqual({ held: true, windowDay: '2026-11-24' });
    expect(timing('extension_requested', '06:00')).toEqual({ held: true, windowDay: '2026-11-23' });
    // Friday afternoon: Monday.
    expect(timing('task_published', '15:00', true, '2026-11-27')).toEqual({ held: true, windowDay: '2026-11-30' });
  });

  it('sends urgent mail (work given back, an extension refused) at once when the policy says so, else in the window', () => {
    expect(timing('work_returned', '15:00')).toEqual({ held: false, windowDay: null });
    expect(timing('extension_rejected', '20:00')).toEqual({ held: false, windowDay: null });
    expect(timing('work_returned', '15:00', false)).toEqual({ held: true, windowDay: '2026-11-24' });
    expect(timing('extension_approved', '15:00')).toEqual({ held: true, windowDay: '2026-11-24' });
  });

  it('goes at once whenever mail is sent as soon as due', () => {
    expect(eventMailTiming('work_submitted', { urgentEventsAtOnce: false }, 'any', null, now('23:00'), cal)).toEqual({ held: false, windowDay: null });
  });
});
