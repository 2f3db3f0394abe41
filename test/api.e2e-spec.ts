import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timelinessOf, TIMELINESS, type TaskStatus, type Timeliness } from '@dondoc/domain';
import { WorkingCalendar } from '@dondoc/calendar';
import { startApi, type ApiHarness } from './support/api-harness';
import { present } from './support/present';

const NOTICE = readFileSync(join(__dirname, 'fixtures/directives/an-duong-2023-tb-ket-luan-giao-duc.txt'), 'utf8');

let h: ApiHarness;
let admin: string, clerk: string, leader: string, noivu: string, tckh: string, gddt: string, gddtStaff: string;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z' });
  [admin, clerk, leader, noivu, tckh, gddt, gddtStaff] = await Promise.all([
    h.login('admin@dondoc.local'),
    h.login('vanphong@dondoc.local'),
    h.login('chutich@dondoc.local'),
    h.login('truongphong.noivu@dondoc.local'),
    h.login('truongphong.tckh@dondoc.local'),
    h.login('truongphong.gddt@dondoc.local'),
    h.login('chuyenvien.gddt@dondoc.local'),
  ]);
});
afterAll(() => h.close());

async function unitId(code: string): Promise<string> {
  const res = await h.http().get('/api/units').set(auth(clerk)).expect(200);
  return res.body.find((u: { code: string }) => u.code === code).id;
}

async function firstTask(token: string, query: Record<string, string>) {
  const res = await h.http().get('/api/tasks').query(query).set(auth(token)).expect(200);
  return res.body.items[0];
}

describe('sign-in', () => {
  it('returns a token and the user, never the password hash', async () => {
    const res = await h.http().post('/api/auth/login').send({ email: 'VanPhong@dondoc.local', password: 'dondoc-demo-test' }).expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toMatchObject({ email: 'vanphong@dondoc.local', role: 'clerk' });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses a wrong password with 401 and the contract error shape', async () => {
    const res = await h.http().post('/api/auth/login').send({ email: 'chutich@dondoc.local', password: 'wrong' }).expect(401);
    expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
  });

  it('slows down guessing: 429 after a few failures for one account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (
          await h
            .http()
            .post('/api/auth/login')
            .send({ email: 'phochutich@dondoc.local', password: `guess-${i}` })
        ).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('requires a token on every route but health and login', async () => {
    await h.http().get('/api/tasks').expect(401);
    await h.http().get('/api/health').expect(200);
  });

  it('sets helmet headers', async () => {
    const res = await h.http().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
  });
});

describe('tokens (OWASP API2)', () => {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

  it('rejects a token with alg none', async () => {
    const [, payload] = clerk.split('.');
    const forged = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    await h.http().get('/api/tasks').set(auth(forged)).expect(401);
  });

  it('rejects a tampered token (role raised to admin)', async () => {
    const [header, payload, signature] = noivu.split('.');
    const claims = JSON.parse(Buffer.from(present(payload, "the token's payload"), 'base64url').toString());
    const forged = `${header}.${b64({ ...claims, role: 'admin' })}.${signature}`;
    await h.http().get('/api/users').set(auth(forged)).expect(401);
  });

  it('rejects an expired token', async () => {
    const { JwtService } = await import('@nestjs/jwt');
    const jwt = h.app.get(JwtService);
    const me = await h.http().get('/api/auth/me').set(auth(clerk)).expect(200);
    const expired = await jwt.signAsync({ sub: me.body.id, role: 'clerk' }, { expiresIn: -10 });
    await h.http().get('/api/tasks').set(auth(expired)).expect(401);
  });
});

