import { startApi, type ApiHarness } from './support/api-harness';

/*
 * The working calendar as offices live it: the government's announced days off for 2020-2026
 * shipped with the migrations, the rule only for a year with no announcement, an admin's import of
 * a year's announcement, and deadlines that fall on a day off in force on the next working day.
 */

let h: ApiHarness;
let clerk: string, admin: string, noivu: string;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z' });
  [clerk, admin, noivu] = await Promise.all([h.login('vanphong@dondoc.local'), h.login('admin@dondoc.local'), h.login('truongphong.noivu@dondoc.local')]);
});
afterAll(() => h.close());

async function unitId(code: string): Promise<string> {
  const res = await h.http().get('/api/units').set(auth(clerk)).expect(200);
  return res.body.find((u: { code: string }) => u.code === code).id;
}

/** Publishes one task with this deadline and returns it as the API shows it. */
async function publishTask(deadline: string, text: string) {
  const nv = await unitId('NV');
  const body = {
    title: 'Thông báo thử hạn rơi vào ngày nghỉ',
    assignments: [
      {
        unitText: 'Phòng Nội vụ',
        unitIds: [nv],
        group: false,
        coordinating: [],
        tasks: [{ text, deadline, deadlineText: null, coordinating: [], recurrence: null }],
      },
    ],
  };
  const { id } = (await h.http().post('/api/directives').set(auth(clerk)).send(body).expect(201)).body;
  await h.http().post(`/api/directives/${id}/publish`).set(auth(clerk)).expect(200);
  return task(id);
}

async function task(directiveId: string) {
  const list = (await h.http().get('/api/tasks').query({ directiveId }).set(auth(clerk)).expect(200)).body;
  return list.items[0] as { id: string; deadline: string; statedDeadline: string; originalDeadline: string; directive: { id: string } };
}

describe('the announced calendars', () => {
  it('are loaded for 2020 to 2026 with their sources: Tết 2024 as announced, not as the rule computes it', async () => {
    const y2024 = (await h.http().get('/api/calendar/holidays').query({ year: 2024 }).set(auth(clerk)).expect(200)).body;
    expect(y2024.official).toBe(true);
    expect(y2024.sources.length).toBeGreaterThan(0);
    const off = y2024.daysOff.map((d: { date: string }) => d.date);
    expect(off).toEqual(expect.arrayContaining(['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']));
    expect(off).not.toContain('2024-02-15');
    expect(y2024.days).toEqual(expect.arrayContaining([{ date: '2024-05-04', kind: 'working_day', name: expect.any(String), origin: 'official' }]));
    for (const year of [2020, 2021, 2022, 2023, 2025, 2026]) {
      expect((await h.http().get('/api/calendar/holidays').query({ year }).set(auth(clerk)).expect(200)).body.official).toBe(true);
    }
  });

  it('leave a year with no announcement to the rule, and say so', async () => {
    const y2027 = (await h.http().get('/api/calendar/holidays').query({ year: 2027 }).set(auth(clerk)).expect(200)).body;
    expect(y2027).toMatchObject({ official: false, sources: [] });
    expect(y2027.daysOff.map((d: { date: string }) => d.date)).toContain('2027-01-01');
  });
});

describe('a deadline on a day off', () => {
  it('is in force on the next working day; the task keeps the date the document gave', async () => {
    // Sunday 13/12/2026.
    const t = await publishTask('2026-12-13', 'Nộp báo cáo rà soát biên chế');
    expect(t).toMatchObject({ statedDeadline: '2026-12-13', deadline: '2026-12-14', originalDeadline: '2026-12-13' });
  });

  it('moves again when an admin makes its day a day off, and back when the day is removed', async () => {
    const t = await publishTask('2026-12-21', 'Hoàn thiện hồ sơ thi đua');
    expect(t.deadline).toBe('2026-12-21');
    await h.http().post('/api/calendar/days').set(auth(admin)).send({ date: '2026-12-21', kind: 'day_off', name: 'Nghỉ lễ địa phương' }).expect(201);
    expect(await task(t.directive.id)).toMatchObject({ statedDeadline: '2026-12-21', deadline: '2026-12-22' });
    await h.http().delete('/api/calendar/days/2026-12-21').set(auth(admin)).expect(204);
    expect((await task(t.directive.id)).deadline).toBe('2026-12-21');
  });
});

