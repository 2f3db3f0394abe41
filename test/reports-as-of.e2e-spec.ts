import { vietnamTime } from './reminders-harness';
import { Workbook } from 'exceljs';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Test } from 'supertest';
import { DirectiveDraftsService } from '../apps/api/src/directives/directive-drafts.service';
import type { CurrentUser } from '../apps/api/src/common/current-user';
import { startApi, type ApiHarness } from './support/api-harness';
import { present } from './support/present';

/*
 * A report "tính đến ngày" (as of a day) counts each task as it stood at the end of that day, from
 * its history, so that last month's report made again gives last month's numbers; and it shows the
 * tasks done within an extension granted after they were late ("hoàn thành quá hạn có gia hạn").
 */

const at = (date: string, local = '09:00') => vietnamTime(date, local);
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
jest.setTimeout(60_000);

type Stats = { unitCode: string; total: number; doneWithLateExtension: number } & Record<string, number>;

let h: ApiHarness;
let leader: string;
beforeAll(async () => {
  h = await startApi({ now: at('2026-11-02') });
  leader = await h.login('chutich@dondoc.local');
});
afterAll(() => h.close());

function download(query: Record<string, string>): Test {
  return h
    .http()
    .get('/api/reports/tasks.xlsx')
    .query(query)
    .set(auth(leader))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** The summary sheet: its period line, header and every row's cells from the unit's name on. */
async function summary(body: Buffer) {
  const wb = new Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Tổng hợp')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 5 && typeof row.getCell(3).value === 'number') rows.push(Array.from({ length: 9 }, (_, i) => row.getCell(2 + i).value));
  });
  return { period: sheet.getCell('A3').value as string, header: (sheet.getRow(5).values as string[]).slice(1), rows };
}

/** A directive the clerk publishes: each task to the unit of the code given, with its deadline. */
async function publish(clerk: string, number: string, title: string, tasks: { code: string; text: string; deadline: string }[]): Promise<string> {
  const units = (await h.http().get('/api/units').set(auth(clerk)).expect(200)).body as { id: string; code: string }[];
  const assignments = tasks.map(({ code, text, deadline }) => ({
    unitText: code,
    unitIds: [
      present(
        units.find((unit) => unit.code === code),
        `the unit ${code}`,
      ).id,
    ],
    group: false,
    coordinating: [],
    tasks: [{ text, deadline, deadlineText: null, coordinating: [], recurrence: null }],
  }));
  const { id } = (
    await h.http().post('/api/directives').set(auth(clerk)).send({ number, symbol: 'TB-UBND', docType: 'Thông báo', title, assignments }).expect(201)
  ).body as { id: string };
  await h.http().post(`/api/directives/${id}/publish`).set(auth(clerk)).expect(200);
  return id;
}

/** The leader's statistics per unit for one directive. */
async function statsOf(directiveId: string, query: Record<string, string> = {}): Promise<Stats[]> {
  return (
    await h
      .http()
      .get('/api/stats/units')
      .query({ directiveId, ...query })
      .set(auth(leader))
      .expect(200)
  ).body as Stats[];
}

