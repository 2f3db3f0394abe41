import type { DataSource } from 'typeorm';
import { startApi, type ApiHarness } from './support/api-harness';

/*
 * Comments on a task: a leader gives directions (ý kiến chỉ đạo), the lead and coordinating units
 * answer. The lead unit's head is told of a leader's direction through the outbox.
 */

let h: ApiHarness;
let db: DataSource;
let token: Record<keyof typeof PEOPLE, string>;
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const PEOPLE = {
  chairman: 'chutich@dondoc.local',
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
});
afterAll(() => h.close());

/** A published task of Phòng Nội vụ, Phòng Tài chính - Kế hoạch coordinating. */
async function task(): Promise<string> {
  const [{ id: nv }] = await db.query(`SELECT id FROM units WHERE code = 'NV'`);
  const [{ id: tckh }] = await db.query(`SELECT id FROM units WHERE code = 'TCKH'`);
  const body = {
    title: 'Thông báo thử ý kiến',
    assignments: [
      {
        unitText: 'Phòng Nội vụ',
        unitIds: [nv],
        group: false,
        coordinating: [{ text: 'Phòng Tài chính - Kế hoạch', unitId: tckh }],
        tasks: [{ text: `Rà soát vị trí việc làm ${Math.random()}`, deadline: '2026-12-18', deadlineText: null, coordinating: [], recurrence: null }],
      },
    ],
  };
  const { id: directiveId } = (await h.http().post('/api/directives').set(auth(token.clerk)).send(body).expect(201)).body;
  await h.http().post(`/api/directives/${directiveId}/publish`).set(auth(token.clerk)).expect(200);
  return (await h.http().get('/api/tasks').query({ directiveId }).set(auth(token.clerk)).expect(200)).body.items[0].id;
}

const comments = (id: string) =>
  db.query(`SELECT kind, recipient_email, payload FROM notifications WHERE kind = 'leader_comment' AND items @> $1::jsonb`, [JSON.stringify([{ taskId: id }])]);

it("a leader's direction reaches the lead unit's head through the outbox; the units answer; the timeline shows who said what", async () => {
  const id = await task();
  const note = 'Đề nghị ưu tiên rà soát các vị trí còn thiếu, báo cáo trước ngày 10/12.';
  await h.http().post(`/api/tasks/${id}/updates`).set(auth(token.chairman)).send({ note }).expect(201);
  expect(await comments(id)).toEqual([{ kind: 'leader_comment', recipient_email: PEOPLE.noivu, payload: { author: 'Phạm Việt Hùng', note } }]);

  await h.http().post(`/api/tasks/${id}/updates`).set(auth(token.noivu)).send({ note: 'Phòng Nội vụ tiếp thu, sẽ báo cáo đúng hạn.' }).expect(201);
  await h.http().post(`/api/tasks/${id}/updates`).set(auth(token.tckh)).send({ note: 'Phòng TC-KH đã gửi số liệu biên chế.' }).expect(201);
  await h.http().post(`/api/tasks/${id}/updates`).set(auth(token.clerk)).send({ note: 'Văn phòng sẽ tổng hợp.' }).expect(201);
  // Only a leader's word is a direction that is mailed.
  expect(await comments(id)).toHaveLength(1);

  const detail = (await h.http().get(`/api/tasks/${id}`).set(auth(token.noivu)).expect(200)).body;
  expect(detail.updates.map((u: { kind: string; author: { role: string } }) => [u.kind, u.author.role])).toEqual([
    ['note', 'leader'],
    ['note', 'unit_head'],
    ['note', 'unit_head'],
    ['note', 'clerk'],
  ]);
  expect(detail.permissions.comment).toBe(true);
  // The task's status and progress are left as they were: a comment is no report.
  expect(detail).toMatchObject({ status: 'assigned', progress: 0 });
});

it("who may comment: the leaders, the office's clerks, the lead and coordinating units; not an admin, not another unit", async () => {
  const id = await task();
  for (const who of ['chairman', 'clerk', 'noivu', 'tckh'] as const) {
    expect((await h.http().get(`/api/tasks/${id}`).set(auth(token[who])).expect(200)).body.permissions.comment).toBe(true);
  }
  expect((await h.http().get(`/api/tasks/${id}`).set(auth(token.admin)).expect(200)).body.permissions.comment).toBe(false);
  await h.http().post(`/api/tasks/${id}/updates`).set(auth(token.admin)).send({ note: 'x' }).expect(403);
  const other = await h.http().post(`/api/tasks/${id}/updates`).set(auth(token.gddt)).send({ note: 'x' }).expect(403);
  expect(other.body.message).toBe('Nhiệm vụ này không thuộc đơn vị của bạn');
});