describe("an admin importing a year's announcement", () => {
  const sources = [{ title: 'Thông báo lịch nghỉ Tết Dương lịch năm 2027', url: 'https://example.gov.vn/thong-bao', covers: 'Tết Dương lịch 2027' }];

  it('refuses a table with a line it cannot read, naming the line, and writes nothing', async () => {
    const res = await h
      .http()
      .put('/api/calendar/years/2027')
      .set(auth(admin))
      .send({ table: '01/01/2027\tTết Dương lịch\n32/01/2027\tNgày sai', sources })
      .expect(400);
    expect(res.body.errors).toEqual(['Dòng 2: ngày không có thật']);
    expect((await h.http().get('/api/calendar/holidays').query({ year: 2027 }).set(auth(admin)).expect(200)).body.official).toBe(false);
  });

  it('is for admins only', async () => {
    await h.http().put('/api/calendar/years/2027').set(auth(noivu)).send({ table: '01/01/2027\tTết Dương lịch', sources }).expect(403);
  });

  it('makes the year official, replaces the rule for it, and moves the deadlines it touches', async () => {
    // Monday 04/01/2027, a working day by the rule.
    const t = await publishTask('2027-01-04', 'Tổng kết công tác năm 2026');
    expect(t.deadline).toBe('2027-01-04');
    const year = (
      await h
        .http()
        .put('/api/calendar/years/2027')
        .set(auth(admin))
        .send({ table: '01/01/2027\tTết Dương lịch\n04/01/2027\tNghỉ bù Tết Dương lịch\n09/01/2027\tLàm bù cho ngày 04/01', sources })
        .expect(200)
    ).body;
    expect(year).toMatchObject({ year: 2027, official: true, sources });
    expect(year.days).toEqual([
      { date: '2027-01-01', kind: 'day_off', name: 'Tết Dương lịch', origin: 'official' },
      { date: '2027-01-04', kind: 'day_off', name: 'Nghỉ bù Tết Dương lịch', origin: 'official' },
      { date: '2027-01-09', kind: 'working_day', name: 'Làm bù cho ngày 04/01', origin: 'official' },
    ]);
    // The rule's Tết 2027 is gone: the year's days off are the announcement's alone.
    expect(year.daysOff.map((d: { date: string }) => d.date)).toEqual(['2027-01-01', '2027-01-04']);
    expect(await task(t.directive.id)).toMatchObject({ statedDeadline: '2027-01-04', deadline: '2027-01-05' });
  });
});

describe('the due-soon span', () => {
  it("is the reminder policy's: a task four working days out is due soon once the span is five", async () => {
    // From Thursday 26/11/2026, Wednesday 02/12 is four working days away.
    const t = await publishTask('2026-12-02', 'Gửi danh sách đề nghị khen thưởng');
    const timeliness = async () => (await h.http().get(`/api/tasks/${t.id}`).set(auth(clerk)).expect(200)).body.timeliness;
    expect(await timeliness()).toBe('on_track');
    const { effectiveWindow: _window, updatedAt: _at, ...policy } = (await h.http().get('/api/reminder-policy').set(auth(admin)).expect(200)).body;
    expect(policy.dueSoonWorkingDays).toBe(3);
    await h
      .http()
      .put('/api/reminder-policy')
      .set(auth(admin))
      .send({ ...policy, dueSoonWorkingDays: 11 })
      .expect(400);
    const saved = (
      await h
        .http()
        .put('/api/reminder-policy')
        .set(auth(admin))
        .send({ ...policy, dueSoonWorkingDays: 5 })
        .expect(200)
    ).body;
    expect(saved.dueSoonWorkingDays).toBe(5);
    expect(await timeliness()).toBe('due_soon');
    // A client that does not send the span keeps the saved one.
    const { dueSoonWorkingDays: _span, ...withoutSpan } = policy;
    expect((await h.http().put('/api/reminder-policy').set(auth(admin)).send(withoutSpan).expect(200)).body.dueSoonWorkingDays).toBe(5);
  });
});
