import { Queues } from '@dondoc/queue';
import { RuntimeService, startReminders, type RemindersHarness, vietnamTime } from './reminders-harness';

/*
 * What changes between the sweep and the send, or between two sweeps: a task finished after its
 * digest was planned, and an admin's change to the working calendar.
 */

const at = (date: string, local = '07:30') => vietnamTime(date, local);
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const settled = (h: RemindersHarness) =>
  h.waitFor(
    async () => Number((await h.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending') AND send_after IS NULL`))[0].n) === 0,
    'the outbox to drain',
  );
jest.setTimeout(60_000);

describe('a digest is checked again when it is sent', () => {
  let h: RemindersHarness;
  beforeAll(async () => {
    h = await startReminders({ now: at('2026-11-20', '10:00') });
  });
  afterAll(() => h.close());

  it('leaves out a task finished after the sweep, and does not send a digest left empty', async () => {
    const [finished, open, cancelled] = await h.publish([
      { unit: 'NV', text: 'Rà soát biên chế năm 2027', deadline: '2026-12-04' },
      { unit: 'NV', text: 'Báo cáo cải cách hành chính', deadline: '2026-12-04' },
      { unit: 'TCKH', text: 'Lập dự toán ngân sách bổ sung', deadline: '2026-12-04' },
    ]);
    await settled(h);
    // Plan now, send later: the worker that sweeps stops consuming, so the digests wait in the queue.
    await h.worker().get(RuntimeService).crash();
    h.clock.set(at('2026-11-27'));
    expect((await h.sweep()).steps).toBeGreaterThanOrEqual(3);
    const { noivu, leader } = await h.api.loginAll({ noivu: 'truongphong.noivu@dondoc.local', leader: 'chutich@dondoc.local' });
    await h.api.http().post(`/api/tasks/${finished}/updates`).set(auth(noivu)).send({ status: 'submitted', note: 'Đã nộp kết quả' }).expect(201);
    await h.api.http().post(`/api/tasks/${cancelled}/cancel`).set(auth(leader)).send({ reason: 'Đã giao trong văn bản khác' }).expect(200);

    await h.startWorker({ name: 'sender' });
    await settled(h);
    const digests: { recipient_email: string; status: string; items: { taskId: string }[] }[] = await h.db.query(
      `SELECT recipient_email, status, items FROM notifications WHERE kind = 'digest' ORDER BY recipient_email`,
    );
    const row = (email: string) => digests.find((d) => d.recipient_email === email)!;

    // The head of Nội vụ hears of the open task only.
    const toNoivu = h.sink.received.filter((m) => m.to.includes('truongphong.noivu@dondoc.local') && /sắp đến hạn/.test(m.subject));
    expect(toNoivu).toHaveLength(1);
    const mail = toNoivu[0]!;
    expect(mail.subject).toBe('[Đôn đốc] 1 nhiệm vụ sắp đến hạn');
    expect(mail.text).toContain('Báo cáo cải cách hành chính');
    expect(mail.text).not.toContain('Rà soát biên chế năm 2027');
    expect(row('truongphong.noivu@dondoc.local')).toMatchObject({ status: 'sent', items: [expect.objectContaining({ taskId: open })] });
    // Tài chính - Kế hoạch's only task was cancelled: its digest is not sent at all.
    expect(row('truongphong.tckh@dondoc.local').status).toBe('skipped');
    expect(h.sink.received.filter((m) => m.to.includes('truongphong.tckh@dondoc.local') && /hạn/.test(m.subject))).toHaveLength(0);

    // Each task's ledger tells the truth: chased for the open one, not for the other two.
    const ledger = async (id: string) =>
      (await h.api.http().get(`/api/tasks/${id}`).set(auth(leader)).expect(200)).body.notifications.filter((n: { kind: string }) => n.kind === 'digest') as {
        status: string;
        sentAt: string | null;
        recipientEmail: string;
      }[];
    expect((await ledger(open)).find((n) => n.recipientEmail === 'truongphong.noivu@dondoc.local')).toMatchObject({
      status: 'sent',
      sentAt: expect.any(String),
    });
    for (const id of [finished, cancelled]) {
      const entries = await ledger(id);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((n) => n.status === 'skipped' && n.sentAt === null)).toBe(true);
    }
  });
});

describe('digests planned before the window opens', () => {
  let h: RemindersHarness;
  beforeAll(async () => {
    h = await startReminders({ now: at('2026-11-20', '10:00') });
  });
  afterAll(() => h.close());

  const held = () =>
    h.db.query(
      `SELECT recipient_email, status, send_after, jsonb_array_length(items) AS items FROM notifications WHERE kind = 'digest' ORDER BY recipient_email`,
    ) as Promise<{ recipient_email: string; status: string; send_after: Date | null; items: number }[]>;
  const remindersTo = (email: string) => h.sink.received.filter((m) => m.to.includes(email) && /hạn/.test(m.subject));

  it('are held until 07:30, take in what comes due meanwhile, and leave once as the window opens', async () => {
    // Due Friday 4/12: before-5 falls on Friday 27/11.
    const [first, , cancelled] = await h.publish([
      { unit: 'NV', text: 'Rà soát biên chế năm 2027', deadline: '2026-12-04' },
      { unit: 'NV', text: 'Báo cáo cải cách hành chính', deadline: '2026-12-04' },
      { unit: 'TCKH', text: 'Lập dự toán ngân sách bổ sung', deadline: '2026-12-04' },
    ]);
    await settled(h);

    // An hour before the window: planned and held, with no delivery job.
    h.clock.set(at('2026-11-27', '06:45'));
    const early = await h.sweep();
    expect(early).toMatchObject({ windowOpen: false, mails: 0 });
    expect((await held()).map((d) => d.recipient_email)).toEqual(['truongphong.noivu@dondoc.local', 'truongphong.tckh@dondoc.local']);
    expect(early.held).toBe(2);
    const opening = new Date(at('2026-11-27', '07:30'));
    expect((await held()).every((d) => d.status === 'pending' && d.send_after?.getTime() === opening.getTime())).toBe(true);
    const worker = h.worker();
    expect(await worker.get(Queues).mail.getJobCountByTypes('waiting', 'delayed', 'active', 'prioritized')).toBe(0);
    // Admins see when a held mail will go.
    const admin = await h.api.login('admin@dondoc.local');
    const outbox = (await h.api.http().get('/api/notifications').query({ status: 'pending' }).set(auth(admin)).expect(200)).body.items as {
      kind: string;
      sendAfter: string | null;
    }[];
    expect(outbox.filter((n) => n.kind === 'digest').map((n) => n.sendAfter)).toEqual([opening.toISOString(), opening.toISOString()]);
    // Held rows are not taken for lost jobs, however long they wait (a quarter of an hour here).
    h.clock.set(at('2026-11-27', '07:00'));
    expect(await h.sweep()).toMatchObject({ mails: 0, recovered: 0 });

    // Meanwhile: a task whose step comes due today joins the held digest; another is cancelled.
    const leader = await h.api.login('chutich@dondoc.local');
    await h.api.http().post(`/api/tasks/${cancelled}/cancel`).set(auth(leader)).send({ reason: 'Đã giao trong văn bản khác' }).expect(200);
    h.clock.set(at('2026-11-27', '07:10'));
    // Due Tuesday 1/12: before-2 falls on Friday 27/11 too.
    const [late] = await h.publish([{ unit: 'NV', text: 'Kiện toàn tổ công tác chuyển đổi số', deadline: '2026-12-01' }]);
    await settled(h);
    h.clock.set(at('2026-11-27', '07:15'));
    const joined = await h.sweep();
    expect(joined).toMatchObject({ mails: 0, held: 0, deferred: 0 });
    expect(joined.steps).toBeGreaterThanOrEqual(1);
    expect(h.sink.received.filter((m) => /hạn/.test(m.subject))).toHaveLength(0);
    expect((await held()).find((d) => d.recipient_email === 'truongphong.noivu@dondoc.local')).toMatchObject({ status: 'pending', items: 3 });

    // 07:30: every held digest is queued, and each goes once; so does the new-task mail of 07:10, held for the window.
    h.clock.set(at('2026-11-27', '07:30'));
    const opened = await h.sweep();
    expect(opened.mails).toBe(early.held + 1);
    await settled(h);
    const toNoivu = remindersTo('truongphong.noivu@dondoc.local');
    expect(toNoivu).toHaveLength(1);
    const mail = toNoivu[0]!;
    expect(mail.subject).toBe('[Đôn đốc] 3 nhiệm vụ sắp đến hạn');
    for (const text of ['Rà soát biên chế năm 2027', 'Báo cáo cải cách hành chính', 'Kiện toàn tổ công tác chuyển đổi số']) expect(mail.text).toContain(text);
    expect(remindersTo('truongphong.tckh@dondoc.local')).toHaveLength(0);
    expect((await held()).find((d) => d.recipient_email === 'truongphong.tckh@dondoc.local')?.status).toBe('skipped');
    expect((await held()).every((d) => d.send_after === null)).toBe(true);

    // Later sweeps that day add nothing; the ledger of each open task shows the mail sent.
    h.clock.set(at('2026-11-27', '09:00'));
    expect(await h.sweep()).toMatchObject({ mails: 0, held: 0 });
    expect(remindersTo('truongphong.noivu@dondoc.local')).toHaveLength(1);
    for (const id of [first, late]) {
      const ledger = (await h.api.http().get(`/api/tasks/${id}`).set(auth(leader)).expect(200)).body.notifications as {
        kind: string;
        status: string;
        recipientEmail: string;
      }[];
      expect(ledger.find((n) => n.kind === 'digest' && n.recipientEmail === 'truongphong.noivu@dondoc.local')).toMatchObject({ status: 'sent' });
    }
  });
  it('an admin who resends a held digest sends it at once, and the window does not send it again', async () => {
    // Wednesday 2/12: before-2 of the tasks due on 4/12, overdue-1 of the one due on 1/12.
    h.clock.set(at('2026-12-02', '07:00'));
    expect((await h.sweep()).held).toBeGreaterThanOrEqual(1);
    const [row] = await h.db.query(`SELECT id FROM notifications WHERE key = 'digest|2026-12-02|truongphong.noivu@dondoc.local' AND send_after IS NOT NULL`);
    const admin = await h.api.login('admin@dondoc.local');
    const before = remindersTo('truongphong.noivu@dondoc.local').length;
    await h.api.http().post(`/api/notifications/${row.id}/resend`).set(auth(admin)).expect(202);
    await settled(h);
    expect(remindersTo('truongphong.noivu@dondoc.local')).toHaveLength(before + 1);
    h.clock.set(at('2026-12-02', '07:30'));
    await h.sweep();
    await settled(h);
    expect(remindersTo('truongphong.noivu@dondoc.local')).toHaveLength(before + 1);
    const [{ status }] = await h.db.query('SELECT status FROM notifications WHERE id = $1', [row.id]);
    expect(status).toBe('sent');
  });
});

describe('a change to the working calendar', () => {
  let h: RemindersHarness;
  beforeAll(async () => {
    h = await startReminders({ now: at('2026-11-20', '10:00') });
  });
  afterAll(() => h.close());

  it('moves the next reminder at once: a new day off before the deadline brings it forward', async () => {
    // Friday 11/12: five working days before it is Friday 4/12.
    const [taskId] = await h.publish([{ unit: 'GDDT', text: 'Tổng hợp kết quả kiểm định chất lượng', deadline: '2026-12-11' }]);
    await settled(h);
    h.clock.set(at('2026-12-01'));
    expect((await h.sweep()).steps).toBe(0);
    const [{ next_on: planned }] = await h.db.query(`SELECT to_char(next_on, 'YYYY-MM-DD') AS next_on FROM reminder_schedule WHERE task_id = $1`, [taskId]);
    expect(planned).toBe('2026-12-04');

    // Tuesday 8/12 becomes a day off: five working days before 11/12 is now Thursday 3/12.
    const admin = await h.api.login('admin@dondoc.local');
    await h.api.http().post('/api/calendar/days').set(auth(admin)).send({ date: '2026-12-08', kind: 'day_off', name: 'Nghỉ bù' }).expect(201);
    h.clock.set(at('2026-12-03'));
    const r = await h.sweep();
    expect(r.steps).toBeGreaterThanOrEqual(1);
    await settled(h);
    const mails = h.sink.received.filter((m) => m.to.includes('truongphong.gddt@dondoc.local') && /sắp đến hạn/.test(m.subject));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('11/12/2026');
    const steps = await h.db.query(`SELECT step, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM reminder_steps WHERE task_id = $1 AND track = 'unit'`, [taskId]);
    expect(steps).toEqual([{ step: 'before-5', due_on: '2026-12-03' }]);

    // Nothing is sent twice when the sweep comes round again on the old day.
    h.clock.set(at('2026-12-04'));
    expect((await h.sweep()).steps).toBe(0);
  });
});
