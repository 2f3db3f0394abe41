import type { DataSource } from 'typeorm';
import { startApi, type ApiHarness } from './support/api-harness';

/*
 * Who decides on a task: acceptance, return, cancellation and extensions belong to the task's
 * leader in charge or the chairman, not to any leader or clerk; the clerk who follows the task may
 * accept or return work when the office's policy allows it, recorded as on the leader's behalf.
 */

let h: ApiHarness;
let db: DataSource;
let token: Record<keyof typeof PEOPLE, string>;
const ids: Record<string, string> = {};
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const PEOPLE = {
  chairman: 'chutich@dondoc.local',
  deputy: 'phochutich@dondoc.local',
  clerk: 'vanphong@dondoc.local',
  admin: 'admin@dondoc.local',
  noivu: 'truongphong.noivu@dondoc.local',
  tckh: 'truongphong.tckh@dondoc.local',
};

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z' });
  db = h.app.get((await import('typeorm')).DataSource);
  token = await h.loginAll(PEOPLE);
  const users: { id: string; email: string }[] = await db.query('SELECT id, email FROM users');
  for (const [who, email] of Object.entries(PEOPLE)) ids[who] = users.find((u) => u.email === email)!.id;
});
afterAll(() => h.close());

/** A published task of Phòng Nội vụ with this leader in charge, submitted by the unit, waiting for a decision. */
async function submittedTask(leaderInCharge: 'deputy' | null): Promise<{ id: string; requestId: string }> {
  const [{ id: nv }] = await db.query(`SELECT id FROM units WHERE code = 'NV'`);
  const body = {
    title: 'Thông báo thử quyền quyết định',
    leaderInChargeId: leaderInCharge ? ids[leaderInCharge] : null,
    clerkId: ids.clerk,
    assignments: [
      {
        unitText: 'Phòng Nội vụ',
        unitIds: [nv],
        group: false,
        coordinating: [],
        tasks: [{ text: `Rà soát hồ sơ ${Math.random()}`, deadline: '2026-12-18', deadlineText: null, coordinating: [], recurrence: null }],
      },
    ],
  };
  const { id: directiveId } = (await h.http().post('/api/directives').set(auth(token.clerk)).send(body).expect(201)).body;
  await h.http().post(`/api/directives/${directiveId}/publish`).set(auth(token.clerk)).expect(200);
  const [task] = (await h.http().get('/api/tasks').query({ directiveId }).set(auth(token.clerk)).expect(200)).body.items;
  const request = (
    await h.http().post(`/api/tasks/${task.id}/extension-requests`).set(auth(token.noivu)).send({ deadline: '2026-12-28', reason: 'Chờ số liệu' }).expect(201)
  ).body;
  await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(token.noivu)).send({ status: 'submitted', note: 'Đã xong' }).expect(201);
  return { id: task.id, requestId: request.id };
}

async function setClerkDecidesWork(on: boolean) {
  const { effectiveWindow: _w, updatedAt: _u, ...policy } = (await h.http().get('/api/reminder-policy').set(auth(token.admin)).expect(200)).body;
  await h
    .http()
    .put('/api/reminder-policy')
    .set(auth(token.admin))
    .send({ ...policy, clerkDecidesWork: on })
    .expect(200);
}

describe('on a task whose leader in charge is the deputy', () => {
  it.each(['admin', 'clerk', 'noivu', 'tckh'] as const)('%s may not accept, return, cancel or decide the extension', async (who) => {
    const task = await submittedTask('deputy');
    await h.http().post(`/api/tasks/${task.id}/accept`).set(auth(token[who])).send({}).expect(403);
    await h.http().post(`/api/tasks/${task.id}/return`).set(auth(token[who])).send({ reason: 'x' }).expect(403);
    await h.http().post(`/api/tasks/${task.id}/cancel`).set(auth(token[who])).send({ reason: 'x' }).expect(403);
    await h.http().post(`/api/extension-requests/${task.requestId}/decision`).set(auth(token[who])).send({ approve: true }).expect(403);
    expect((await h.http().get(`/api/tasks/${task.id}`).set(auth(token.deputy)).expect(200)).body.status).toBe('submitted');
  });

  it('the deputy decides, and sees the buttons to', async () => {
    const task = await submittedTask('deputy');
    const detail = (await h.http().get(`/api/tasks/${task.id}`).set(auth(token.deputy)).expect(200)).body;
    expect(detail.permissions).toMatchObject({ accept: true, return: true, cancel: true, decideExtension: true });
    await h.http().post(`/api/extension-requests/${task.requestId}/decision`).set(auth(token.deputy)).send({ approve: true }).expect(200);
    await h.http().post(`/api/tasks/${task.id}/accept`).set(auth(token.deputy)).send({}).expect(200);
  });

  it('lists a pending request to the leader who decides it and the chairman, not to another leader', async () => {
    const task = await submittedTask(null);
    const pending = async (who: keyof typeof PEOPLE) =>
      (
        (await h.http().get('/api/extension-requests').query({ status: 'pending', pageSize: 200 }).set(auth(token[who])).expect(200)).body.items as {
          id: string;
        }[]
      ).map((r) => r.id);
    expect(await pending('chairman')).toContain(task.requestId);
    expect(await pending('deputy')).not.toContain(task.requestId);
    const deputys = await submittedTask('deputy');
    expect(await pending('deputy')).toContain(deputys.requestId);
  });

  it('the chairman decides too', async () => {
    const task = await submittedTask('deputy');
    await h.http().post(`/api/tasks/${task.id}/return`).set(auth(token.chairman)).send({ reason: 'Bổ sung số liệu' }).expect(200);
  });
});

describe('on a task with no leader in charge', () => {
  it('the chairman decides; a deputy does not, and sees no decision buttons', async () => {
    const task = await submittedTask(null);
    expect((await h.http().get(`/api/tasks/${task.id}`).set(auth(token.deputy)).expect(200)).body.permissions).toMatchObject({
      accept: false,
      return: false,
      cancel: false,
      decideExtension: false,
    });
    await h.http().post(`/api/tasks/${task.id}/accept`).set(auth(token.deputy)).send({}).expect(403);
    await h.http().post(`/api/tasks/${task.id}/accept`).set(auth(token.chairman)).send({}).expect(200);
  });
});

describe('when the office lets the clerk who follows a task decide its work', () => {
  afterAll(() => setClerkDecidesWork(false));

  it("the clerk accepts on the leader's behalf, recorded as such, but still cannot cancel or extend", async () => {
    await setClerkDecidesWork(true);
    const task = await submittedTask('deputy');
    await h.http().post(`/api/tasks/${task.id}/cancel`).set(auth(token.clerk)).send({ reason: 'x' }).expect(403);
    await h.http().post(`/api/extension-requests/${task.requestId}/decision`).set(auth(token.clerk)).send({ approve: true }).expect(403);
    await h.http().post(`/api/tasks/${task.id}/accept`).set(auth(token.clerk)).send({}).expect(200);
    const [audit] = await db.query(`SELECT actor_id, after FROM audit_log WHERE action = 'task.accept' AND entity_id = $1`, [task.id]);
    expect(audit).toMatchObject({ actor_id: ids.clerk, after: { status: 'done', onBehalfOfLeaderId: ids.deputy } });
  });
});