describe('OpenAPI', () => {
  it('documents the contract routes at /api/docs', async () => {
    await h.http().get('/api/docs').expect(200);
    const doc = (await h.http().get('/api/docs-json').expect(200)).body;
    for (const path of [
      '/api/auth/login',
      '/api/health',
      '/api/units',
      '/api/directives/parse',
      '/api/directives',
      '/api/directives/{id}/publish',
      '/api/tasks',
      '/api/tasks/{id}',
      '/api/tasks/{id}/updates',
      '/api/tasks/{id}/extension-requests',
      '/api/stats/units',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});

describe('health', () => {
  it('reports PostgreSQL and Redis up', async () => {
    const res = await h.http().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', details: { postgres: 'up', redis: 'up' } });
  });
});

describe('demo data', () => {
  it('publishes the fixture notice with one task per school for the group', async () => {
    const units = (await h.http().get('/api/units').set(auth(clerk)).expect(200)).body as { id: string; kind: string }[];
    const schools = units.filter((u) => ['preschool', 'primary_school', 'lower_secondary_school'].includes(u.kind));
    expect(schools.length).toBe(12);
    const directives = (await h.http().get('/api/directives').set(auth(clerk)).expect(200)).body.items;
    const notice = directives.find((d: { title: string }) => d.title?.startsWith('Kết luận của đồng chí Chủ tịch'));
    // 10 tasks for single units, and the 5 school duties once per school.
    expect(notice.taskCount).toBe(10 + 5 * 12);
  });

  it('gives a new dashboard every timeliness category', async () => {
    const stats = (await h.http().get('/api/stats/units').set(auth(leader)).expect(200)).body as Record<Timeliness, number>[];
    for (const timeliness of TIMELINESS) expect(stats.reduce((sum, unit) => sum + unit[timeliness], 0)).toBeGreaterThan(0);
  });

  it('is idempotent: a second run adds nothing', async () => {
    const { SeedService } = await import('../apps/api/src/seed/seed.service');
    const before = (await h.http().get('/api/tasks').set(auth(leader))).body.total;
    expect(await h.app.get(SeedService).run()).toEqual({ units: 0, users: 0, directives: 0 });
    expect((await h.http().get('/api/tasks').set(auth(leader))).body.total).toBe(before);
  });
});

describe('directives', () => {
  it('parses without saving, and the unchanged draft is a valid body to create', async () => {
    const draft = (await h.http().post('/api/directives/parse').set(auth(clerk)).send({ text: NOTICE }).expect(200)).body;
    expect(draft.assignments).toHaveLength(5);
    const created = await h.http().post('/api/directives').set(auth(clerk)).send(draft).expect(201);
    expect(created.body).toMatchObject({ id: expect.any(String), status: 'draft' });
    // Read back, it is the same draft: the stored directive and the parse output share one shape.
    const stored = (await h.http().get(`/api/directives/${created.body.id}`).set(auth(clerk)).expect(200)).body;
    expect(stored.assignments).toEqual(
      draft.assignments.map((a: Record<string, unknown>) => ({
        unitText: a.unitText,
        unitIds: a.unitIds,
        group: a.group,
        coordinating: a.coordinating,
        range: a.range,
        tasks: (a.tasks as Record<string, unknown>[]).map((t) => ({
          text: t.text,
          deadline: t.deadline,
          deadlineText: t.deadlineText,
          coordinating: t.coordinating,
          recurrence: t.recurrence,
          recurrenceText: t.recurrenceText,
          range: t.range,
        })),
      })),
    );
    const edited = { ...stored, title: 'Tiêu đề đã sửa' };
    for (const k of ['id', 'status', 'publishedAt', 'version', 'createdAt', 'updatedAt', 'leaderInCharge', 'clerk']) delete edited[k];
    const patched = await h.http().patch(`/api/directives/${created.body.id}`).set(auth(clerk)).send(edited).expect(200);
    expect(patched.body).toMatchObject({ title: 'Tiêu đề đã sửa', assignments: stored.assignments });
  });

  it('refuses an empty text with 400', async () => {
    await h.http().post('/api/directives/parse').set(auth(clerk)).send({ text: '   ' }).expect(400);
  });

  it('publishes once: tasks per lead unit, then 409 on a second publish', async () => {
    const nv = await unitId('NV');
    const vhtt = await unitId('VHTT');
    const body = {
      number: '45',
      symbol: 'TB-UBND',
      docType: 'Thông báo',
      issuer: 'UBND huyện',
      date: '2026-11-20',
      title: 'Thông báo thử xuất bản',
      signer: null,
      assignments: [
        {
          unitText: 'Phòng Nội vụ',
          unitIds: [nv],
          group: false,
          coordinating: [{ text: 'phòng VH TT', unitId: vhtt }],
          tasks: [{ text: 'Rà soát biên chế năm 2027', deadline: '2026-12-15', deadlineText: 'trước ngày 15/12/2026', coordinating: [], recurrence: null }],
        },
      ],
    };
    const { id } = (await h.http().post('/api/directives').set(auth(clerk)).send(body).expect(201)).body;
    const published = await h.http().post(`/api/directives/${id}/publish`).set(auth(clerk)).expect(200);
    expect(published.body).toEqual({ id, status: 'published', taskCount: 1 });
    await h.http().post(`/api/directives/${id}/publish`).set(auth(clerk)).expect(409);
    const task = await firstTask(clerk, { directiveId: id });
    expect(task).toMatchObject({ leadUnit: { id: nv }, deadline: '2026-12-15', originalDeadline: '2026-12-15', status: 'assigned', timeliness: 'on_track' });
    expect(task.coordinatingUnits.map((u: { id: string }) => u.id)).toEqual([vhtt]);
  });

  it('publishes a draft without a leader as having none, never the chairman in their place, and lets the clerk clear a leader', async () => {
    const nv = await unitId('NV');
    const leaders = (await h.http().get('/api/users').query({ role: 'leader' }).set(auth(clerk)).expect(200)).body.items as { id: string; email: string }[];
    const deputy = leaders.find((u) => u.email === 'phochutich@dondoc.local')!.id;
    const body = {
      title: 'Kết luận của đồng chí Phó Chủ tịch UBND huyện',
      leaderInChargeId: deputy,
      assignments: [
        {
          unitText: 'Phòng Nội vụ',
          unitIds: [nv],
          group: false,
          coordinating: [],
          tasks: [{ text: 'Rà soát hồ sơ cán bộ', deadline: null, deadlineText: null, coordinating: [], recurrence: null }],
        },
      ],
    };
    const { id } = (await h.http().post('/api/directives').set(auth(clerk)).send(body).expect(201)).body;
    const cleared = (
      await h
        .http()
        .patch(`/api/directives/${id}`)
        .set(auth(clerk))
        .send({ ...body, leaderInChargeId: null })
        .expect(200)
    ).body;
    expect(cleared.leaderInChargeId).toBeNull();
    await h.http().post(`/api/directives/${id}/publish`).set(auth(clerk)).expect(200);
    expect((await h.http().get(`/api/directives/${id}`).set(auth(clerk)).expect(200)).body.leaderInChargeId).toBeNull();
    expect((await firstTask(clerk, { directiveId: id })).leaderInCharge).toBeNull();
  });

  it('refuses to publish an assignment without a lead unit, naming it', async () => {
    const body = {
      number: null,
      symbol: null,
      docType: null,
      issuer: null,
      date: null,
      title: 'Chưa có đơn vị',
      signer: null,
      assignments: [
        {
          unitText: 'Phòng Ngoại giao',
          unitIds: [],
          group: false,
          coordinating: [],
          tasks: [{ text: 'Việc gì đó', deadline: null, deadlineText: null, coordinating: [], recurrence: null }],
        },
      ],
    };
    const { id } = (await h.http().post('/api/directives').set(auth(clerk)).send(body).expect(201)).body;
    const res = await h.http().post(`/api/directives/${id}/publish`).set(auth(clerk)).expect(400);
    expect(res.body.message).toContain('Phòng Ngoại giao');
  });

  it('refuses to publish more than 2,000 tasks at once, naming the limit, and publishes nothing', async () => {
    const units = await Promise.all(['NV', 'TCKH', 'GDDT', 'VHTT', 'YT'].map(unitId));
    const tasks = Array.from({ length: 401 }, (_, i) => ({ text: `Việc số ${i + 1}`, deadline: null, deadlineText: null, coordinating: [], recurrence: null }));
    const body = { title: 'Quá nhiều nhiệm vụ', assignments: [{ unitText: 'Các phòng', unitIds: units, group: true, coordinating: [], tasks }] };
    const { id } = (await h.http().post('/api/directives').set(auth(clerk)).send(body).expect(201)).body;
    const res = await h.http().post(`/api/directives/${id}/publish`).set(auth(clerk)).expect(400);
    expect(res.body.message).toBe(
      'Một lần ban hành tạo được tối đa 2.000 nhiệm vụ; văn bản này sẽ tạo 2.005: hãy tách thành nhiều văn bản hoặc bớt đơn vị chủ trì',
    );
    expect((await h.http().get(`/api/directives/${id}`).set(auth(clerk)).expect(200)).body.status).toBe('draft');
    expect((await h.http().get('/api/tasks').query({ directiveId: id }).set(auth(clerk)).expect(200)).body.total).toBe(0);
  });

  it('deletes a draft with its items, audited, and refuses to delete a published directive', async () => {
    const nv = await unitId('NV');
    const body = {
      title: 'Nháp sẽ xóa',
      assignments: [
        {
          unitText: 'Phòng Nội vụ',
          unitIds: [nv],
          group: false,
          coordinating: [],
          tasks: [{ text: 'Việc nháp', deadline: null, deadlineText: null, coordinating: [], recurrence: null }],
        },
      ],
    };
    const draft = (await h.http().post('/api/directives').set(auth(clerk)).send(body).expect(201)).body;
    await h.http().delete(`/api/directives/${draft.id}`).set(auth(noivu)).expect(403);
    await h.http().delete(`/api/directives/${draft.id}`).set(auth(clerk)).expect(204);
    await h.http().get(`/api/directives/${draft.id}`).set(auth(clerk)).expect(404);
    await h.http().delete(`/api/directives/${draft.id}`).set(auth(clerk)).expect(404);
    const ds = h.app.get((await import('typeorm')).DataSource);
    expect(await ds.query(`SELECT 1 FROM assignments WHERE directive_id = $1`, [draft.id])).toHaveLength(0);
    const audit: { before: { title: string } }[] = await ds.query(`SELECT before FROM audit_log WHERE action = 'directive.delete' AND entity_id = $1`, [
      draft.id,
    ]);
    expect(audit.map((a) => a.before.title)).toEqual(['Nháp sẽ xóa']);

    const published = (
      await h
        .http()
        .post('/api/directives')
        .set(auth(clerk))
        .send({ ...body, title: 'Đã ban hành' })
        .expect(201)
    ).body;
    await h.http().post(`/api/directives/${published.id}/publish`).set(auth(clerk)).expect(200);
    const refused = await h.http().delete(`/api/directives/${published.id}`).set(auth(clerk)).expect(409);
    expect(refused.body.message).toBe('Văn bản đã ban hành, không xóa được');
    expect((await h.http().get(`/api/directives/${published.id}`).set(auth(clerk)).expect(200)).body.status).toBe('published');
  });

  it('rejects unknown fields, impossible dates and unknown units with 400', async () => {
    const base = { title: 'x', assignments: [] };
    await h
      .http()
      .post('/api/directives')
      .set(auth(clerk))
      .send({ ...base, isAdmin: true })
      .expect(400);
    await h
      .http()
      .post('/api/directives')
      .set(auth(clerk))
      .send({ ...base, date: '2026-02-30' })
      .expect(400);
    const res = await h
      .http()
      .post('/api/directives')
      .set(auth(clerk))
      .send({ ...base, assignments: [{ unitText: 'x', unitIds: ['00000000-0000-4000-8000-000000000000'], group: false, coordinating: [], tasks: [] }] })
      .expect(400);
    expect(res.body.message).toContain('00000000-0000-4000-8000-000000000000');
  });
});

describe('task list', () => {
  it('orders overdue first (oldest deadline first), then by deadline, standing tasks last', async () => {
    const res = await h.http().get('/api/tasks').query({ pageSize: 200 }).set(auth(leader)).expect(200);
    const items = res.body.items as { timeliness: string; deadline: string | null; status: string }[];
    expect(res.body.total).toBeGreaterThan(items.length - 1);
    const openOverdue = (t: { status: string; timeliness: string }) => t.timeliness === 'overdue' && ['assigned', 'in_progress'].includes(t.status);
    const firstNotOverdue = items.findIndex((t) => !openOverdue(t));
    expect(items.slice(firstNotOverdue).some(openOverdue)).toBe(false);
    const rest = items.slice(firstNotOverdue);
    const firstNull = rest.findIndex((t) => t.deadline === null);
    expect(rest.slice(firstNull).every((t) => t.deadline === null)).toBe(true);
    const dated = rest.slice(0, firstNull).map((t) => t.deadline as string);
    expect([...dated].sort()).toEqual(dated);
  });

  it('filters by unit, status, timeliness, due range and unaccented text', async () => {
    const gd = await unitId('GDDT');
    const byUnit = (await h.http().get('/api/tasks').query({ unitId: gd, pageSize: 100 }).set(auth(leader)).expect(200)).body;
    expect(byUnit.items.every((t: { leadUnit: { id: string } }) => t.leadUnit.id === gd)).toBe(true);
    const overdue = (await h.http().get('/api/tasks').query({ timeliness: 'overdue' }).set(auth(leader)).expect(200)).body;
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((t: { timeliness: string }) => t.timeliness === 'overdue')).toBe(true);
    const search = (await h.http().get('/api/tasks').query({ q: 'chuyen doi so' }).set(auth(leader)).expect(200)).body;
    expect(search.total).toBeGreaterThan(0);
    expect(search.items.every((t: { text: string }) => /chuyển đổi số/i.test(t.text))).toBe(true);
    const ranged = (await h.http().get('/api/tasks').query({ dueFrom: '2026-11-01', dueTo: '2026-12-31' }).set(auth(leader)).expect(200)).body;
    expect(ranged.items.every((t: { deadline: string }) => t.deadline >= '2026-11-01' && t.deadline <= '2026-12-31')).toBe(true);
    await h.http().get('/api/tasks').query({ status: 'finished' }).set(auth(leader)).expect(400);
    await h.http().get('/api/tasks').query({ pageSize: 1000 }).set(auth(leader)).expect(400);
  });

  it('shows a unit head only the tasks of their unit', async () => {
    const nv = await unitId('NV');
    const res = (await h.http().get('/api/tasks').query({ pageSize: 200 }).set(auth(noivu)).expect(200)).body;
    expect(res.total).toBeGreaterThan(0);
    expect(
      res.items.every(
        (t: { leadUnit: { id: string }; coordinatingUnits: { id: string }[] }) => t.leadUnit.id === nv || t.coordinatingUnits.some((u) => u.id === nv),
      ),
    ).toBe(true);
  });
});

describe('statistics', () => {
  it('counts in SQL exactly what the pure rule says for every task', async () => {
    const ds = h.app.get((await import('typeorm')).DataSource);
    const rows: { lead_unit_id: string; status: TaskStatus; deadline: string | null; submitted_on: string | null }[] = await ds.query(
      `SELECT lead_unit_id, status, to_char(deadline, 'YYYY-MM-DD') AS deadline, to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on FROM tasks`,
    );
    const today = '2026-11-26';
    const ctx = { today, dueSoonUntil: new WorkingCalendar().addWorkingDays(today, 3) };
    const expected = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const timeliness = timelinessOf({ status: r.status, deadline: r.deadline, submittedOn: r.submitted_on }, ctx);
      if (!timeliness) continue;
      const counts = expected.get(r.lead_unit_id) ?? Object.fromEntries(TIMELINESS.map((k) => [k, 0]));
      counts[timeliness] = (counts[timeliness] ?? 0) + 1;
      expected.set(r.lead_unit_id, counts);
    }
    const stats = (await h.http().get('/api/stats/units').set(auth(leader)).expect(200)).body as ({ unitId: string } & Record<string, number>)[];
    expect(stats.length).toBe(expected.size);
    for (const s of stats) for (const c of TIMELINESS) expect([s.unitId, c, s[c]]).toEqual([s.unitId, c, expected.get(s.unitId)![c]]);
  });
});

describe('the work on a task', () => {
  it('runs report → submit → return → submit → accept, with history, and judges it on the submission day', async () => {
    const task = await firstTask(tckh, { unitId: await unitId('TCKH'), status: 'assigned', timeliness: 'due_soon' });
    expect(task).toBeDefined();
    const reported = await h
      .http()
      .post(`/api/tasks/${task.id}/updates`)
      .set(auth(tckh))
      .send({ progress: 50, note: 'Đã làm được một nửa', version: task.version })
      .expect(201);
    expect(reported.body).toMatchObject({ status: 'in_progress', progress: 50, version: task.version + 1 });
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(tckh)).send({ status: 'submitted', note: 'Xong' }).expect(201);
    const returned = await h.http().post(`/api/tasks/${task.id}/return`).set(auth(leader)).send({ reason: 'Bổ sung số liệu' }).expect(200);
    expect(returned.body.status).toBe('in_progress');
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(tckh)).send({ status: 'submitted', note: 'Đã bổ sung' }).expect(201);
    const done = await h.http().post(`/api/tasks/${task.id}/accept`).set(auth(leader)).send({}).expect(200);
    expect(done.body).toMatchObject({ status: 'done', timeliness: 'done_on_time', progress: 100 });
    const detail = (await h.http().get(`/api/tasks/${task.id}`).set(auth(leader)).expect(200)).body;
    expect(detail.updates.map((u: { toStatus: string | null }) => u.toStatus)).toEqual(['in_progress', 'submitted', 'in_progress', 'submitted', 'done']);
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(tckh)).send({ progress: 10 }).expect(409);
  });

  it('gives 409 for a stale version', async () => {
    const task = await firstTask(gddt, { status: 'in_progress' });
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddtStaff)).send({ progress: 60, version: task.version }).expect(201);
    const stale = await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).send({ progress: 70, version: task.version }).expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
  });

  it('refuses an empty progress report, which would only move the status', async () => {
    const task = await firstTask(tckh, { unitId: await unitId('TCKH'), status: 'assigned' });
    const empty = 'Báo cáo chưa có nội dung: hãy thay đổi tiến độ, nhập nội dung báo cáo hoặc đính kèm tệp.';
    for (const body of [{ progress: task.progress, version: task.version }, { progress: task.progress, note: '  \n ' }, {}, { note: ' ' }]) {
      const refused = await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(tckh)).send(body).expect(400);
      expect(refused.body.message).toBe(empty);
    }
    const unchanged = (await h.http().get(`/api/tasks/${task.id}`).set(auth(tckh)).expect(200)).body;
    expect(unchanged).toMatchObject({ status: 'assigned', version: task.version, updates: [] });
    const noted = await h
      .http()
      .post(`/api/tasks/${task.id}/updates`)
      .set(auth(tckh))
      .send({ progress: task.progress, note: ' Đang rà soát số liệu ' })
      .expect(201);
    expect(noted.body).toMatchObject({ status: 'in_progress', progress: task.progress });
    const detail = (await h.http().get(`/api/tasks/${task.id}`).set(auth(tckh)).expect(200)).body;
    expect(detail.updates.map((u: { note: string }) => u.note)).toEqual(['Đang rà soát số liệu']);
  });

  it('validates progress 0..100 and rejects mass assignment of status, unit or role', async () => {
    const task = await firstTask(gddt, { status: 'in_progress' });
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).send({ progress: 101 }).expect(400);
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).send({ progress: -1 }).expect(400);
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).send({ status: 'done' }).expect(400);
    await h
      .http()
      .post(`/api/tasks/${task.id}/updates`)
      .set(auth(gddt))
      .send({ note: 'x', leadUnitId: await unitId('NV') })
      .expect(400);
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).send({ note: 'x', role: 'admin' }).expect(400);
  });

  it('extends a deadline on approval and keeps the original on record', async () => {
    const task = await firstTask(gddt, { timeliness: 'overdue', status: 'in_progress' });
    const req = await h
      .http()
      .post(`/api/tasks/${task.id}/extension-requests`)
      .set(auth(gddt))
      .send({ deadline: '2026-12-20', reason: 'Chờ số liệu các trường' })
      .expect(201);
    await h.http().post(`/api/tasks/${task.id}/extension-requests`).set(auth(gddt)).send({ deadline: '2026-12-21', reason: 'lần nữa' }).expect(409);
    await h.http().post(`/api/extension-requests/${req.body.id}/decision`).set(auth(clerk)).send({ approve: true }).expect(403);
    await h.http().post(`/api/extension-requests/${req.body.id}/decision`).set(auth(leader)).send({ approve: true, note: 'Đồng ý' }).expect(200);
    const detail = (await h.http().get(`/api/tasks/${task.id}`).set(auth(gddt)).expect(200)).body;
    // Granted for Sunday 20/12, the deadline is in force on Monday 21/12 (a period ending on a day off ends on the next working day).
    expect(detail).toMatchObject({
      deadline: '2026-12-21',
      statedDeadline: '2026-12-20',
      originalDeadline: task.deadline,
      extensionCount: 1,
      extendedWhileOverdue: true,
      timeliness: 'on_track',
    });
    expect(detail.deadlineHistory).toEqual([expect.objectContaining({ previousDeadline: task.deadline, newDeadline: '2026-12-20' })]);
    await h.http().post(`/api/extension-requests/${req.body.id}/decision`).set(auth(leader)).send({ approve: false }).expect(409);
  });

  it('lets the leader grant another date than the one asked for, never one in the past', async () => {
    const task = await firstTask(noivu, { unitId: await unitId('NV'), status: 'assigned' });
    const asked = '2027-03-31';
    const req = (
      await h.http().post(`/api/tasks/${task.id}/extension-requests`).set(auth(noivu)).send({ deadline: asked, reason: 'Chờ hướng dẫn của Sở' }).expect(201)
    ).body;
    const past = await h
      .http()
      .post(`/api/extension-requests/${req.id}/decision`)
      .set(auth(leader))
      .send({ approve: true, deadline: '2026-11-20' })
      .expect(400);
    expect(past.body.message).toMatch(/phải sau hạn hiện tại|quá khứ/);
    await h.http().post(`/api/extension-requests/${req.id}/decision`).set(auth(leader)).send({ approve: false, deadline: '2027-02-15' }).expect(400);
    await h
      .http()
      .post(`/api/extension-requests/${req.id}/decision`)
      .set(auth(leader))
      .send({ approve: true, deadline: '2027-02-15', note: 'Gia hạn đến giữa tháng 2' })
      .expect(200);
    const detail = (await h.http().get(`/api/tasks/${task.id}`).set(auth(noivu)).expect(200)).body;
    expect(detail).toMatchObject({ deadline: '2027-02-15', extensionCount: 1 });
    expect(detail.extensionRequests).toEqual([expect.objectContaining({ requestedDeadline: asked, grantedDeadline: '2027-02-15', status: 'approved' })]);
    expect(detail.deadlineHistory).toEqual([expect.objectContaining({ previousDeadline: task.deadline, newDeadline: '2027-02-15' })]);
  });

  it('lets only the leader cancel, and a cancelled task takes nothing more', async () => {
    const task = await firstTask(leader, { status: 'assigned', unitId: await unitId('TCKH') });
    await h.http().post(`/api/tasks/${task.id}/cancel`).set(auth(clerk)).send({ reason: 'x' }).expect(403);
    await h.http().post(`/api/tasks/${task.id}/cancel`).set(auth(leader)).send({ reason: 'Không còn phù hợp' }).expect(200);
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(tckh)).send({ progress: 10 }).expect(409);
  });
});

