import { startReminders, type RemindersHarness, vietnamTime } from './reminders-harness';

const at = (date: string, local = '07:30') => vietnamTime(date, local);
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

let h: RemindersHarness;
let admin: string, leader: string, gddt: string;
beforeAll(async () => {
  h = await startReminders({ now: at('2026-11-20', '10:00') });
  [admin, leader, gddt] = await Promise.all([
    h.api.login('admin@dondoc.local'),
    h.api.login('chutich@dondoc.local'),
    h.api.login('truongphong.gddt@dondoc.local'),
  ]);
});
afterAll(() => h.close());

const mailsTo = (email: string, subject: RegExp) => h.sink.received.filter((m) => m.to.includes(email) && subject.test(m.subject));
// Mail held for the next morning window (event mail made after it closed) is not in flight.
const settled = () =>
  h.waitFor(
    async () => Number((await h.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending') AND send_after IS NULL`))[0].n) === 0,
    'the outbox to drain',
  );

describe('event mail through the outbox', () => {
  let taskId: string;

  it('publishing tells the lead and coordinating units heads at once, one mail each, and the task ledger shows it', async () => {
    [taskId] = await h.publish([{ unit: 'GDDT', text: 'Kiểm tra công tác tuyển sinh đầu cấp', deadline: '2026-12-04', coordinating: ['TCKH'] }]);
    await h.waitFor(
      () =>
        mailsTo('truongphong.tckh@dondoc.local', /Giao 1 nhiệm vụ mới/).length === 1 &&
        mailsTo('truongphong.gddt@dondoc.local', /Giao 1 nhiệm vụ mới/).length === 1,
      'the new-task mails',
    );
    const mail = mailsTo('truongphong.gddt@dondoc.local', /Giao 1 nhiệm vụ mới/)[0]!;
    expect(mail.subject).toMatch(/^\[Đôn đốc\] Giao 1 nhiệm vụ mới: Thông báo số \d+\/TB-UBND ngày 20\/11\/2026$/);
    expect(mail.text).toContain('Kiểm tra công tác tuyển sinh đầu cấp');
    expect(mail.text).toContain('04/12/2026');
    expect(mail.html).toContain(`https://dondoc.example/tasks/${taskId}`);
    await settled();
    const detail = await h.api.http().get(`/api/tasks/${taskId}`).set(auth(leader)).expect(200);
    expect(detail.body.notifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'task_published',
          step: 'published',
          recipientEmail: 'truongphong.gddt@dondoc.local',
          recipientName: 'Vũ Minh Đức',
          status: 'sent',
          sentAt: expect.any(String),
          createdAt: expect.any(String),
        }),
        expect.objectContaining({ kind: 'task_published', recipientEmail: 'truongphong.tckh@dondoc.local', status: 'sent' }),
      ]),
    );
  });

  it('an approved extension is mailed at once and restarts the plan for the new deadline', async () => {
    h.clock.set(at('2026-11-27', '07:30'));
    await h.sweep(); // before-5 of the 4/12 deadline
    await settled();
    const before5 = mailsTo('truongphong.gddt@dondoc.local', /sắp đến hạn/).length;
    expect(before5).toBe(1);
    const req = await h.api
      .http()
      .post(`/api/tasks/${taskId}/extension-requests`)
      .set(auth(gddt))
      .send({ deadline: '2026-12-18', reason: 'Chờ số liệu' })
      .expect(201);
    await h.api.http().post(`/api/extension-requests/${req.body.id}/decision`).set(auth(leader)).send({ approve: true, note: 'Đồng ý' }).expect(200);
    await h.waitFor(() => mailsTo('truongphong.gddt@dondoc.local', /Đã duyệt gia hạn/).length === 1, 'the extension mail');
    expect(mailsTo('truongphong.gddt@dondoc.local', /Đã duyệt gia hạn/)[0]!.subject).toBe('[Đôn đốc] Đã duyệt gia hạn nhiệm vụ đến 18/12/2026');
    // The new deadline's before-5 (11/12) goes out although before-5 was sent for the old one.
    h.clock.set(at('2026-12-11', '07:30'));
    const r = await h.sweep();
    expect(r.steps).toBe(1);
    await settled();
    expect(mailsTo('truongphong.gddt@dondoc.local', /sắp đến hạn/)).toHaveLength(2);
    const steps = await h.db.query(`SELECT step, deadline_version FROM reminder_steps WHERE task_id = $1 AND track = 'unit' ORDER BY created_at`, [taskId]);
    expect(steps).toEqual([
      { step: 'before-5', deadline_version: 1 },
      { step: 'before-5', deadline_version: 2 },
    ]);
  });

  it('a submitted task gets nothing more; work sent back is mailed, and the plan resumes', async () => {
    await h.api.http().post(`/api/tasks/${taskId}/updates`).set(auth(gddt)).send({ status: 'submitted', note: 'Đã xong' }).expect(201);
    expect(await h.db.query('SELECT 1 FROM reminder_schedule WHERE task_id = $1', [taskId])).toHaveLength(0);
    h.clock.set(at('2026-12-16', '07:30'));
    expect((await h.sweep()).steps).toBe(0);
    await h.api.http().post(`/api/tasks/${taskId}/return`).set(auth(leader)).send({ reason: 'Thiếu số liệu trường THCS' }).expect(200);
    await h.waitFor(() => mailsTo('truongphong.gddt@dondoc.local', /Trả lại kết quả/).length === 1, 'the returned-work mail');
    expect(mailsTo('truongphong.gddt@dondoc.local', /Trả lại kết quả/)[0]!.text).toContain('Thiếu số liệu trường THCS');
    h.clock.set(at('2026-12-17', '07:30'));
    const r = await h.sweep();
    expect(r.steps).toBe(1); // before-2 of 18/12
    await settled();
  });

  it('a cancelled task gets nothing more', async () => {
    await h.api.http().post(`/api/tasks/${taskId}/cancel`).set(auth(leader)).send({ reason: 'Không còn cần thiết' }).expect(200);
    h.clock.set(at('2026-12-18', '07:30'));
    expect((await h.sweep()).steps).toBe(0);
    h.clock.set(at('2026-12-21', '07:30'));
    expect((await h.sweep()).steps).toBe(0);
  });
});

