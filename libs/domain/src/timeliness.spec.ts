import { daysOverdueOf, doneWithLateExtension, dueSoonSpanBefore, timelinessOf, type TimelinessInput } from './timeliness';

const ctx = { today: '2026-11-26', dueSoonUntil: '2026-12-01' };
const t = (over: Partial<TimelinessInput>): TimelinessInput => ({
  status: 'in_progress',
  deadline: '2026-12-20',
  submittedOn: null,
  ...over,
});

describe('timelinessOf', () => {
  it.each([
    ['open, deadline far ahead', t({}), 'on_track'],
    ['open, deadline on the due-soon boundary', t({ deadline: '2026-12-01' }), 'due_soon'],
    ['open, deadline the day after the boundary', t({ deadline: '2026-12-02' }), 'on_track'],
    ['open, due today', t({ deadline: '2026-11-26' }), 'due_soon'],
    ['open, deadline yesterday', t({ deadline: '2026-11-25' }), 'overdue'],
    ['assigned and overdue', t({ status: 'assigned', deadline: '2026-11-01' }), 'overdue'],
    ['open, no deadline', t({ deadline: null }), 'no_deadline'],
    ['submitted on time, deadline now passed', t({ status: 'submitted', deadline: '2026-11-20', submittedOn: '2026-11-20' }), 'on_track'],
    ['submitted late', t({ status: 'submitted', deadline: '2026-11-20', submittedOn: '2026-11-21' }), 'overdue'],
    ['submitted, deadline soon', t({ status: 'submitted', deadline: '2026-11-27', submittedOn: '2026-11-26' }), 'on_track'],
    ['submitted, no deadline', t({ status: 'submitted', deadline: null, submittedOn: '2026-11-26' }), 'no_deadline'],
    ['done on the deadline day', t({ status: 'done', deadline: '2026-11-20', submittedOn: '2026-11-20' }), 'done_on_time'],
    ['done a day late', t({ status: 'done', deadline: '2026-11-20', submittedOn: '2026-11-21' }), 'done_late'],
    ['done without deadline', t({ status: 'done', deadline: null, submittedOn: '2026-11-21' }), 'done_on_time'],
  ] as const)('%s → %s', (_name, input, expected) => {
    expect(timelinessOf(input, ctx)).toBe(expected);
  });

  it('puts cancelled tasks in no category', () => {
    expect(timelinessOf(t({ status: 'cancelled', deadline: '2020-01-01' }), ctx)).toBeNull();
  });
});

describe('daysOverdueOf', () => {
  // Monday to Friday, no holidays: enough to tell working days from calendar days.
  const weekdays = {
    workingDaysBetween(from: string, to: string): number {
      let n = 0;
      for (let d = new Date(`${from}T00:00:00Z`); d < new Date(`${to}T00:00:00Z`);) {
        d = new Date(d.getTime() + 86_400_000);
        if (d.getUTCDay() % 6 !== 0) n++;
      }
      return n;
    },
  };

  it('counts working days, not calendar days, from the deadline to today', () => {
    // Friday 20/11 to Thursday 26/11: six calendar days, four working days.
    expect(daysOverdueOf(t({ deadline: '2026-11-20' }), ctx.today, weekdays)).toBe(4);
  });

  it('stops the count of work submitted late on the day it was submitted', () => {
    expect(daysOverdueOf(t({ status: 'submitted', deadline: '2026-11-20', submittedOn: '2026-11-24' }), ctx.today, weekdays)).toBe(2);
  });

  it('is 0 for a task not past its deadline or without one', () => {
    expect(daysOverdueOf(t({ deadline: '2026-12-20' }), ctx.today, weekdays)).toBe(0);
    expect(daysOverdueOf(t({ deadline: null }), ctx.today, weekdays)).toBe(0);
  });
});

describe('doneWithLateExtension: "hoàn thành quá hạn có gia hạn"', () => {
  const done = t({ status: 'done', deadline: '2026-11-20', submittedOn: '2026-11-19' });
  it('is work done within an extension granted after the task was late: one of the tasks done on time', () => {
    expect(doneWithLateExtension({ ...done, extendedWhileOverdue: true }, ctx)).toBe(true);
    expect(timelinessOf(done, ctx)).toBe('done_on_time');
  });
  it('is not work extended in time, nor late even after the extension, nor not yet accepted', () => {
    expect(doneWithLateExtension({ ...done, extendedWhileOverdue: false }, ctx)).toBe(false);
    expect(doneWithLateExtension({ ...done, submittedOn: '2026-11-23', extendedWhileOverdue: true }, ctx)).toBe(false);
    expect(doneWithLateExtension({ ...done, status: 'submitted', extendedWhileOverdue: true }, ctx)).toBe(false);
  });
});

describe('dueSoonSpanBefore', () => {
  // The end of Tuesday 10/11/2026 in Hà Nội: the first instant of the 11th.
  const cut = new Date('2026-11-10T17:00:00Z');
  const change = (at: string, before: number | null) => ({ at: new Date(at), before });

  it('is the current span when nothing changed after the day', () => {
    expect(dueSoonSpanBefore([], 5, cut)).toBe(5);
    expect(dueSoonSpanBefore([change('2026-11-02T02:00:00Z', 3)], 5, cut)).toBe(5);
  });

  it('is the span the first later change replaced, whatever the order the changes come in', () => {
    const changes = [change('2026-12-01T02:00:00Z', 5), change('2026-11-20T02:00:00Z', 4), change('2026-11-03T02:00:00Z', 2)];
    expect(dueSoonSpanBefore(changes, 7, cut)).toBe(4);
    expect(dueSoonSpanBefore(changes, 7, new Date('2026-11-25T17:00:00Z'))).toBe(5);
    expect(dueSoonSpanBefore(changes, 7, new Date('2026-11-01T17:00:00Z'))).toBe(2);
  });

  it("counts a change made at the cut itself as a later one, as the tasks' history does", () => {
    expect(dueSoonSpanBefore([change('2026-11-10T17:00:00Z', 2)], 5, cut)).toBe(2);
    expect(dueSoonSpanBefore([change('2026-11-10T16:59:59.999Z', 2)], 5, cut)).toBe(5);
  });

  it('is the default when the later change replaced no saved span', () => {
    expect(dueSoonSpanBefore([change('2026-11-20T02:00:00Z', null)], 5, cut)).toBe(3);
  });
});
