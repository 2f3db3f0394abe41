import type { DataSource } from 'typeorm';
import { startApi, type ApiHarness } from './support/api-harness';
import { present } from './support/present';

/*
 * A published directive is corrected: its number and date filled in, a task's text, lead unit or
 * deadline fixed, a task added or one given by mistake withdrawn. Each correction is audited, goes
 * through the version check, and the units concerned are told through the outbox.
 */

let h: ApiHarness;
let db: DataSource;
let token: Record<keyof typeof PEOPLE, string>;
const ids: Record<string, string> = {};
const unit: Record<string, string> = {};
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const PEOPLE = {
  chairman: 'chutich@dondoc.local',
  deputy: 'phochutich@dondoc.local',
  clerk: 'vanphong@dondoc.local',
  admin: 'admin@dondoc.local',
  noivu: 'truongphong.noivu@dondoc.local',
  tckh: 'truongphong.tckh@dondoc.local',
  gddt: 'truongphong.gddt@dondoc.local',
};

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z' });
  db = h.app.get((await import('typeorm')).DataSource);
  token = await h.loginAll(PEOPLE);
  const users: { id: string; email: string }[] = await db.query('SELECT id, email FROM users');
  for (const [who, email] of Object.entries(PEOPLE)) ids[who] = users.find((u) => u.email === email)!.id;
  for (const { id, code } of await db.query(`SELECT id, code FROM units`)) unit[code] = id;
});
afterAll(() => h.close());

/** A published directive of the deputy's with one task of Phòng Nội vụ (Phòng Tài chính - Kế hoạch coordinating). */
async function publishedTask(): Promise<{ directiveId: string; task: { id: string; version: number; text: string } }> {
  const body = {
    title: 'Thông báo thử đính chính',
    docType: 'Thông báo',
    symbol: 'TB-UBND',
    leaderInChargeId: ids.deputy,
    clerkId: ids.clerk,
    assignments: [
      {
        unitText: 'Phòng Nội vụ',
        unitIds: [unit.NV],
        group: false,
        coordinating: [{ text: 'Phòng Tài chính - Kế hoạch', unitId: unit.TCKH }],
        tasks: [{ text: `Rà soát hồ sơ ${Math.random()}`, deadline: '2026-12-18', deadlineText: 'trước ngày 18/12/2026', coordinating: [], recurrence: null }],
      },
    ],
  };
  const { id: directiveId } = (await h.http().post('/api/directives').set(auth(token.clerk)).send(body).expect(201)).body;
  await h.http().post(`/api/directives/${directiveId}/publish`).set(auth(token.clerk)).expect(200);
  const [task] = (await h.http().get('/api/tasks').query({ directiveId }).set(auth(token.clerk)).expect(200)).body.items;
  return { directiveId, task };
}

/** The mail the outbox holds about a task, of one kind: to whom, and what it says beyond the task. */
async function mailAbout(taskId: string, kind: string): Promise<{ to: string; payload: Record<string, unknown> }[]> {
  const rows: { recipient_email: string; payload: Record<string, unknown> }[] = await db.query(
    `SELECT recipient_email, payload FROM notifications WHERE kind = $1 AND items @> $2::jsonb ORDER BY recipient_email`,
    [kind, JSON.stringify([{ taskId }])],
  );
  return rows.map((r) => ({ to: r.recipient_email, payload: r.payload }));
}