describe('a report as of a past day', () => {
  let directiveId: string;
  let tasks: Record<'nv' | 'tckh' | 'gddt', string>;

  const stats = async (query: Record<string, string> = {}): Promise<Stats[]> =>
    (
      await h
        .http()
        .get('/api/stats/units')
        .query({ directiveId, ...query })
        .set(auth(leader))
        .expect(200)
    ).body;
  const asOf = (day: string) => stats({ asOf: day });
  const byUnit = (s: Stats[]) => Object.fromEntries(s.map(({ unitId: _id, unitName: _name, ...u }) => [u.unitCode, u]));

  beforeAll(async () => {
    // Monday 2/11: three tasks, two due Friday 6/11, one due Friday 20/11.
    const db = h.app.get<DataSource>(getDataSourceToken());
    const users: { id: string; email: string; name: string; role: CurrentUser['role']; unit_id: string | null }[] = await db.query(
      'SELECT id, email, name, role, unit_id FROM users',
    );
    const person = (email: string): CurrentUser => {
      const u = users.find((x) => x.email === email)!;
      return { id: u.id, email: u.email, name: u.name, role: u.role, unitId: u.unit_id };
    };
    const units = Object.fromEntries((await db.query('SELECT code, id FROM units')).map((u: { code: string; id: string }) => [u.code, u.id]));
    const clerk = person('vanphong@dondoc.local');
    const directives = h.app.get(DirectiveDraftsService);
    const plan = [
      ['NV', 'Kiện toàn ban chỉ đạo cải cách hành chính', '2026-11-06'],
      ['TCKH', 'Rà soát dự toán chi thường xuyên', '2026-11-06'],
      ['GDDT', 'Tổng kết phong trào thi đua dạy tốt', '2026-11-20'],
    ] as const;
    const created = await directives.create(
      {
        number: '311',
        symbol: 'TB-UBND',
        docType: 'Thông báo',
        issuer: 'UBND huyện',
        date: '2026-11-02',
        title: 'Kết luận giao ban tháng 11',
        signer: null,
        recipients: [],
        leaderInChargeId: person('chutich@dondoc.local').id,
        clerkId: clerk.id,
        assignments: plan.map(([unit, text, deadline]) => ({
          unitText: unit,
          unitIds: [units[unit]],
          group: false,
          coordinating: [],
          tasks: [{ text, deadline, deadlineText: null, coordinating: [], recurrence: null, recurrenceText: null }],
        })),
      } as never,
      clerk,
    );
    await directives.publish(created.id, clerk);
    directiveId = created.id;
    const rows: { id: string; text: string }[] = await db.query('SELECT id, text FROM tasks WHERE directive_id = $1', [directiveId]);
    const id = ([, text]: (typeof plan)[number]) => rows.find((r) => r.text === text)!.id;
    tasks = { nv: id(plan[0]), tckh: id(plan[1]), gddt: id(plan[2]) };
  });

  it('gives the same numbers after later changes, and counts work done within an extension granted when it was late', async () => {
    const [noivu, tckh] = await Promise.all([h.login('truongphong.noivu@dondoc.local'), h.login('truongphong.tckh@dondoc.local')]);
    // Nội vụ submits on Thursday 5/11, accepted on Friday.
    h.clock.set(at('2026-11-05'));
    await h.http().post(`/api/tasks/${tasks.nv}/updates`).set(auth(noivu)).send({ status: 'submitted', note: 'Đã kiện toàn' }).expect(201);
    h.clock.set(at('2026-11-06'));
    await h.http().post(`/api/tasks/${tasks.nv}/accept`).set(auth(leader)).send({}).expect(200);
    // Tài chính - Kế hoạch misses 6/11 and is given until Friday 13/11 on Monday 9/11, already late.
    h.clock.set(at('2026-11-09'));
    const request = (
      await h
        .http()
        .post(`/api/tasks/${tasks.tckh}/extension-requests`)
        .set(auth(tckh))
        .send({ deadline: '2026-11-13', reason: 'Chờ số liệu quyết toán' })
        .expect(201)
    ).body;
    h.clock.set(at('2026-11-09', '10:00'));
    await h.http().post(`/api/extension-requests/${request.id}/decision`).set(auth(leader)).send({ approve: true }).expect(200);

    // The report as it stands at the end of Tuesday 10/11, made on Wednesday.
    h.clock.set(at('2026-11-11'));
    const before = await asOf('2026-11-10');
    expect(byUnit(before)).toMatchObject({
      NV: { total: 1, done_on_time: 1, doneWithLateExtension: 0 },
      TCKH: { total: 1, due_soon: 1, overdue: 0, doneWithLateExtension: 0 },
      GDDT: { total: 1, on_track: 1 },
    });
    // On Sunday 8/11 Tài chính - Kế hoạch was overdue: the extension came the day after.
    expect(byUnit(await asOf('2026-11-08')).TCKH).toMatchObject({ overdue: 1, due_soon: 0 });
    const reportBefore = await summary((await download({ asOf: '2026-11-10' }).expect(200)).body);

    // Then: Tài chính - Kế hoạch is done within its extension, Giáo dục's task is cancelled, a new directive comes.
    h.clock.set(at('2026-11-12'));
    await h.http().post(`/api/tasks/${tasks.tckh}/updates`).set(auth(tckh)).send({ status: 'submitted', note: 'Đã rà soát' }).expect(201);
    h.clock.set(at('2026-11-13'));
    await h.http().post(`/api/tasks/${tasks.tckh}/accept`).set(auth(leader)).send({}).expect(200);
    h.clock.set(at('2026-11-16'));
    await h.http().post(`/api/tasks/${tasks.gddt}/cancel`).set(auth(leader)).send({ reason: 'Gộp vào kế hoạch năm học' }).expect(200);

    // A month on, today's figures have moved, and last month's report made again has not.
    h.clock.set(at('2026-12-07'));
    expect(byUnit(await stats())).toEqual({
      NV: expect.objectContaining({ total: 1, done_on_time: 1, doneWithLateExtension: 0 }),
      TCKH: expect.objectContaining({ total: 1, done_on_time: 1, done_late: 0, doneWithLateExtension: 1 }),
    });
    expect(await asOf('2026-11-10')).toEqual(before);
    const reportAfter = await download({ asOf: '2026-11-10' }).expect(200);
    expect(reportAfter.headers['content-disposition']).toBe('attachment; filename="bao-cao-nhiem-vu-2026-11-10.xlsx"');
    const again = await summary(reportAfter.body);
    expect(again).toEqual(reportBefore);
    expect(again.period).toMatch(/số liệu tính đến ngày 10\/11\/2026$/);
    expect(again.header).toEqual([
      'STT',
      'Đơn vị chủ trì',
      'Tổng số',
      'Hoàn thành đúng hạn',
      'Trong đó: hoàn thành quá hạn có gia hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện, trong hạn',
      'Quá hạn, chưa hoàn thành',
      'Sắp đến hạn',
      'Không thời hạn',
    ]);
    // Today's report counts the task done within its extension in the done-on-time column and, of those, in its own.
    const today = await summary((await download({}).expect(200)).body);
    const row = today.rows.find((r) => r[0] === 'Phòng Tài chính - Kế hoạch')!;
    expect(row[3]).toBeGreaterThanOrEqual(1);
    expect(row[2] as number).toBeGreaterThanOrEqual(row[3] as number);
  });

  it('refuses a cut-off day still to come', async () => {
    const res = await h.http().get('/api/reports/tasks.xlsx').query({ asOf: '2026-12-08' }).set(auth(leader)).expect(400);
    expect(res.body.message).toContain('không được sau hôm nay');
  });
});

