import { startReminders, type RemindersHarness, vietnamTime } from './reminders-harness';
import { present } from './support/present';

/*
 * Event mail (work submitted, returned, an extension asked for ...) leaves in the morning window
 * like the reminders; the policy may let urgent mail (work sent back, an extension refused) go at once.
 */

const at = (date: string, local = '07:30') => vietnamTime(date, local);
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
jest.setTimeout(60_000);

let h: RemindersHarness;
beforeAll(async () => {
  h = await startReminders({ now: at('2026-11-20', '10:00') });
});
afterAll(() => h.close());

const settled = () =>
  h.waitFor(
    async () => Number((await h.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending') AND send_after IS NULL`))[0].n) === 0,
    'the outbox to drain',
  );

/** The event mails of a kind as the outbox holds them, oldest first. */
const rows = (kind: string) =>
  h.db.query(
    `SELECT id, recipient_email AS email, status, send_after AS "sendAfter", window_id AS "windowId" FROM notifications WHERE kind = $1 ORDER BY created_at, recipient_email`,
    [kind],
  ) as Promise<{ id: string; email: string; status: string; sendAfter: Date | null; windowId: string | null }[]>;
const received = (id: string) => h.sink.received.filter((m) => m.notificationId === id);

describe('event mail and the morning window', () => {
  let taskId: string;
  let noivu: string, leader: string, admin: string;

  beforeAll(async () => {
    [taskId] = await h.publish([{ unit: 'NV', text: 'Báo cáo công tác thi đua khen thưởng năm 2026', deadline: '2026-12-18' }]);
    await settled();
    ({ noivu, leader, admin } = await h.api.loginAll({ noivu: 'truongphong.noivu@dondoc.local', leader: 'chutich@dondoc.local', admin: 'admin@dondoc.local' }));
  });

  const submit = () =>
    h.api.http().post(`/api/tasks/${taskId}/updates`).set(auth(noivu)).send({ status: 'submitted', note: 'Đã hoàn thành báo cáo' }).expect(201);
  const giveBack = () =>
    h.api.http().post(`/api/tasks/${taskId}/return`).set(auth(leader)).send({ reason: 'Bổ sung số liệu khen thưởng cấp huyện' }).expect(200);

  it('sends event mail made in the window at once', async () => {
    h.clock.set(at('2026-11-23', '09:00'));
    await submit();
    await settled();
    const submitted = await rows('work_submitted');
    expect(submitted.map((r) => [r.email, r.status, r.sendAfter])).toEqual([
      ['chutich@dondoc.local', 'sent', null],
      ['vanphong@dondoc.local', 'sent', null],
    ]);
    submitted.forEach((r) => expect(received(r.id)).toHaveLength(1));
    await giveBack();
    await settled();
  });

  it('holds event mail made after the window until the next morning, but sends work given back at once (urgent mail at once)', async () => {
    // Monday 15:00, after the window closed at 11:30.
    h.clock.set(at('2026-11-23', '15:00'));
    await submit();
    const held = (await rows('work_submitted')).slice(2);
    const opening = new Date(at('2026-11-24', '07:30'));
    expect(held.map((r) => [r.email, r.status, r.sendAfter?.getTime(), r.windowId])).toEqual([
      ['chutich@dondoc.local', 'pending', opening.getTime(), '2026-11-24'],
      ['vanphong@dondoc.local', 'pending', opening.getTime(), '2026-11-24'],
    ]);
    h.clock.set(at('2026-11-23', '15:05'));
    await giveBack();
    await settled();
    const returned = present((await rows('work_returned'))[1], 'the second mail of work given back');
    expect(returned).toMatchObject({ email: 'truongphong.noivu@dondoc.local', status: 'sent', sendAfter: null });
    expect(received(returned.id)).toHaveLength(1);
    held.forEach((r) => expect(received(r.id)).toHaveLength(0));

    // Sweeps before the window leave them be; the one at 07:30 sends them.
    h.clock.set(at('2026-11-24', '07:00'));
    await h.sweep();
    held.forEach((r) => expect(received(r.id)).toHaveLength(0));
    h.clock.set(at('2026-11-24', '07:30'));
    expect((await h.sweep()).mails).toBeGreaterThanOrEqual(2);
    await settled();
    for (const r of held) {
      expect(received(r.id)).toHaveLength(1);
      expect(received(r.id)[0]!.subject).toMatch(/báo cáo hoàn thành|hoàn thành/i);
    }
  });

  it('holds work given back too when the policy says urgent mail waits for the window', async () => {
    const policy = (await h.api.http().get('/api/reminder-policy').set(auth(admin)).expect(200)).body;
    expect(policy.urgentEventsAtOnce).toBe(true);
    const { effectiveWindow: _w, updatedAt: _u, ...editable } = policy;
    await h.api
      .http()
      .put('/api/reminder-policy')
      .set(auth(admin))
      .send({ ...editable, urgentEventsAtOnce: false })
      .expect(200);
    expect((await h.api.http().get('/api/reminder-policy').set(auth(admin)).expect(200)).body.urgentEventsAtOnce).toBe(false);

    h.clock.set(at('2026-11-24', '14:00'));
    await submit();
    h.clock.set(at('2026-11-24', '14:30'));
    await giveBack();
    await settled();
    const returned = (await rows('work_returned')).at(-1)!;
    expect(returned).toMatchObject({ status: 'pending', sendAfter: new Date(at('2026-11-25', '07:30')), windowId: '2026-11-25' });
    expect(received(returned.id)).toHaveLength(0);

    h.clock.set(at('2026-11-25', '07:30'));
    await h.sweep();
    await settled();
    expect(received(returned.id)).toHaveLength(1);
    expect(received(returned.id)[0]!.to).toEqual(['truongphong.noivu@dondoc.local']);
  });
});
