import { Workbook } from 'exceljs';
import mammoth from 'mammoth';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Test } from 'supertest';
import type { DataSource } from 'typeorm';
import { CalendarService } from '../apps/api/src/calendar/calendar.service';
import { startApi, type ApiHarness } from './support/api-harness';
import { present } from './support/present';

type Stats = { unitId: string; unitName: string; total: number } & Record<Column, number>;

// Report order: the Government's four, then due soon and no deadline (apps/api/src/reports/report.ts);
// beside done on time, the part of it done within an extension granted after the task was late.
const COLUMNS = ['done_on_time', 'doneWithLateExtension', 'done_late', 'on_track', 'overdue', 'due_soon', 'no_deadline'] as const;
type Column = (typeof COLUMNS)[number];

let h: ApiHarness;
let leader: string, clerk: string, admin: string, noivu: string;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z' });
  [leader, clerk, admin, noivu] = await Promise.all([
    h.login('chutich@dondoc.local'),
    h.login('vanphong@dondoc.local'),
    h.login('admin@dondoc.local'),
    h.login('truongphong.noivu@dondoc.local'),
  ]);
});
afterAll(() => h.close());

function download(format: 'xlsx' | 'docx', token: string, query: Record<string, string> = {}): Test {
  return h
    .http()
    .get(`/api/reports/tasks.${format}`)
    .query(query)
    .set(auth(token))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

async function stats(query: Record<string, string> = {}): Promise<Stats[]> {
  return (await h.http().get('/api/stats/units').query(query).set(auth(leader)).expect(200)).body;
}

async function overdueTotal(): Promise<number> {
  return (await h.http().get('/api/tasks').query({ timeliness: 'overdue', pageSize: 1 }).set(auth(leader)).expect(200)).body.total;
}

/** The summary sheet as rows of [unit, total, ...seven columns], the totals row last. */
async function xlsxSummary(body: Buffer) {
  const wb = new Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Tổng hợp')!;
  const rows: (string | number)[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 5 && typeof row.getCell(3).value === 'number')
      rows.push([row.getCell(2).value as string, ...Array.from({ length: 8 }, (_, i) => row.getCell(3 + i).value as number)]);
  });
  return { wb, rows, header: sheet.getRow(5).values as string[] };
}

const expectedRows = (units: Stats[]) => [
  ...units.map((unit) => [unit.unitName, unit.total, ...COLUMNS.map((column) => unit[column])]),
  ['Tổng cộng', units.reduce((sum, unit) => sum + unit.total, 0), ...COLUMNS.map((column) => units.reduce((sum, unit) => sum + unit[column], 0))],
];

