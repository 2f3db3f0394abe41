import { startApi, type ApiHarness } from './support/api-harness';
import { queuePrefix, runId } from './support/test-services';

/*
 * Who reads which directives: drafts only by those who prepare them, the chairman and the leader in
 * charge; a unit's people only the published ones that give their unit a task, and of those the
 * header and their own unit's part.
 */

let h: ApiHarness;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
let clerk: string, admin: string, chairman: string, deputy: string, noivu: string, tckh: string, gddt: string, gddtStaff: string;
let unit: Record<'NV' | 'TCKH' | 'GDDT' | 'VHTT', string>;
let published: string, tckhOnly: string, deputysDraft: string, unledDraft: string, schoolsOnly: string;
let schools: { id: string; name: string }[];

const SOURCE = 'THÔNG BÁO kết luận. Nội dung gốc chỉ lãnh đạo và văn phòng được đọc: ý kiến riêng về nhân sự.';
const NV_DUTY = 'Rà soát biên chế năm 2027';
const TCKH_WITH_GDDT = 'Bố trí kinh phí sửa chữa trường học';
const TCKH_ALONE = 'Lập phương án điều chuyển cán bộ kế toán';
const DRAFT_DUTY = 'Dự thảo: tinh giản hai phòng chuyên môn';
const SCHOOL_DUTY = 'Kiểm tra phòng cháy chữa cháy tại trường';

const task = (text: string, coordinating: { text: string; unitId: string }[] = []) => ({
  text,
  deadline: '2026-12-15',
  deadlineText: 'trước ngày 15/12/2026',
  coordinating,
  recurrence: null,
});

async function create(body: Record<string, unknown>, publish: boolean): Promise<string> {
  const { id } = (await h.http().post('/api/directives').set(auth(clerk)).send(body).expect(201)).body;
  if (publish) await h.http().post(`/api/directives/${id}/publish`).set(auth(clerk)).expect(200);
  return id;
}

beforeAll(async () => {
  h = await startApi({ env: { QUEUE_PREFIX: queuePrefix(`${runId()}-visibility`) } });
  ({ clerk, admin, chairman, deputy, noivu, tckh, gddt, gddtStaff } = await h.loginAll({
    clerk: 'vanphong@dondoc.local',
    admin: 'admin@dondoc.local',
    chairman: 'chutich@dondoc.local',
    deputy: 'phochutich@dondoc.local',
    noivu: 'truongphong.noivu@dondoc.local',
    tckh: 'truongphong.tckh@dondoc.local',
    gddt: 'truongphong.gddt@dondoc.local',
    gddtStaff: 'chuyenvien.gddt@dondoc.local',
  }));
  const units = (await h.http().get('/api/units').set(auth(clerk)).expect(200)).body as { id: string; code: string; name: string; parentId: string | null }[];
  unit = Object.fromEntries(['NV', 'TCKH', 'GDDT', 'VHTT'].map((code) => [code, units.find((u) => u.code === code)!.id])) as typeof unit;
  const leaders = (await h.http().get('/api/users').query({ role: 'leader' }).set(auth(clerk)).expect(200)).body.items as { id: string; email: string }[];
  const deputyId = leaders.find((u) => u.email === 'phochutich@dondoc.local')!.id;

  const header = { number: '52', symbol: 'TB-UBND', docType: 'Thông báo', issuer: 'UBND huyện An Dương', date: '2026-11-20', signer: 'Phạm Việt Hùng' };
  published = await create(
    {
      ...header,
      title: 'Kết luận giao ban tháng 11',
      sourceText: SOURCE,
      recipients: ['Thường trực Huyện ủy (để báo cáo)'],
      assignments: [
        {
          unitText: 'Phòng Nội vụ',
          unitIds: [unit.NV],
          group: false,
          coordinating: [{ text: 'phòng VH TT', unitId: unit.VHTT }],
          range: { start: 0, end: 20 },
          tasks: [{ ...task(NV_DUTY), range: { start: 21, end: 40 } }],
        },
        {
          unitText: 'Phòng Tài chính - Kế hoạch',
          unitIds: [unit.TCKH],
          group: false,
          coordinating: [],
          tasks: [task(TCKH_WITH_GDDT, [{ text: 'Phòng GD&ĐT', unitId: unit.GDDT }]), task(TCKH_ALONE)],
        },
      ],
    },
    true,
  );
  tckhOnly = await create(
    {
      ...header,
      number: '53',
      title: 'Kết luận về ngân sách',
      sourceText: SOURCE,
      assignments: [{ unitText: 'Phòng Tài chính - Kế hoạch', unitIds: [unit.TCKH], group: false, coordinating: [], tasks: [task(TCKH_ALONE)] }],
    },
    true,
  );
  const draft = {
    ...header,
    number: '54',
    sourceText: SOURCE,
    assignments: [{ unitText: 'Phòng Nội vụ', unitIds: [unit.NV], group: false, coordinating: [], tasks: [task(DRAFT_DUTY)] }],
  };
  deputysDraft = await create({ ...draft, title: 'Dự thảo kết luận của Phó Chủ tịch', leaderInChargeId: deputyId }, false);
  // Two of the education office's schools, and the finance office: nothing for the education office itself.
  schools = units.filter((u) => u.parentId === unit.GDDT).slice(0, 2);
  schoolsOnly = await create(
    {
      ...header,
      number: '55',
      title: 'Kết luận về an toàn trường học',
      sourceText: SOURCE,
      assignments: [
        { unitText: 'Các trường', unitIds: schools.map((u) => u.id), group: true, coordinating: [], tasks: [task(SCHOOL_DUTY)] },
        { unitText: 'Phòng Tài chính - Kế hoạch', unitIds: [unit.TCKH], group: false, coordinating: [], tasks: [task(TCKH_ALONE)] },
      ],
    },
    true,
  );
  unledDraft = await create({ ...draft, title: 'Dự thảo chưa giao lãnh đạo' }, false);
});
afterAll(() => h.close());