const auditOf = (
  entityId: string,
  action: string,
): Promise<{ actor_id: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[]> =>
  db.query(`SELECT actor_id, before, after FROM audit_log WHERE entity_id = $1 AND action = $2`, [entityId, action]);

describe('the header of a published directive', () => {
  it('the clerk fills in the number and date the seed notice was published without; the units of its open tasks are told', async () => {
    const [seed] = await db.query(`SELECT id FROM directives WHERE source_text IS NOT NULL AND status = 'published'`);
    const before = (await h.http().get(`/api/directives/${seed.id}`).set(auth(token.clerk)).expect(200)).body;
    expect(before).toMatchObject({ number: null, permissions: { correct: true } });

    const after = (
      await h
        .http()
        .patch(`/api/directives/${seed.id}/header`)
        .set(auth(token.clerk))
        .send({ number: '125', date: '2023-09-27', reason: 'Văn thư đã cho số', version: before.version })
        .expect(200)
    ).body;
    expect(after).toMatchObject({ number: '125', symbol: 'TB-UBND', date: '2023-09-27', version: before.version + 1 });

    // A task of the notice now names the document by its number and date.
    const [task] = (await h.http().get('/api/tasks').query({ directiveId: seed.id, pageSize: 1 }).set(auth(token.clerk)).expect(200)).body.items;
    expect(task.directive).toMatchObject({ number: '125', date: '2023-09-27' });

    const [audit] = await auditOf(seed.id, 'directive.correct');
    expect(audit).toMatchObject({ actor_id: ids.clerk, before: { number: null }, after: { number: '125', date: '2023-09-27', reason: 'Văn thư đã cho số' } });

    const mails: { recipient_email: string; payload: { changes: string[]; directive: string } }[] = await db.query(
      `SELECT recipient_email, payload FROM notifications WHERE kind = 'task_corrected' AND payload->>'directive' LIKE '%125/TB-UBND%'`,
    );
    expect(mails.map((m) => m.recipient_email)).toContain(PEOPLE.gddt);
    expect(mails[0]!.payload.changes).toContain('Số văn bản: (trống) → 125');
  });

  it('refuses a stale version (409), a unit head and a leader not in charge (403), and a draft (409)', async () => {
    const { directiveId } = await publishedTask();
    const { version } = (await h.http().get(`/api/directives/${directiveId}`).set(auth(token.clerk)).expect(200)).body;
    await h.http().patch(`/api/directives/${directiveId}/header`).set(auth(token.noivu)).send({ number: '7' }).expect(403);
    // The deputy is this directive's leader in charge: he corrects it; another leader would not.
    await h.http().patch(`/api/directives/${directiveId}/header`).set(auth(token.deputy)).send({ number: '7' }).expect(200);
    await h.http().patch(`/api/directives/${directiveId}/header`).set(auth(token.clerk)).send({ number: '8', version }).expect(409);
    expect((await h.http().get(`/api/directives/${directiveId}`).set(auth(token.clerk)).expect(200)).body.number).toBe('7');

    const { directiveId: other } = await publishedTask();
    await db.query(`UPDATE directives SET leader_in_charge_id = $1 WHERE id = $2`, [ids.chairman, other]);
    const deputy = await h.http().patch(`/api/directives/${other}/header`).set(auth(token.deputy)).send({ number: '9' }).expect(403);
    expect(deputy.body.message).toMatch(/đính chính/);
    expect((await h.http().get(`/api/directives/${other}`).set(auth(token.deputy)).expect(200)).body.permissions).toEqual({ correct: false });

    const draft = (await h.http().post('/api/directives').set(auth(token.clerk)).send({ title: 'Nháp', assignments: [] }).expect(201)).body;
    await h.http().patch(`/api/directives/${draft.id}/header`).set(auth(token.clerk)).send({ number: '1' }).expect(409);
  });
});

describe('the leader in charge of a published directive', () => {
  it('is changed by a correction: his open tasks pass to the new leader, who is told by mail; audited; the old one corrects no more', async () => {
    const { directiveId, task } = await publishedTask();
    const names: Record<string, string> = Object.fromEntries(
      (await db.query(`SELECT id, name FROM users WHERE id = ANY($1::uuid[])`, [[ids.deputy, ids.chairman]])).map((u: { id: string; name: string }) => [
        u.id,
        u.name,
      ]),
    );
    const { version } = (await h.http().get(`/api/directives/${directiveId}`).set(auth(token.clerk)).expect(200)).body;
    const patch = (who: keyof typeof PEOPLE, body: Record<string, unknown>) =>
      h.http().patch(`/api/directives/${directiveId}/header`).set(auth(token[who])).send(body);

    // Only a leader's account takes the place, and only those who correct the directive may move it.
    const refused = await patch('clerk', { leaderInChargeId: ids.noivu, version }).expect(400);
    expect(refused.body.message).toBe(`Lãnh đạo phụ trách không hợp lệ: ${ids.noivu}`);
    await patch('noivu', { leaderInChargeId: ids.chairman, version }).expect(403);

    // The deputy hands his directive to the chairman.
    const after = (await patch('deputy', { leaderInChargeId: ids.chairman, reason: 'Chủ tịch trực tiếp chỉ đạo', version }).expect(200)).body;
    expect(after).toMatchObject({ leaderInChargeId: ids.chairman, leaderInCharge: { id: ids.chairman }, version: version + 1 });
    const [row] = await db.query(`SELECT leader_in_charge_id AS leader, version FROM tasks WHERE id = $1`, [task.id]);
    expect(row).toEqual({ leader: ids.chairman, version: task.version + 1 });

    const [audit] = await auditOf(directiveId, 'directive.correct');
    expect(audit).toMatchObject({
      actor_id: ids.deputy,
      before: { leaderInChargeId: ids.deputy },
      after: { leaderInChargeId: ids.chairman, reassignedTaskIds: [task.id], reason: 'Chủ tịch trực tiếp chỉ đạo' },
    });
    const change = `Lãnh đạo phụ trách: ${names[present(ids.deputy, 'the deputy')]} → ${names[present(ids.chairman, 'the chairman')]}`;
    const mails = await mailAbout(task.id, 'task_corrected');
    expect(mails.map((m) => m.to)).toEqual([PEOPLE.chairman, PEOPLE.tckh, PEOPLE.noivu].sort());
    expect(mails.find((m) => m.to === PEOPLE.chairman)!.payload).toMatchObject({ changes: [change], inCharge: true, reason: 'Chủ tịch trực tiếp chỉ đạo' });
    expect(mails.find((m) => m.to === PEOPLE.noivu)!.payload).not.toHaveProperty('inCharge');

    // The directive is the chairman's now: the deputy corrects it no more.
    await patch('deputy', { title: 'Sửa', version: version + 1 }).expect(403);
    // Sent again, the same leader changes nothing.
    await patch('clerk', { leaderInChargeId: ids.chairman, version: version + 1 }).expect(400);
  });
});

describe('a task of a published directive', () => {
  it('the clerk fixes its text and deadline: the deadline history keeps the original, the reminders restart, the units are told', async () => {
    const { task } = await publishedTask();
    const fixed = (
      await h
        .http()
        .patch(`/api/tasks/${task.id}`)
        .set(auth(token.clerk))
        .send({ text: 'Rà soát hồ sơ cán bộ diện quy hoạch', deadline: '2026-12-26', reason: 'Văn bản in nhầm ngày', version: task.version })
        .expect(200)
    ).body;
    // 26/12/2026 is a Saturday: in force on Monday 28/12.
    expect(fixed).toMatchObject({
      text: 'Rà soát hồ sơ cán bộ diện quy hoạch',
      statedDeadline: '2026-12-26',
      deadline: '2026-12-28',
      originalDeadline: '2026-12-18',
      extensionCount: 0,
    });

    const detail = (await h.http().get(`/api/tasks/${task.id}`).set(auth(token.noivu)).expect(200)).body;
    expect(detail.deadlineHistory).toEqual([
      expect.objectContaining({ previousDeadline: '2026-12-18', newDeadline: '2026-12-26', reason: 'Văn bản in nhầm ngày' }),
    ]);
    expect(detail.updates).toEqual([expect.objectContaining({ kind: 'correction', note: expect.stringContaining('Hạn xử lý: 18/12/2026 → 26/12/2026') })]);
    const [{ deadline_version }] = await db.query('SELECT deadline_version FROM tasks WHERE id = $1', [task.id]);
    expect(deadline_version).toBe(2);

    const [audit] = await auditOf(task.id, 'task.correct');
    expect(audit).toMatchObject({ actor_id: ids.clerk, before: { text: task.text, statedDeadline: '2026-12-18' }, after: { statedDeadline: '2026-12-26' } });
    const mail = await mailAbout(task.id, 'task_corrected');
    expect(mail.map((m) => m.to)).toEqual([PEOPLE.noivu, PEOPLE.tckh]);
    expect(mail[0]!.payload).toMatchObject({ reason: 'Văn bản in nhầm ngày', changes: expect.arrayContaining(['Hạn xử lý: 18/12/2026 → 26/12/2026']) });

    // Written against the version before the correction, a unit's report is refused as stale.
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(token.noivu)).send({ progress: 10, version: task.version }).expect(409);
    await h.http().patch(`/api/tasks/${task.id}`).set(auth(token.clerk)).send({ text: 'Khác', version: task.version }).expect(409);
  });

  it('moves the task to another lead unit: both heads are told, and only the new unit works on it', async () => {
    const { task } = await publishedTask();
    await h.http().patch(`/api/tasks/${task.id}`).set(auth(token.admin)).send({ leadUnitId: unit.GDDT }).expect(200);
    expect((await h.http().get(`/api/tasks/${task.id}`).set(auth(token.gddt)).expect(200)).body.permissions.report).toBe(true);
    await h.http().get(`/api/tasks/${task.id}`).set(auth(token.noivu)).expect(403);
    expect((await mailAbout(task.id, 'task_corrected')).map((m) => m.to)).toEqual([PEOPLE.tckh, PEOPLE.noivu, PEOPLE.gddt].sort());
    // Publishing gave a unit one task per item: moving it to a unit that leads it already is refused.
    const { task: second } = await publishedTask();
    const [{ assignment_item_id }] = await db.query('SELECT assignment_item_id FROM tasks WHERE id = $1', [task.id]);
    await db.query('UPDATE tasks SET assignment_item_id = $1 WHERE id = $2', [assignment_item_id, second.id]);
    const taken = await h.http().patch(`/api/tasks/${second.id}`).set(auth(token.clerk)).send({ leadUnitId: unit.GDDT }).expect(409);
    expect(taken.body.message).toBe('Phòng Giáo dục và Đào tạo đã chủ trì nhiệm vụ này trong văn bản');
  });

  it('refuses a correction from the units and from a leader not in charge, and one that changes nothing', async () => {
    const { task } = await publishedTask();
    await h.http().patch(`/api/tasks/${task.id}`).set(auth(token.noivu)).send({ text: 'x' }).expect(403);
    await db.query('UPDATE tasks SET leader_in_charge_id = $1 WHERE id = $2', [ids.chairman, task.id]);
    await h.http().patch(`/api/tasks/${task.id}`).set(auth(token.deputy)).send({ text: 'x' }).expect(403);
    const same = await h.http().patch(`/api/tasks/${task.id}`).set(auth(token.clerk)).send({ text: task.text }).expect(400);
    expect(same.body.message).toMatch(/^Chưa có gì để đính chính/);
  });

  it('withdraws a task given by mistake: cancelled, audited, the units told; not by a unit', async () => {
    const { task } = await publishedTask();
    await h.http().post(`/api/tasks/${task.id}/withdraw`).set(auth(token.noivu)).send({ reason: 'x' }).expect(403);
    const done = (
      await h.http().post(`/api/tasks/${task.id}/withdraw`).set(auth(token.clerk)).send({ reason: 'Giao nhầm đơn vị', version: task.version }).expect(200)
    ).body;
    expect(done.status).toBe('cancelled');
    expect(await auditOf(task.id, 'task.withdraw')).toEqual([
      expect.objectContaining({ actor_id: ids.clerk, after: expect.objectContaining({ status: 'cancelled' }) }),
    ]);
    expect((await mailAbout(task.id, 'task_corrected')).map((m) => m.payload.reason)).toEqual(['Giao nhầm đơn vị', 'Giao nhầm đơn vị']);
    // Cancelled, it is corrected no more.
    const again = await h.http().post(`/api/tasks/${task.id}/withdraw`).set(auth(token.clerk)).send({ reason: 'again' }).expect(409);
    expect(again.body.message).toBe('Không thể hủy nhiệm vụ giao nhầm khi nhiệm vụ ở trạng thái “Đã hủy”');
  });
});

