import { startReminders, type RemindersHarness, vietnamTime } from './reminders-harness';

/*
 * A mail is planned for a role (the unit's head, one of its staff, the task's clerk ...) and goes
 * to whoever holds that role when it leaves: what changes between the sweep that plans a digest
 * and the window that sends it reaches the mail. Nobody holding the role is on record, with why.
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
const remindersTo = (email: string) => h.sink.received.filter((m) => m.to.includes(email) && /sắp đến hạn/.test(m.subject));

describe('recipients are looked up when the mail leaves', () => {
  let gddtTask: string, noivuTask: string, newHead: string;

  beforeAll(async () => {
    // Due Friday 4/12: before-5 falls on Friday 27/11.
    [gddtTask, noivuTask] = await h.publish([
      { unit: 'GDDT', text: 'Rà soát đội ngũ giáo viên năm học 2026-2027', deadline: '2026-12-04' },
      { unit: 'NV', text: 'Rà soát vị trí việc làm các phòng chuyên môn', deadline: '2026-12-04' },
    ]);
    await settled();
    const admin = await h.api.login('admin@dondoc.local');
    newHead = (
      await h.api
        .http()
        .post('/api/users')
        .set(auth(admin))
        .send({
          email: 'truongphong.moi.gddt@dondoc.local',
          name: 'Trần Thị Mới',
          role: 'unit_head',
          unitId: h.units.GDDT,
          password: 'mat-khau-moi-2026',
        })
        .expect(201)
    ).body.id;
  });

  it('sends the digest planned for the old head to the new one, and nothing to a closed account or a role nobody holds', async () => {
    // Planned before the window, for the heads and the staff as they are at 06:45.
    h.clock.set(at('2026-11-27', '06:45'));
    expect((await h.sweep()).held).toBe(3);
    const planned: { key: string; recipient_email: string | null }[] = await h.db.query(
      `SELECT key, recipient_email FROM notifications WHERE kind = 'digest' ORDER BY key`,
    );
    expect(planned.map((p) => p.recipient_email)).toEqual(['chuyenvien.gddt@dondoc.local', 'truongphong.gddt@dondoc.local', 'truongphong.noivu@dondoc.local']);

    // Then, before 07:30: Giáo dục gets a new head, its staff member leaves, Nội vụ is left with no head and no address.
    const admin = await h.api.login('admin@dondoc.local');
    await h.api.http().patch(`/api/units/${h.units.GDDT}`).set(auth(admin)).send({ headUserId: newHead }).expect(200);
    await h.api.http().patch(`/api/users/${h.people.gddtStaff.id}`).set(auth(admin)).send({ active: false }).expect(200);
    await h.api.http().patch(`/api/units/${h.units.NV}`).set(auth(admin)).send({ headUserId: null, email: null }).expect(200);

    h.clock.set(at('2026-11-27', '07:30'));
    expect((await h.sweep()).mails).toBe(3);
    await settled();

    const toNewHead = remindersTo('truongphong.moi.gddt@dondoc.local');
    expect(toNewHead).toHaveLength(1);
    expect(toNewHead[0]!.text).toContain('Rà soát đội ngũ giáo viên năm học 2026-2027');
    expect(toNewHead[0]!.text).toContain('Trần Thị Mới');
    expect(remindersTo('truongphong.gddt@dondoc.local')).toHaveLength(0);
    expect(remindersTo('chuyenvien.gddt@dondoc.local')).toHaveLength(0);
    expect(remindersTo('truongphong.noivu@dondoc.local')).toHaveLength(0);
    expect(h.sink.received.filter((m) => /sắp đến hạn/.test(m.subject))).toHaveLength(1);

    // The outbox keeps where each mail went, or why it went nowhere.
    const outbox = (await h.api.http().get('/api/notifications').set(auth(admin)).expect(200)).body.items as {
      kind: string;
      key: string;
      recipientEmail: string | null;
      status: string;
      error: string | null;
    }[];
    const row = (key: string) => outbox.find((n) => n.key === key)!;
    expect(row('digest|2026-11-27|truongphong.gddt@dondoc.local')).toMatchObject({ status: 'sent', recipientEmail: 'truongphong.moi.gddt@dondoc.local' });
    expect(row('digest|2026-11-27|chuyenvien.gddt@dondoc.local')).toMatchObject({ status: 'skipped', error: expect.stringContaining('đã bị khoá') });
    expect(row('digest|2026-11-27|truongphong.noivu@dondoc.local')).toMatchObject({
      status: 'skipped',
      error: 'Không gửi: Phòng Nội vụ không có trưởng đơn vị đang hoạt động và không có địa chỉ thư của đơn vị',
    });

    // And so does each task's ledger.
    const leader = await h.api.login('chutich@dondoc.local');
    const ledger = async (id: string) =>
      (
        (await h.api.http().get(`/api/tasks/${id}`).set(auth(leader)).expect(200)).body.notifications as {
          kind: string;
          status: string;
          recipientEmail: string | null;
          reason: string | null;
        }[]
      ).filter((n) => n.kind === 'digest');
    expect(await ledger(gddtTask)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'sent', recipientEmail: 'truongphong.moi.gddt@dondoc.local' }),
        expect.objectContaining({ status: 'skipped', reason: expect.stringContaining('đã bị khoá') }),
      ]),
    );
    expect(await ledger(noivuTask)).toEqual([expect.objectContaining({ status: 'skipped', reason: expect.stringContaining('không có trưởng đơn vị') })]);
  });

  it('plans a mail for a role nobody holds, and sends it if someone holds the role by the time it leaves', async () => {
    // Wednesday 2/12: before-2 of both tasks. Nội vụ still has no head when the sweep plans.
    h.clock.set(at('2026-12-02', '06:45'));
    await h.sweep();
    const [unheld] = await h.db.query(`SELECT key, recipient_email FROM notifications WHERE key = $1`, [`digest|2026-12-02|unit_head:${h.units.NV}`]);
    expect(unheld).toEqual({ key: `digest|2026-12-02|unit_head:${h.units.NV}`, recipient_email: null });

    // The head is named again before the window opens.
    const admin = await h.api.login('admin@dondoc.local');
    await h.api.http().patch(`/api/units/${h.units.NV}`).set(auth(admin)).send({ headUserId: h.people.noivu.id }).expect(200);
    h.clock.set(at('2026-12-02', '07:30'));
    await h.sweep();
    await settled();
    const toNoivu = remindersTo('truongphong.noivu@dondoc.local');
    expect(toNoivu).toHaveLength(1);
    expect(toNoivu[0]!.text).toContain('Rà soát vị trí việc làm các phòng chuyên môn');
    const [sent] = await h.db.query(`SELECT status, recipient_email FROM notifications WHERE key = $1`, [`digest|2026-12-02|unit_head:${h.units.NV}`]);
    expect(sent).toEqual({ status: 'sent', recipient_email: 'truongphong.noivu@dondoc.local' });
  });

  it('does not send an event mail to a clerk whose account was closed after it was written, and says why', async () => {
    // 15:00: past the window, the submission's mail waits for the morning; the clerk leaves meanwhile.
    h.clock.set(at('2026-12-02', '15:00'));
    const head = await h.api.login('truongphong.moi.gddt@dondoc.local', 'mat-khau-moi-2026');
    await h.api.http().post(`/api/tasks/${gddtTask}/updates`).set(auth(head)).send({ status: 'submitted', note: 'Đã rà soát xong' }).expect(201);
    const admin = await h.api.login('admin@dondoc.local');
    await h.api.http().patch(`/api/users/${h.people.clerk.id}`).set(auth(admin)).send({ active: false }).expect(200);

    h.clock.set(at('2026-12-03', '07:30'));
    await h.sweep();
    await settled();
    const rows: { recipient_email: string; status: string; last_error: string | null }[] = await h.db.query(
      `SELECT recipient_email, status, last_error FROM notifications WHERE kind = 'work_submitted' ORDER BY recipient_email`,
    );
    expect(rows).toEqual([
      { recipient_email: 'chutich@dondoc.local', status: 'sent', last_error: null },
      { recipient_email: 'vanphong@dondoc.local', status: 'skipped', last_error: expect.stringMatching(/chuyên viên theo dõi .* đã bị khoá/) },
    ]);
    expect(h.sink.received.filter((m) => m.to.includes('vanphong@dondoc.local'))).toHaveLength(0);
  });
});

describe('a digest whose lines now lead to two people', () => {
  let s: RemindersHarness;
  beforeAll(async () => {
    s = await startReminders({ now: at('2026-11-20', '10:00') });
  });
  afterAll(() => s.close());

  it("sends each line to whoever holds its role: the chairman's line to the new chairman, in a mail of its own", async () => {
    // Wednesday 9/12: escalate-3 of the chairman's own task (due 4/12), chairman-10 of the deputy's (due 25/11).
    const [own] = await s.publish([{ unit: 'NV', text: 'Hoàn thiện đề án vị trí việc làm', deadline: '2026-12-04' }]);
    const [deputys] = await s.publish([{ unit: 'TCKH', text: 'Quyết toán vốn đầu tư công năm 2025', deadline: '2026-11-25' }], { leader: 'deputy' });
    await s.waitFor(
      async () => Number((await s.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending')`))[0].n) === 0,
      'the new-task mails',
    );
    s.clock.set(at('2026-12-09', '06:45'));
    await s.sweep();
    const [planned] = await s.db.query(`SELECT items FROM notifications WHERE key = 'digest|2026-12-09|chutich@dondoc.local'`);
    expect((planned.items as { taskId: string; track: string }[]).map((i) => `${i.taskId === own ? 'own' : 'deputy'}:${i.track}`).sort()).toEqual([
      'deputy:chairman',
      'own:leader',
    ]);

    // Before the window opens, the deputy becomes the committee's head.
    const admin = await s.api.login('admin@dondoc.local');
    await s.api.http().patch(`/api/units/${s.units.UBND}`).set(auth(admin)).send({ headUserId: s.people.deputy.id }).expect(200);
    s.clock.set(at('2026-12-09', '07:30'));
    await s.sweep();
    await s.waitFor(
      async () =>
        Number((await s.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending') AND send_after IS NULL`))[0].n) === 0,
      'the outbox to drain',
    );

    const escalations = (email: string) => s.sink.received.filter((m) => m.to.includes(email) && /Báo cáo lãnh đạo/.test(m.subject));
    const toChairman = escalations('chutich@dondoc.local');
    expect(toChairman).toHaveLength(1);
    expect(toChairman[0]!.text).toContain('Hoàn thiện đề án vị trí việc làm');
    expect(toChairman[0]!.text).not.toContain('Quyết toán vốn đầu tư công năm 2025');
    // The deputy: his own escalation, and the chairman's line that is now his.
    const toDeputy = escalations('phochutich@dondoc.local');
    expect(toDeputy).toHaveLength(2);
    expect(toDeputy.every((m) => m.text.includes('Quyết toán vốn đầu tư công năm 2025'))).toBe(true);
    const [split] = await s.db.query(
      `SELECT status, recipient_email, items FROM notifications WHERE key = 'digest|2026-12-09|chutich@dondoc.local|to|phochutich@dondoc.local'`,
    );
    expect(split).toMatchObject({
      status: 'sent',
      recipient_email: 'phochutich@dondoc.local',
      items: [expect.objectContaining({ taskId: deputys, track: 'chairman' })],
    });

    // The task's ledger shows the chairman's step going to the deputy, and no mail to the old chairman.
    const leader = await s.api.login('chutich@dondoc.local');
    const ledger = (await s.api.http().get(`/api/tasks/${deputys}`).set(auth(leader)).expect(200)).body.notifications as {
      kind: string;
      step: string;
      status: string;
      recipientEmail: string;
    }[];
    expect(ledger.filter((n) => n.step === 'chairman-10')).toEqual([expect.objectContaining({ status: 'sent', recipientEmail: 'phochutich@dondoc.local' })]);
  });
});