describe('report export', () => {
  it('gives leaders a spreadsheet with the dashboard numbers, a totals row and the overdue list', async () => {
    const res = await download('xlsx', leader).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="bao-cao-nhiem-vu-2026-11-26.xlsx"');
    const { wb, rows, header } = await xlsxSummary(res.body);
    const s = await stats();
    expect(s.length).toBeGreaterThan(5);
    expect(rows).toEqual(expectedRows(s));
    expect(header.slice(1)).toEqual([
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
    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A2').value).toBe('BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ');
    expect(summary.getCell('A5').font).toMatchObject({ bold: true });
    expect(summary.getCell('A5').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });

    const overdue = wb.getWorksheet('Nhiệm vụ quá hạn')!;
    const listed: string[] = [];
    overdue.eachRow((row, n) => {
      if (n > 5) listed.push(row.getCell(3).value as string);
    });
    expect(listed).toHaveLength(await overdueTotal());
    expect(listed.length).toBe(s.reduce((n, u) => n + u.overdue, 0));
    expect(overdue.getRow(6).getCell(5).value).toBeInstanceOf(Date);
  });

  it('counts days overdue in working days, as the reminder mails do, and stops the count of late work on its submission day', async () => {
    const calendar = await h.app.get(CalendarService).calendar();
    const db = h.app.get<DataSource>(getDataSourceToken());
    // Late work awaiting review: submitted a week after its deadline, still overdue, no longer counting.
    const [, moved] = await db.query(
      `UPDATE tasks SET status = 'submitted', progress = 100, submitted_on = deadline + 7, submitted_at = (deadline + 7)::timestamptz
        WHERE id = (SELECT id FROM tasks WHERE status IN ('assigned', 'in_progress') AND deadline + 7 < '2026-11-26' ORDER BY deadline LIMIT 1)`,
    );
    expect(moved).toBe(1);
    const tasks: { text: string; status: string; deadline: string; submittedOn: string | null }[] = await db.query(
      `SELECT text, status, to_char(deadline, 'YYYY-MM-DD') AS deadline, to_char(submitted_on, 'YYYY-MM-DD') AS "submittedOn" FROM tasks`,
    );
    const wb = new Workbook();
    await wb.xlsx.load((await download('xlsx', leader).expect(200)).body);
    const sheet = wb.getWorksheet('Nhiệm vụ quá hạn')!;
    expect(sheet.getRow(5).getCell(7).value).toBe('Số ngày làm việc quá hạn');
    const listed: { days: number; workingDays: number; calendarDays: number; submitted: boolean }[] = [];
    sheet.eachRow((row, n) => {
      if (n <= 5) return;
      const task = tasks.find((t) => t.text === row.getCell(2).value)!;
      const judgedOn = task.status === 'submitted' ? task.submittedOn! : '2026-11-26';
      listed.push({
        days: row.getCell(7).value as number,
        workingDays: calendar.workingDaysBetween(task.deadline, judgedOn),
        calendarDays: (Date.parse(judgedOn) - Date.parse(task.deadline)) / 86_400_000,
        submitted: task.status === 'submitted',
      });
    });
    expect(listed.map((r) => r.days)).toEqual(listed.map((r) => r.workingDays));
    // The demo data has overdue work past a weekend, and late work awaiting review, so both rules are seen at work.
    expect(listed.some((r) => r.workingDays < r.calendarDays)).toBe(true);
    expect(listed.some((r) => r.submitted)).toBe(true);
  });

  it('gives leaders an administrative report in Word with the same numbers', async () => {
    const res = await download('docx', leader).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = (await mammoth.extractRawText({ buffer: res.body })).value;
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (const line of [
      'ỦY BAN NHÂN DÂN HUYỆN AN DƯƠNG',
      'VĂN PHÒNG HĐND VÀ UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'An Dương, ngày 26 tháng 11 năm 2026',
      'BÁO CÁO',
      'Tình hình thực hiện nhiệm vụ',
      'Nơi nhận:',
      'NGƯỜI LẬP BÁO CÁO',
    ])
      expect(lines).toContain(line);
    const me = (await h.http().get('/api/auth/me').set(auth(leader)).expect(200)).body;
    expect(lines.at(-1)).toBe(me.name);
    // Table cells come out one per line: the unit, its total, then the seven columns.
    const summaryStart = lines.indexOf('I. TỔNG HỢP THEO ĐƠN VỊ CHỦ TRÌ');
    const rowOf = (name: string) => {
      const at = lines.indexOf(name, summaryStart);
      return [name, ...lines.slice(at + 1, at + 9).map(Number)];
    };
    const s = await stats();
    expect([...s.map((u) => rowOf(u.unitName)), rowOf('Tổng cộng')]).toEqual(expectedRows(s));
    const overdueSection = lines.slice(lines.indexOf('II. NHIỆM VỤ QUÁ HẠN, CHƯA HOÀN THÀNH'), lines.indexOf('Nơi nhận:'));
    expect(overdueSection.filter((l) => l === 'Quá hạn, chưa hoàn thành' || /^\d+%$/.test(l))).toHaveLength(await overdueTotal());
  });

  it('counts only the tasks assigned in the period, as the dashboard does', async () => {
    const directives = (await h.http().get('/api/directives').set(auth(clerk)).expect(200)).body.items as { date: string | null }[];
    const dated = directives
      .map((d) => d.date)
      .filter((d): d is string => !!d)
      .sort();
    const first = present(dated[0], 'a directive with a date');
    const period = { from: first, to: first };
    const inPeriod = await stats(period);
    expect(inPeriod.length).toBeGreaterThan(0);
    expect((await xlsxSummary((await download('xlsx', leader, period).expect(200)).body)).rows).toEqual(expectedRows(inPeriod));

    const after = { from: '2099-01-01' };
    expect(await stats(after)).toEqual([]);
    const empty = await download('docx', leader, after).expect(200);
    expect((await mammoth.extractRawText({ buffer: empty.body })).value).toContain('Không có nhiệm vụ quá hạn.');
    expect((await stats()).length).toBeGreaterThanOrEqual(inPeriod.length);
  });

  it('refuses a period that ends before it starts or a date that does not exist', async () => {
    await h.http().get('/api/reports/tasks.xlsx').query({ from: '2026-02-01', to: '2026-01-01' }).set(auth(leader)).expect(400);
    await h.http().get('/api/stats/units').query({ from: '2026-02-30' }).set(auth(leader)).expect(400);
  });

  it('is for leaders, clerks and admins only', async () => {
    await download('xlsx', clerk).expect(200);
    await download('docx', admin).expect(200);
    const refused = await h.http().get('/api/reports/tasks.xlsx').set(auth(noivu)).expect(403);
    expect(refused.body).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.any(String) });
    await h.http().get('/api/reports/tasks.docx').set(auth(noivu)).expect(403);
    await h.http().get('/api/reports/tasks.docx').expect(401);
  });
});
