import { startReminders, type RemindersHarness, vietnamTime } from './reminders-harness';

// Clock instants in UTC; Asia/Ho_Chi_Minh is UTC+7, so 00:30Z is 07:30 local.
const at = (date: string, local = '07:30') => vietnamTime(date, local);

let h: RemindersHarness;
beforeAll(async () => {
  h = await startReminders({ now: at('2026-11-20', '10:00') });
});
afterAll(() => h.close());

// Reminder digests only: not the new-task notices nor the leaders' Monday summaries.
const digests = (email: string) => h.sink.received.filter((m) => m.to.includes(email) && !/Giao \d+ nhiệm vụ mới|Tổng hợp tuần/.test(m.subject));

async function sweepAndDeliver(now: string) {
  h.clock.set(now);
  const before = h.sink.received.length;
  const r = await h.sweep();
  // The leaders' weekly summaries too: one still in flight when the clock moves on would miss its morning.
  if (r.mails || r.summaries) {
    await h.waitFor(async () => h.sink.received.length >= before + r.mails + r.summaries && (await pendingCount()) === 0, `${r.mails + r.summaries} mails`);
  }
  return r;
}
const pendingCount = async () => Number((await h.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending')`))[0].n);

describe('the reminder plan over real SMTP', () => {
  let taskId: string;
  beforeAll(async () => {
    // Friday 4 December 2026: before-5 on Fri 27/11, before-2 on Wed 2/12, due on Fri 4/12, overdue from Mon 7/12.
    [taskId] = await h.publish([{ unit: 'GDDT', text: 'Rà soát cơ sở vật chất các trường học', deadline: '2026-12-04' }]);
  });

  it('sends nothing before the window opens, then the step once at 07:30 to the head and staff', async () => {
    expect((await sweepAndDeliver(at('2026-11-26', '08:00'))).mails).toBe(0);
    expect((await sweepAndDeliver(at('2026-11-27', '07:29'))).windowOpen).toBe(false);
    const r = await sweepAndDeliver(at('2026-11-27', '07:30'));
    expect(r.mails).toBe(2);
    const head = digests('truongphong.gddt@dondoc.local');
    expect(head).toHaveLength(1);
    expect(digests('chuyenvien.gddt@dondoc.local')).toHaveLength(1);
    const mail = head[0]!;
    expect(mail.subject).toBe('[Đôn đốc] 1 nhiệm vụ sắp đến hạn');
    expect(mail.text).toContain('Rà soát cơ sở vật chất các trường học');
    expect(mail.text).toContain('04/12/2026');
    expect(mail.text).toContain('Phòng Giáo dục và Đào tạo');
    expect(mail.text).toContain(`https://dondoc.example/tasks/${taskId}`);
    expect(mail.html).toContain(`href="https://dondoc.example/tasks/${taskId}"`);
    // Later sweeps the same day, and the next days until the next step, send nothing.
    expect((await sweepAndDeliver(at('2026-11-27', '09:00'))).mails).toBe(0);
    expect((await sweepAndDeliver(at('2026-11-30', '07:30'))).mails).toBe(0);
    expect(digests('truongphong.gddt@dondoc.local')).toHaveLength(1);
  });

  it('skips weekends: the due-day reminder of a Friday deadline, then the overdue notice on Monday', async () => {
    await sweepAndDeliver(at('2026-12-02', '07:30'));
    expect(digests('truongphong.gddt@dondoc.local')).toHaveLength(2);
    await sweepAndDeliver(at('2026-12-04', '07:31'));
    const head = digests('truongphong.gddt@dondoc.local');
    expect(head).toHaveLength(3);
    expect(head[2]!.subject).toBe('[Đôn đốc] 1 nhiệm vụ đến hạn hôm nay');
    expect((await sweepAndDeliver(at('2026-12-05', '07:30'))).windowOpen).toBe(false); // Saturday
    expect((await sweepAndDeliver(at('2026-12-06', '07:30'))).windowOpen).toBe(false);
    await sweepAndDeliver(at('2026-12-07', '07:30'));
    const monday = digests('truongphong.gddt@dondoc.local');
    expect(monday).toHaveLength(4);
    const overdue = monday[3]!;
    expect(overdue.subject).toBe('[Đôn đốc] 1 nhiệm vụ quá hạn');
    expect(overdue.text).toContain('quá hạn 1 ngày làm việc');
    expect(digests('vanphong@dondoc.local')).toHaveLength(1); // the clerk, once
    expect(digests('chuyenvien.gddt@dondoc.local')).toHaveLength(3); // staff: not the overdue notices
  });

  it('escalates to the leader at 3 working days overdue and tells the head it went up', async () => {
    await sweepAndDeliver(at('2026-12-09', '07:30'));
    const leader = digests('chutich@dondoc.local');
    expect(leader).toHaveLength(1);
    const escalation = leader[0]!;
    expect(escalation.subject).toBe('[Đôn đốc] Báo cáo lãnh đạo: 1 nhiệm vụ quá hạn');
    expect(escalation.text).toContain('quá hạn 3 ngày làm việc');
    const head = digests('truongphong.gddt@dondoc.local');
    expect(head.at(-1)!.text).toContain('đã được báo cáo lãnh đạo phụ trách');
  });

  it('records every step once, with its deadline version', async () => {
    const steps = await h.db.query(
      `SELECT track, step, deadline_version FROM reminder_steps WHERE task_id = $1 AND track <> 'event' ORDER BY created_at, track`,
      [taskId],
    );
    expect(steps.map((s: { track: string; step: string }) => `${s.track}:${s.step}`)).toEqual([
      'unit:before-5',
      'unit:before-2',
      'unit:due',
      'clerk:overdue-1',
      'unit:overdue-1',
      'leader:escalate-3',
      'unit:overdue-3',
    ]);
  });

  it('after downtime sends only the latest step of each track, once', async () => {
    // Nobody swept from 9/12 to 18/12: the unit is at overdue-9, the leader at escalate-8, the chairman's track is off (the leader is the chairman).
    const stepsNow = async () =>
      (await h.db.query(`SELECT track, step FROM reminder_steps WHERE task_id = $1 ORDER BY track, step`, [taskId])).map(
        (s: { track: string; step: string }) => `${s.track}:${s.step}`,
      ) as string[];
    const before = await stepsNow();
    const mailsBefore = digests('truongphong.gddt@dondoc.local').length;
    await sweepAndDeliver(at('2026-12-18', '10:00'));
    expect((await stepsNow()).filter((s) => !before.includes(s))).toEqual(['leader:escalate-8', 'unit:overdue-9']);
    expect(digests('truongphong.gddt@dondoc.local')).toHaveLength(mailsBefore + 1);
    expect(digests('truongphong.gddt@dondoc.local').at(-1)!.text).toContain('quá hạn 9 ngày làm việc');
  });
});