describe('who may do what (OWASP API1, API5)', () => {
  let nvTask: { id: string; version: number };
  beforeAll(async () => {
    nvTask = await firstTask(noivu, { unitId: await unitId('NV'), status: 'assigned' });
  });

  it("hides another unit's task from a unit head: 403 and none of its data", async () => {
    const res = await h.http().get(`/api/tasks/${nvTask.id}`).set(auth(tckh)).expect(403);
    expect(JSON.stringify(res.body)).not.toContain(nvTask.id);
    expect(Object.keys(res.body).sort()).toEqual(['error', 'message', 'statusCode']);
  });

  it("refuses a unit head's update of another unit's task", async () => {
    await h.http().post(`/api/tasks/${nvTask.id}/updates`).set(auth(tckh)).send({ progress: 10 }).expect(403);
    await h.http().post(`/api/tasks/${nvTask.id}/extension-requests`).set(auth(tckh)).send({ deadline: '2027-01-10', reason: 'x' }).expect(403);
  });

  it('lets a coordinating unit add a note but not report progress', async () => {
    const gd = await unitId('GDDT');
    const coordinated = (await h.http().get('/api/tasks').query({ pageSize: 200 }).set(auth(gddt)).expect(200)).body.items.find(
      (t: { leadUnit: { id: string }; status: string }) => t.leadUnit.id !== gd && ['assigned', 'in_progress'].includes(t.status),
    );
    expect(coordinated).toBeDefined();
    await h.http().post(`/api/tasks/${coordinated.id}/updates`).set(auth(gddt)).send({ note: 'Phòng GD&ĐT đã gửi số liệu' }).expect(201);
    await h.http().post(`/api/tasks/${coordinated.id}/updates`).set(auth(gddt)).send({ progress: 30 }).expect(403);
  });

  // Every row has a body (null for GET): with a missing fourth value Jest would pass its `done` callback there.
  const routes: [string, 'get' | 'post' | 'patch', string, object | null][] = [
    ['create a directive', 'post', '/api/directives', { assignments: [] }],
    ['parse a notice', 'post', '/api/directives/parse', { text: 'x' }],
    ['create a unit', 'post', '/api/units', { code: 'X', name: 'X', kind: 'department' }],
    ['list users', 'get', '/api/users', null],
    ['create a user', 'post', '/api/users', { email: 'x@x.vn', name: 'x', role: 'admin', password: 'long-enough-pass' }],
    ['set a calendar day', 'post', '/api/calendar/days', { date: '2027-01-02', kind: 'day_off', name: 'x' }],
  ];
  it.each(routes)('refuses a unit head to %s (403)', async (_name, method, path, body) => {
    const req = h.http()[method](path).set(auth(noivu));
    await (body ? req.send(body) : req).expect(403);
  });

  it.each([
    ['accept', {}],
    ['return', { reason: 'x' }],
    ['cancel', { reason: 'x' }],
  ] as const)('refuses a unit head to %s work (403)', async (action, body) => {
    await h.http().post(`/api/tasks/${nvTask.id}/${action}`).set(auth(noivu)).send(body).expect(403);
  });

  it('lets admins manage users and units, and never returns a password hash', async () => {
    const res = await h
      .http()
      .post('/api/users')
      .set(auth(admin))
      .send({ email: 'New.Head@dondoc.local', name: 'Trưởng phòng mới', role: 'unit_head', unitId: await unitId('YT'), password: 'a-long-password' })
      .expect(201);
    expect(res.body).toMatchObject({ email: 'new.head@dondoc.local', role: 'unit_head' });
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon2/i);
    const unitless = await h
      .http()
      .post('/api/users')
      .set(auth(admin))
      .send({ email: 'x@dondoc.local', name: 'x', role: 'unit_head', password: 'a-long-password' })
      .expect(400);
    expect(unitless.body.message).toBe('Trưởng đơn vị và cán bộ đơn vị phải thuộc một đơn vị: hãy chọn đơn vị');
    const taken = await h
      .http()
      .post('/api/users')
      .set(auth(admin))
      .send({ email: 'new.head@dondoc.local', name: 'dup', role: 'leader', password: 'a-long-password' })
      .expect(409);
    expect(taken.body.message).toBe('Email này đã được dùng cho một tài khoản khác');
    const list = await h.http().get('/api/users').set(auth(admin)).expect(200);
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|passwordHash/);
    await h
      .http()
      .post('/api/units')
      .set(auth(admin))
      .send({ code: 'PTP', name: 'Phòng Tư pháp', kind: 'department', aliases: ['Tư pháp'] })
      .expect(201);
    const code = await h.http().post('/api/units').set(auth(clerk)).send({ code: 'PTP', name: 'Trùng mã', kind: 'department' }).expect(409);
    expect(code.body.message).toBe('Mã đơn vị này đã được dùng cho một đơn vị khác');
  });

  it("lets a unit be headed only by an active unit head of its own, and only an admin change the committee's head or address", async () => {
    const users = (await h.http().get('/api/users').query({ pageSize: 200 }).set(auth(admin)).expect(200)).body.items as { id: string; email: string }[];
    const id = (email: string) => users.find((u) => u.email === email)!.id;
    const [nv, ubnd] = [await unitId('NV'), await unitId('UBND')];
    const message = 'Người đứng đầu phải là tài khoản đang hoạt động của chính đơn vị này, với vai trò trưởng đơn vị (lãnh đạo UBND đối với Ủy ban)';
    for (const outsider of ['truongphong.tckh@dondoc.local', 'vanphong@dondoc.local', 'chutich@dondoc.local']) {
      const res = await h
        .http()
        .patch(`/api/units/${nv}`)
        .set(auth(clerk))
        .send({ headUserId: id(outsider) })
        .expect(400);
      expect(res.body.message).toBe(message);
    }
    await h
      .http()
      .post('/api/units')
      .set(auth(clerk))
      .send({ code: 'NEWH', name: 'x', kind: 'department', headUserId: id('truongphong.noivu@dondoc.local') })
      .expect(400);
    await h
      .http()
      .patch(`/api/units/${nv}`)
      .set(auth(clerk))
      .send({ headUserId: id('truongphong.noivu@dondoc.local'), name: 'Phòng Nội vụ' })
      .expect(200);

    const forbidden = 'Chỉ quản trị viên được đổi người đứng đầu, địa chỉ thư hoặc trạng thái của Ủy ban';
    for (const change of [{ email: 'someone@else.example' }, { headUserId: id('phochutich@dondoc.local') }, { active: false }]) {
      const res = await h.http().patch(`/api/units/${ubnd}`).set(auth(clerk)).send(change).expect(403);
      expect(res.body.message).toBe(forbidden);
    }
    await h.http().post('/api/units').set(auth(clerk)).send({ code: 'UB2', name: 'x', kind: 'committee' }).expect(403);
    await h
      .http()
      .patch(`/api/units/${ubnd}`)
      .set(auth(clerk))
      .send({ aliases: ['UBND huyện', 'Ủy ban nhân dân huyện'] })
      .expect(200);
    await h
      .http()
      .patch(`/api/units/${ubnd}`)
      .set(auth(admin))
      .send({ headUserId: id('truongphong.noivu@dondoc.local') })
      .expect(400);
    const same = await h
      .http()
      .patch(`/api/units/${ubnd}`)
      .set(auth(admin))
      .send({ email: 'ubnd@dondoc.local', headUserId: id('chutich@dondoc.local') })
      .expect(200);
    expect(same.body).toMatchObject({ email: 'ubnd@dondoc.local', headUserId: id('chutich@dondoc.local') });
  });

  it("keeps a person's office, set and cleared by the admin, and lists it with the leaders", async () => {
    const created = (
      await h
        .http()
        .post('/api/users')
        .set(auth(admin))
        .send({ email: 'pct2@dondoc.local', name: 'Nguyễn Thị Lan', role: 'leader', title: ' Phó Chủ tịch UBND huyện ', password: 'a-long-password' })
        .expect(201)
    ).body;
    expect(created.title).toBe('Phó Chủ tịch UBND huyện');
    const leaders = (await h.http().get('/api/users').query({ role: 'leader' }).set(auth(clerk)).expect(200)).body.items as {
      email: string;
      title: string | null;
    }[];
    expect(leaders.find((u) => u.email === 'phochutich@dondoc.local')?.title).toBe('Phó Chủ tịch Thường trực UBND huyện');
    const cleared = (await h.http().patch(`/api/users/${created.id}`).set(auth(admin)).send({ title: '' }).expect(200)).body;
    expect(cleared.title).toBeNull();
    await h.http().patch(`/api/users/${created.id}`).set(auth(admin)).send({ active: false }).expect(200);
  });

  it('lets a clerk list leaders and clerks only', async () => {
    const leaders = (await h.http().get('/api/users').query({ role: 'leader' }).set(auth(clerk)).expect(200)).body.items;
    expect(leaders.length).toBeGreaterThan(0);
    expect(leaders.every((u: { role: string }) => u.role === 'leader')).toBe(true);
    await h.http().get('/api/users').query({ role: 'clerk' }).set(auth(clerk)).expect(200);
    await h.http().get('/api/users').query({ role: 'admin' }).set(auth(clerk)).expect(403);
    await h.http().get('/api/users').set(auth(clerk)).expect(403);
  });

  it('records every write in the audit log', async () => {
    const ds = h.app.get((await import('typeorm')).DataSource);
    const rows: { action: string }[] = await ds.query(`SELECT DISTINCT action FROM audit_log`);
    const actions = rows.map((r) => r.action);
    for (const a of [
      'directive.create',
      'directive.publish',
      'task.report',
      'task.submit',
      'task.accept',
      'task.return',
      'task.cancel',
      'user.create',
      'unit.create',
    ]) {
      expect(actions).toContain(a);
    }
    const leaked: unknown[] = await ds.query(`SELECT 1 FROM audit_log WHERE after::text ILIKE '%argon2%' OR before::text ILIKE '%argon2%'`);
    expect(leaked).toHaveLength(0);
  });
});
