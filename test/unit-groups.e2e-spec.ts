import type { DataSource } from 'typeorm';
import { startApi, type ApiHarness } from './support/api-harness';

/*
 * Groups of units. The directive's page counts a group's tasks on the server, every one of them
 * (`9/12 trường đã hoàn thành`); and the head of a unit above others (the education office over
 * its schools) follows their tasks, read-only.
 */

let h: ApiHarness;
let db: DataSource;
let token: Record<keyof typeof PEOPLE, string>;
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const PEOPLE = {
  clerk: 'vanphong@dondoc.local',
  gddt: 'truongphong.gddt@dondoc.local',
  gddtStaff: 'chuyenvien.gddt@dondoc.local',
  noivu: 'truongphong.noivu@dondoc.local',
};
const FOLLOW_ONLY = 'Nhiệm vụ này của đơn vị trực thuộc: đơn vị của bạn chỉ theo dõi, không thực hiện được thao tác này';
let notice: string;
let schools: string[];

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z' });
  db = h.app.get((await import('typeorm')).DataSource);
  token = await h.loginAll(PEOPLE);
  [{ id: notice }] = await db.query(`SELECT id FROM directives WHERE source_text IS NOT NULL AND status = 'published'`);
  schools = (await db.query(`SELECT u.id FROM units u JOIN units p ON p.id = u.parent_id WHERE p.code = 'GDDT'`)).map((r: { id: string }) => r.id);
});
afterAll(() => h.close());

describe("a group's progress on the directive", () => {
  it("counts every school's tasks on the server: 9 of the 12 schools done", async () => {
    const [group]: { id: string; items: number }[] = await db.query(
      `SELECT a.id, (SELECT count(*)::int FROM assignment_items i WHERE i.assignment_id = a.id) AS items
         FROM assignments a WHERE a.directive_id = $1 AND a.is_group ORDER BY a.position LIMIT 1`,
      [notice],
    );
    expect(schools).toHaveLength(12);
    // Nine schools finish every task of the group's section; a tenth finishes only part of them.
    await db.query(
      `UPDATE tasks t SET status = 'done', progress = 100, submitted_on = '2026-11-20', completed_at = now()
         FROM assignment_items i WHERE i.id = t.assignment_item_id AND i.assignment_id = $1 AND t.lead_unit_id = ANY($2::uuid[])`,
      [group!.id, schools.slice(0, 9)],
    );
    await db.query(
      `UPDATE tasks SET status = 'done', progress = 100, submitted_on = '2026-11-20', completed_at = now()
        WHERE id = (SELECT t.id FROM tasks t JOIN assignment_items i ON i.id = t.assignment_item_id
                     WHERE i.assignment_id = $1 AND t.lead_unit_id = $2 LIMIT 1)`,
      [group!.id, schools[9]],
    );

    const directive = (await h.http().get(`/api/directives/${notice}`).set(auth(token.clerk)).expect(200)).body;
    const section = directive.assignments.find((a: { group: boolean }) => a.group);
    const items = group!.items;
    expect(section.progress).toEqual({ total: 12 * items, done: 9 * items + 1, overdue: expect.any(Number), units: 12, unitsDone: items === 1 ? 10 : 9 });
    const [all] = await db.query(
      `SELECT count(*) FILTER (WHERE status <> 'cancelled')::int AS total, count(*) FILTER (WHERE status = 'done')::int AS done FROM tasks WHERE directive_id = $1`,
      [notice],
    );
    expect(directive.progress).toMatchObject(all);

    // A school's head counts its own tasks only.
    const school = (await h.http().get(`/api/directives/${notice}`).set(auth(token.gddt)).expect(200)).body;
    expect(school.progress.total).toBeLessThan(all.total);
  });
});

describe("the education office's head follows its schools' tasks", () => {
  it('lists them with the filter, and only then; his staff and a unit with none under it get none', async () => {
    const own = (await h.http().get('/api/tasks').query({ pageSize: 200 }).set(auth(token.gddt)).expect(200)).body.items as { leadUnit: { id: string } }[];
    expect(own.some((t) => schools.includes(t.leadUnit.id))).toBe(false);

    const followed = (await h.http().get('/api/tasks').query({ scope: 'subordinates', pageSize: 200 }).set(auth(token.gddt)).expect(200)).body;
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM tasks WHERE lead_unit_id = ANY($1::uuid[])`, [schools]);
    expect(followed.total).toBe(n);
    expect(n).toBeGreaterThan(12);
    expect(followed.items.every((t: { leadUnit: { id: string } }) => schools.includes(t.leadUnit.id))).toBe(true);
    // With one school picked among them.
    const one = (await h.http().get('/api/tasks').query({ scope: 'subordinates', unitId: schools[0] }).set(auth(token.gddt)).expect(200)).body;
    expect(one.items.every((t: { leadUnit: { id: string } }) => t.leadUnit.id === schools[0])).toBe(true);

    expect((await h.http().get('/api/tasks').query({ scope: 'subordinates' }).set(auth(token.noivu)).expect(200)).body.total).toBe(0);
    const staff = await h.http().get('/api/tasks').query({ scope: 'subordinates' }).set(auth(token.gddtStaff)).expect(403);
    expect(staff.body.message).toBe('Chỉ trưởng đơn vị theo dõi được nhiệm vụ của các đơn vị trực thuộc');
  });

  it("reads a school's task and may act on nothing: each write is refused with a Vietnamese 403", async () => {
    const [task] = await db.query(`SELECT id, version FROM tasks WHERE lead_unit_id = $1 AND status = 'assigned' LIMIT 1`, [schools[11]]);
    const detail = (await h.http().get(`/api/tasks/${task.id}`).set(auth(token.gddt)).expect(200)).body;
    expect(detail.following).toBe(true);
    expect(Object.values(detail.permissions).some(Boolean)).toBe(false);

    const refused = [
      await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(token.gddt)).send({ progress: 50 }),
      await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(token.gddt)).send({ note: 'Đề nghị trường khẩn trương' }),
      await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(token.gddt)).send({ status: 'submitted', note: 'Xong' }),
      await h.http().post(`/api/tasks/${task.id}/extension-requests`).set(auth(token.gddt)).send({ deadline: '2027-01-29', reason: 'Chờ' }),
      await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(token.gddt)).field('note', 'Tệp').attach('files', Buffer.from('a,b\n1,2\n'), 'so-lieu.csv'),
    ];
    expect(refused.map((r) => [r.status, r.body.message])).toEqual(refused.map(() => [403, FOLLOW_ONLY]));
    expect((await db.query('SELECT version FROM tasks WHERE id = $1', [task.id]))[0].version).toBe(task.version);

    // The staff of the office do not follow the schools.
    await h.http().get(`/api/tasks/${task.id}`).set(auth(token.gddtStaff)).expect(403);
  });
});