describe('digests', () => {
  it('one mail per recipient lists all their due and overdue tasks', async () => {
    await h.publish([
      { unit: 'NV', text: 'Nhiệm vụ A quá hạn', deadline: '2026-12-28' },
      { unit: 'NV', text: 'Nhiệm vụ B đến hạn', deadline: '2026-12-30' },
      { unit: 'NV', text: 'Nhiệm vụ C sắp đến hạn', deadline: '2027-01-05' },
    ]);
    h.clock.set(at('2026-12-30', '07:30'));
    await h.sweep();
    await settled();
    const mine = mailsTo('truongphong.noivu@dondoc.local', /quá hạn|hạn hôm nay|sắp đến hạn/);
    expect(mine).toHaveLength(1);
    const mail = mine[0]!;
    expect(mail.subject).toBe('[Đôn đốc] 1 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn hôm nay, 1 nhiệm vụ sắp đến hạn');
    for (const text of ['Nhiệm vụ A quá hạn', 'Nhiệm vụ B đến hạn', 'Nhiệm vụ C sắp đến hạn']) expect(mail.text).toContain(text);
  });
});

describe('admin routes', () => {
  it('reads and changes the reminder policy (admins only)', async () => {
    await h.api.http().get('/api/reminder-policy').set(auth(leader)).expect(403);
    const res = await h.api.http().get('/api/reminder-policy').set(auth(admin)).expect(200);
    expect(res.body).toMatchObject({
      beforeDays: [5, 2],
      dueDay: true,
      overdueAfter: 1,
      overdueRepeatEvery: 2,
      escalateAfter: 3,
      escalateRepeatEvery: 5,
      chairmanAfter: 10,
      effectiveWindow: '07:30',
    });
    const { effectiveWindow: _e, updatedAt: _u, ...policy } = res.body;
    await h.api
      .http()
      .put('/api/reminder-policy')
      .set(auth(admin))
      .send({ ...policy, beforeDays: [0] })
      .expect(400);
    await h.api
      .http()
      .put('/api/reminder-policy')
      .set(auth(admin))
      .send({ ...policy, unknown: 1 })
      .expect(400);
    const saved = await h.api
      .http()
      .put('/api/reminder-policy')
      .set(auth(admin))
      .send({ ...policy, beforeDays: [7, 3] })
      .expect(200);
    expect(saved.body.beforeDays).toEqual([7, 3]);
    await h.api.http().put('/api/reminder-policy').set(auth(admin)).send(policy).expect(200);
  });

  it('lists the outbox by status', async () => {
    await h.api.http().get('/api/notifications').set(auth(gddt)).expect(403);
    const res = await h.api.http().get('/api/notifications').query({ status: 'sent' }).set(auth(admin)).expect(200);
    expect(res.body.total).toBeGreaterThan(5);
    expect(res.body.items[0]).toMatchObject({ status: 'sent', recipientEmail: expect.any(String), subject: expect.stringContaining('[Đôn đốc]'), attempts: 1 });
    await h.api.http().get('/api/notifications').query({ status: 'bogus' }).set(auth(admin)).expect(400);
  });

  it('resends a mail under a new job id', async () => {
    const res = await h.api.http().get('/api/notifications').query({ status: 'sent' }).set(auth(admin)).expect(200);
    const n = res.body.items[0];
    const before = h.sink.received.filter((m) => m.notificationId === n.id).length;
    await h.api.http().post(`/api/notifications/${n.id}/resend`).set(auth(admin)).expect(202);
    await h.waitFor(() => h.sink.received.filter((m) => m.notificationId === n.id).length === before + 1, 'the resent mail');
    await settled();
  });

  it('serves Prometheus metrics to an admin or the metrics token, not to others', async () => {
    await h.api.http().get('/api/metrics').expect(401);
    await h.api.http().get('/api/metrics').set(auth(leader)).expect(403);
    const res = await h.api.http().get('/api/metrics').set(auth(admin)).expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(/dondoc_mails\{status="sent"\} \d+/);
    expect(res.text).toMatch(/dondoc_queue_jobs\{queue="mail",state="waiting"\} \d+/);
    expect(res.text).toMatch(/dondoc_sweep_last_duration_seconds \d/);
  });
});