const get = (token: string, id: string) => h.http().get(`/api/directives/${id}`).set(auth(token));
const listIds = async (token: string, query: Record<string, string> = {}) => {
  const res = await h
    .http()
    .get('/api/directives')
    .query({ pageSize: 200, ...query })
    .set(auth(token))
    .expect(200);
  return res.body as { items: { id: string; taskCount: number; doneCount: number; overdueCount: number }[]; total: number };
};

describe("a unit's people", () => {
  it('do not learn that a draft exists, even one that gives their unit a task: 404 like a missing directive', async () => {
    const missing = await get(noivu, '00000000-0000-4000-8000-000000000000').expect(404);
    for (const token of [noivu, gddtStaff]) {
      const res = await get(token, deputysDraft).expect(404);
      expect(res.body).toEqual(missing.body);
    }
  });

  it('are refused a published directive that gives their unit no task, as a task of another unit is', async () => {
    const res = await get(noivu, tckhOnly).expect(403);
    expect(res.body.message).toBe('Văn bản này không giao nhiệm vụ cho đơn vị của bạn');
    expect(JSON.stringify(res.body)).not.toContain('ngân sách');
  });

  it("read the header and their own unit's duties only: no source text, recipients or other units' duties", async () => {
    const res = (await get(noivu, published).expect(200)).body;
    expect(res).toEqual({
      id: published,
      status: 'published',
      publishedAt: expect.any(String),
      number: '52',
      symbol: 'TB-UBND',
      docType: 'Thông báo',
      issuer: 'UBND huyện An Dương',
      date: '2026-11-20',
      title: 'Kết luận giao ban tháng 11',
      signer: 'Phạm Việt Hùng',
      leaderInCharge: null,
      clerk: { id: expect.any(String), name: 'Nguyễn Thị Thu' },
      // Counted of the unit's own tasks: nothing of the other units' shows through the numbers either.
      progress: { total: 1, done: 0, overdue: 0 },
      assignments: [
        {
          unitText: 'Phòng Nội vụ',
          unitIds: [unit.NV],
          group: false,
          coordinating: [{ text: 'phòng VH TT', unitId: unit.VHTT }],
          tasks: [{ text: NV_DUTY, deadline: '2026-12-15', deadlineText: 'trước ngày 15/12/2026', coordinating: [], recurrence: null, recurrenceText: null }],
          progress: { total: 1, done: 0, overdue: 0, units: 1, unitsDone: 0 },
        },
      ],
    });
    const text = JSON.stringify(res);
    for (const secret of ['ý kiến riêng', 'Huyện ủy', TCKH_WITH_GDDT, TCKH_ALONE, unit.TCKH]) expect(text).not.toContain(secret);
  });

  it('read a duty their unit coordinates, and no other duty of that section', async () => {
    for (const token of [gddt, gddtStaff]) {
      const res = (await get(token, published).expect(200)).body;
      expect(res.sourceText).toBeUndefined();
      expect(res.assignments).toEqual([
        {
          unitText: 'Phòng Tài chính - Kế hoạch',
          unitIds: [unit.TCKH],
          group: false,
          coordinating: [],
          tasks: [expect.objectContaining({ text: TCKH_WITH_GDDT, coordinating: [{ text: 'Phòng GD&ĐT', unitId: unit.GDDT }] })],
          progress: { total: 1, done: 0, overdue: 0, units: 1, unitsDone: 0 },
        },
      ]);
      expect(JSON.stringify(res)).not.toContain(TCKH_ALONE);
    }
  });

  it("list only the published directives that give their unit a task, counting only their unit's tasks", async () => {
    const nv = await listIds(noivu);
    expect(nv.items.map((d) => d.id)).toContain(published);
    for (const hidden of [tckhOnly, deputysDraft, unledDraft]) expect(nv.items.map((d) => d.id)).not.toContain(hidden);
    expect(nv.total).toBe(nv.items.length);
    expect(nv.items.find((d) => d.id === published)).toMatchObject({ taskCount: 1, doneCount: 0, overdueCount: 0 });
    expect((await listIds(gddt)).items.find((d) => d.id === published)).toMatchObject({ taskCount: 1 });
    expect((await listIds(tckh)).items.find((d) => d.id === published)).toMatchObject({ taskCount: 2 });
    expect(await listIds(noivu, { status: 'draft' })).toMatchObject({ items: [], total: 0 });
  });
});