describe('a task added to a published directive', () => {
  it("is a task of its own, told to its units as a new task, audited; the directive's version moves", async () => {
    const { directiveId } = await publishedTask();
    const { version } = (await h.http().get(`/api/directives/${directiveId}`).set(auth(token.clerk)).expect(200)).body;
    const added = (
      await h
        .http()
        .post(`/api/directives/${directiveId}/tasks`)
        .set(auth(token.clerk))
        .send({
          text: 'Báo cáo kết quả tuyển dụng viên chức',
          leadUnitId: unit.GDDT,
          coordinatingUnitIds: [unit.NV],
          deadline: '2026-12-31',
          version,
        })
        .expect(201)
    ).body;
    expect(added).toMatchObject({ taskId: expect.any(String), version: version + 1 });

    const tasks = (await h.http().get('/api/tasks').query({ directiveId }).set(auth(token.clerk)).expect(200)).body.items as {
      id: string;
      leadUnit: { id: string };
    }[];
    expect(tasks.map((t) => t.leadUnit.id).sort()).toEqual([unit.NV, unit.GDDT].sort());
    const task = (await h.http().get(`/api/tasks/${added.taskId}`).set(auth(token.gddt)).expect(200)).body;
    expect(task).toMatchObject({
      status: 'assigned',
      deadline: '2026-12-31',
      originalDeadline: '2026-12-31',
      coordinatingUnits: [expect.objectContaining({ id: unit.NV })],
    });
    expect((await mailAbout(added.taskId, 'task_published')).map((m) => m.to)).toEqual([PEOPLE.gddt, PEOPLE.noivu]);
    expect(await auditOf(added.taskId, 'task.add')).toHaveLength(1);
    // The directive's page shows it among its sections.
    const directive = (await h.http().get(`/api/directives/${directiveId}`).set(auth(token.clerk)).expect(200)).body;
    expect(directive.assignments.at(-1)).toMatchObject({
      unitIds: [unit.GDDT],
      tasks: [expect.objectContaining({ text: 'Báo cáo kết quả tuyển dụng viên chức' })],
    });

    await h.http().post(`/api/directives/${directiveId}/tasks`).set(auth(token.clerk)).send({ text: 'x', leadUnitId: unit.GDDT, version }).expect(409);
    await h.http().post(`/api/directives/${directiveId}/tasks`).set(auth(token.gddt)).send({ text: 'x', leadUnitId: unit.GDDT }).expect(403);
  });

  it("a recurring duty added is a series, as publication makes one: its first period's task now, the next ones the worker's", async () => {
    const { directiveId } = await publishedTask();
    const add = (body: Record<string, unknown>) => h.http().post(`/api/directives/${directiveId}/tasks`).set(auth(token.clerk)).send(body);
    // 26/11/2026: November's 20th has passed, so December is the first period; 20/12/2026 is a Sunday.
    const monthly = (
      await add({
        text: 'Báo cáo định kỳ tình hình giải ngân',
        leadUnitId: unit.TCKH,
        recurrence: 'monthly',
        recurrenceText: 'hằng tháng',
        recurrenceDay: 20,
        recurrenceEndsOn: '2027-06-30',
        reason: 'Bổ sung chế độ báo cáo',
      }).expect(201)
    ).body;
    const yearly = (
      await add({ text: 'Báo cáo quyết toán năm', leadUnitId: unit.TCKH, recurrence: 'yearly', recurrenceDay: 31, recurrenceMonth: 3 }).expect(201)
    ).body;

    const series = async (taskId: string) =>
      (
        await db.query(
          `SELECT s.recurrence, s.due_day AS "dueDay", s.due_month AS "dueMonth", to_char(s.ends_on, 'YYYY-MM-DD') AS "endsOn",
              to_char(s.next_period_start, 'YYYY-MM-DD') AS "nextPeriodStart", s.lead_unit_id AS "leadUnitId",
              to_char(t.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(t.stated_deadline, 'YYYY-MM-DD') AS stated, to_char(t.deadline, 'YYYY-MM-DD') AS deadline
         FROM tasks t JOIN task_series s ON s.id = t.series_id WHERE t.id = $1`,
          [taskId],
        )
      )[0];
    expect(await series(monthly.taskId)).toEqual({
      recurrence: 'monthly',
      dueDay: 20,
      dueMonth: null,
      endsOn: '2027-06-30',
      nextPeriodStart: '2027-01-01',
      leadUnitId: unit.TCKH,
      periodStart: '2026-12-01',
      stated: '2026-12-20',
      deadline: '2026-12-21',
    });
    expect(await series(yearly.taskId)).toMatchObject({ recurrence: 'yearly', dueDay: 31, dueMonth: 3, periodStart: '2027-01-01', stated: '2027-03-31' });
    const page = (await h.http().get(`/api/tasks/${monthly.taskId}`).set(auth(token.tckh)).expect(200)).body;
    expect(page.series).toMatchObject({
      recurrence: 'monthly',
      dueDay: 20,
      instances: [expect.objectContaining({ taskId: monthly.taskId, deadline: '2026-12-21' })],
    });
    expect((await mailAbout(monthly.taskId, 'task_published')).map((m) => m.to)).toEqual([PEOPLE.tckh]);

    // A series that would end before its first period is refused, in Vietnamese, as at publication.
    const refused = await add({
      text: 'Báo cáo tháng đã hết hạn',
      leadUnitId: unit.TCKH,
      recurrence: 'monthly',
      recurrenceDay: 20,
      recurrenceEndsOn: '2026-11-30',
    }).expect(400);
    expect(refused.body.message).toContain('trước kỳ đầu tiên');
    const weekly = await add({ text: 'Báo cáo tuần', leadUnitId: unit.TCKH, recurrence: 'weekly', recurrenceDay: 9 }).expect(400);
    expect(weekly.body.message).toContain('từ 1 (thứ Hai) đến 7 (Chủ nhật)');
  });
});