describe('a deadline moved by a change to the calendar', () => {
  it("is in the task's deadline history, so a report as of an earlier day keeps the deadline then in force", async () => {
    const [clerk, admin] = await Promise.all([h.login('vanphong@dondoc.local'), h.login('admin@dondoc.local')]);
    // Monday 7/12: a task of Phòng Nội vụ due Thursday 10/12.
    h.clock.set(at('2026-12-07'));
    const directiveId = await publish(clerk, '340', 'Kết luận về hồ sơ thi đua', [
      { code: 'NV', text: 'Hoàn thiện hồ sơ khen thưởng cuối năm', deadline: '2026-12-10' },
    ]);
    const nv = async (query: Record<string, string> = {}) =>
      present(
        (await statsOf(directiveId, query)).find((s) => s.unitCode === 'NV'),
        'the row of NV',
      );

    // Friday 11/12: overdue since the day before.
    h.clock.set(at('2026-12-11'));
    expect(await nv({ asOf: '2026-12-11' })).toMatchObject({ overdue: 1, due_soon: 0 });

    // Monday 14/12: the admin makes 10 and 11/12 local days off; the deadline in force is now today.
    h.clock.set(at('2026-12-14'));
    for (const date of ['2026-12-10', '2026-12-11']) {
      await h.http().post('/api/calendar/days').set(auth(admin)).send({ date, kind: 'day_off', name: 'Nghỉ lễ địa phương' }).expect(201);
    }
    const [task] = (await h.http().get('/api/tasks').query({ directiveId }).set(auth(clerk)).expect(200)).body.items as { id: string }[];
    const page = (await h.http().get(`/api/tasks/${task!.id}`).set(auth(clerk)).expect(200)).body;
    expect(page).toMatchObject({ statedDeadline: '2026-12-10', deadline: '2026-12-14', extensionCount: 0 });
    expect(page.deadlineHistory).toEqual([
      expect.objectContaining({
        previousDeadline: '2026-12-10',
        newDeadline: '2026-12-11',
        reason: 'Lịch nghỉ thay đổi: hạn có hiệu lực tính lại theo ngày làm việc',
      }),
      expect.objectContaining({ previousDeadline: '2026-12-11', newDeadline: '2026-12-14', changedBy: expect.objectContaining({ name: expect.any(String) }) }),
    ]);
    expect(await nv()).toMatchObject({ overdue: 0, due_soon: 1 });
    // The report as of Friday counts the task as it then stood: overdue against 10/12, not due on 14/12.
    expect(await nv({ asOf: '2026-12-11' })).toMatchObject({ overdue: 1, due_soon: 0 });
  });
});