describe('the head of a unit with units under it (the education office over its schools)', () => {
  it('reads, read-only, a directive that gives his unit no task but gives tasks to units under it: their part only', async () => {
    expect(schools).toHaveLength(2);
    const res = (await get(gddt, schoolsOnly).expect(200)).body;
    expect(res.sourceText).toBeUndefined();
    expect(res.permissions).toBeUndefined();
    expect(res.progress).toEqual({ total: 2, done: 0, overdue: 0 });
    expect(res.assignments).toEqual([
      {
        unitText: 'Các trường',
        unitIds: schools.map((u) => u.id),
        group: true,
        coordinating: [],
        tasks: [expect.objectContaining({ text: SCHOOL_DUTY })],
        progress: { total: 2, done: 0, overdue: 0, units: 2, unitsDone: 0 },
      },
    ]);
    expect(JSON.stringify(res)).not.toContain(TCKH_ALONE);
    // Read-only: the directive is not his to correct.
    await h.http().patch(`/api/directives/${schoolsOnly}/header`).set(auth(gddt)).send({ title: 'Sửa' }).expect(403);
  });

  it('lists it, counting the tasks of the units under his; his staff and other heads are refused it', async () => {
    expect((await listIds(gddt)).items.find((d) => d.id === schoolsOnly)).toMatchObject({ taskCount: 2 });
    const staff = await get(gddtStaff, schoolsOnly).expect(403);
    expect(staff.body.message).toBe('Văn bản này không giao nhiệm vụ cho đơn vị của bạn');
    expect((await listIds(gddtStaff)).items.map((d) => d.id)).not.toContain(schoolsOnly);
    await get(noivu, schoolsOnly).expect(403);
  });
});

describe('leaders', () => {
  it('read a draft they are in charge of, and not another draft', async () => {
    expect((await get(deputy, deputysDraft).expect(200)).body).toMatchObject({
      sourceText: SOURCE,
      assignments: [expect.objectContaining({ unitIds: [unit.NV] })],
    });
    await get(deputy, unledDraft).expect(404);
    const ids = (await listIds(deputy)).items.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining([published, tckhOnly, deputysDraft]));
    expect(ids).not.toContain(unledDraft);
  });

  it("read every published directive whole, with every unit's duties and the source text", async () => {
    const res = (await get(deputy, published).expect(200)).body;
    expect(res).toMatchObject({ sourceText: SOURCE, recipients: ['Thường trực Huyện ủy (để báo cáo)'] });
    expect(res.assignments.flatMap((a: { tasks: { text: string }[] }) => a.tasks.map((t) => t.text))).toEqual([NV_DUTY, TCKH_WITH_GDDT, TCKH_ALONE]);
    expect((await listIds(deputy)).items.find((d) => d.id === published)).toMatchObject({ taskCount: 3 });
  });

  it('the chairman, as the head of the committee, reads every draft', async () => {
    for (const id of [deputysDraft, unledDraft]) await get(chairman, id).expect(200);
    expect((await listIds(chairman)).items.map((d) => d.id)).toEqual(expect.arrayContaining([deputysDraft, unledDraft]));
  });
});

it('clerks and admins read every directive whole, drafts included', async () => {
  for (const token of [clerk, admin]) {
    expect((await get(token, unledDraft).expect(200)).body).toMatchObject({ status: 'draft', sourceText: SOURCE });
    expect((await listIds(token, { status: 'draft' })).items.map((d) => d.id)).toEqual(expect.arrayContaining([deputysDraft, unledDraft]));
  }
});