describe("the assigner hears of the unit's moves, the unit of the decisions", () => {
  it('a submission tells the clerk and the leader in charge; a request for time, the leader; acceptance, the unit', async () => {
    const text = 'Rà soát hồ sơ học sinh chuyển trường';
    const [taskId] = await h.publish([{ unit: 'GDDT', text, deadline: '2026-12-30' }]);
    // This task's mails only: earlier tests of the file mailed about others.
    const about = (email: string, subject: RegExp) => mailsTo(email, subject).filter((m) => m.text.includes(text));
    await settled();
    await h.api
      .http()
      .post(`/api/tasks/${taskId}/extension-requests`)
      .set(auth(gddt))
      .send({ deadline: '2027-01-15', reason: 'Chờ danh sách của các trường' })
      .expect(201);
    await h.waitFor(() => about('chutich@dondoc.local', /Đề nghị gia hạn nhiệm vụ đến 15\/01\/2027/).length === 1, 'the request mail to the leader');
    expect(about('chutich@dondoc.local', /Đề nghị gia hạn/)[0]!.text).toContain('Chờ danh sách của các trường');
    await h.api.http().post(`/api/tasks/${taskId}/updates`).set(auth(gddt)).send({ status: 'submitted', note: 'Đã rà soát xong 42 hồ sơ' }).expect(201);
    await h.waitFor(
      () => about('vanphong@dondoc.local', /báo cáo hoàn thành/).length === 1 && about('chutich@dondoc.local', /báo cáo hoàn thành/).length === 1,
      'the submission mails',
    );
    expect(about('vanphong@dondoc.local', /báo cáo hoàn thành/)[0]!.text).toContain('Đã rà soát xong 42 hồ sơ');
    await h.api.http().post(`/api/tasks/${taskId}/accept`).set(auth(leader)).send({ note: 'Tốt' }).expect(200);
    await h.waitFor(() => about('truongphong.gddt@dondoc.local', /đã được chấp nhận/).length === 1, 'the acceptance mail');
    await settled();
    const detail = (await h.api.http().get(`/api/tasks/${taskId}`).set(auth(leader)).expect(200)).body;
    expect(detail.notifications.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['extension_requested', 'work_submitted', 'work_accepted']),
    );
    expect(detail.notifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'work_submitted', recipientEmail: 'chutich@dondoc.local', recipientName: 'Phạm Việt Hùng', recipientRole: 'leader' }),
      ]),
    );
    // The unit sees who was written to, by name and role, and none of the addresses.
    const seenByUnit = (await h.api.http().get(`/api/tasks/${taskId}`).set(auth(gddt)).expect(200)).body;
    expect(seenByUnit.notifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'work_submitted', recipientEmail: null, recipientName: 'Phạm Việt Hùng', recipientRole: 'leader' }),
        expect.objectContaining({ kind: 'work_submitted', recipientEmail: null, recipientRole: 'clerk' }),
      ]),
    );
    expect(JSON.stringify(seenByUnit)).not.toMatch(/@dondoc\.local/);
  });
});