describe('the due-soon span of a report as of a past day', () => {
  it('is the one in force at the end of that day, whatever an admin set since', async () => {
    const [clerk, admin] = await Promise.all([h.login('vanphong@dondoc.local'), h.login('admin@dondoc.local')]);
    // Tuesday 15/12: Nội vụ's task is due Friday 18/12, three working days out; Tài chính - Kế hoạch's Tuesday 22/12, five out.
    h.clock.set(at('2026-12-15'));
    const directiveId = await publish(clerk, '352', 'Kết luận về công tác cuối năm', [
      { code: 'NV', text: 'Tổng hợp đánh giá xếp loại công chức', deadline: '2026-12-18' },
      { code: 'TCKH', text: 'Báo cáo ước thực hiện ngân sách năm', deadline: '2026-12-22' },
    ]);
    const dueSoon = async (query: Record<string, string> = {}) => Object.fromEntries((await statsOf(directiveId, query)).map((s) => [s.unitCode, s.due_soon]));
    // The report file, of the tasks assigned on 15/12: this directive's.
    const report = async (asOf: string) => summary((await download({ from: '2026-12-15', to: '2026-12-15', asOf }).expect(200)).body);
    const setSpan = async (dueSoonWorkingDays: number) => {
      const { effectiveWindow: _window, updatedAt: _at, ...policy } = (await h.http().get('/api/reminder-policy').set(auth(admin)).expect(200)).body;
      await h
        .http()
        .put('/api/reminder-policy')
        .set(auth(admin))
        .send({ ...policy, dueSoonWorkingDays })
        .expect(200);
    };

    // Wednesday 16/12: the report as of 15/12 under the default span of three working days.
    h.clock.set(at('2026-12-16'));
    const before = await dueSoon({ asOf: '2026-12-15' });
    expect(before).toEqual({ NV: 1, TCKH: 0 });
    const reportBefore = await report('2026-12-15');

    // The admin makes it five: today's figures take it, the report as of 15/12 made again does not.
    await setSpan(5);
    expect(await dueSoon()).toEqual({ NV: 1, TCKH: 1 });
    expect(await dueSoon({ asOf: '2026-12-16' })).toEqual({ NV: 1, TCKH: 1 });
    expect(await dueSoon({ asOf: '2026-12-15' })).toEqual(before);
    expect(await report('2026-12-15')).toEqual(reportBefore);

    // Thursday 17/12 the admin makes it one: 15/12 keeps three, 16/12 keeps the five in force at its end.
    h.clock.set(at('2026-12-17'));
    await setSpan(1);
    // Today, one working day out is Friday 18/12: Tài chính - Kế hoạch's 22/12 is no longer due soon.
    expect(await dueSoon()).toEqual({ NV: 1, TCKH: 0 });
    expect(await dueSoon({ asOf: '2026-12-15' })).toEqual(before);
    expect(await report('2026-12-15')).toEqual(reportBefore);
    expect(await dueSoon({ asOf: '2026-12-16' })).toEqual({ NV: 1, TCKH: 1 });
  });
});
