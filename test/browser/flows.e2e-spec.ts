import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import mammoth from 'mammoth';

import { DEMO_PASSWORD } from '../support/api-harness';
import { browserSession, horizontalOverflow, PHONE, screenshot, signIn } from './support';

/*
 * Each role's main flow in Chromium against the real API and database: the clerk enters the
 * fixture notice and publishes it, a unit head reports progress and submits, the leader accepts
 * and exports the report; then the task pages on a 390 px phone. The steps build on each other.
 */

const NOTICE = readFileSync(join(__dirname, '../fixtures/directives/an-duong-2023-tb-ket-luan-giao-duc.txt'), 'utf8');
const DRAFT_NAME = 'Dự thảo kế hoạch tuyển dụng.pdf';
const DRAFT = Buffer.from('%PDF-1.4\n% Dự thảo kế hoạch tuyển dụng giáo viên năm học 2023-2024\n%%EOF\n');

jest.setTimeout(120_000);

const session = browserSession();
const { pageAs } = session;
let directiveId: string;
let taskId: string;

// The server's clock stands still between steps; moved to the real time, its times agree with those
// PostgreSQL stamps (a task is not shown as reported before it was assigned).
beforeEach(() => session.api.h.clock.set(new Date()));

it('clerk: signs in, pastes the notice, reviews five assignments and publishes', async () => {
  const page = await session.newPage();
  await page.goto(`${session.api.baseUrl}/login`);
  await page.getByLabel('Email').waitFor();
  await screenshot(page, 'login');
  await signIn(page, session.api.baseUrl, 'vanphong@dondoc.local', DEMO_PASSWORD);

  await page.goto(`${session.api.baseUrl}/directives/new`);
  await page.getByRole('textbox', { name: 'Nội dung văn bản' }).fill(NOTICE);
  await page.getByRole('button', { name: 'Phân tích' }).click();
  await page.getByText('Mục 5', { exact: true }).waitFor();
  expect(await page.getByText(/^Mục \d+$/).count()).toBe(5);
  await screenshot(page, 'new-directive-review');

  const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/directives');
  await page.getByRole('button', { name: 'Ban hành' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();
  const saved = await created;
  directiveId = (await saved.json()).id;
  // The notice records the chairman's conclusions: he is named leader in charge without the clerk picking him.
  const leaders = (
    await session.api.h
      .http()
      .get('/api/users')
      .query({ role: 'leader' })
      .set({ Authorization: `Bearer ${await session.api.h.login('vanphong@dondoc.local')}` })
      .expect(200)
  ).body.items;
  expect(saved.request().postDataJSON().leaderInChargeId).toBe(leaders.find((u: { email: string }) => u.email === 'chutich@dondoc.local').id);
  await page.waitForURL(`${session.api.baseUrl}/directives`);
  await page.getByText(/Đã ban hành, tạo \d+ nhiệm vụ/).waitFor();

  const clerk = await session.api.h.login('vanphong@dondoc.local');
  const tasks = await session.api.h
    .http()
    .get('/api/tasks')
    .query({ directiveId, pageSize: 200 })
    .set({ Authorization: `Bearer ${clerk}` })
    .expect(200);
  expect(tasks.body.total).toBe(10 + 5 * 12);
});

it('unit head: opens a task from the list, reports progress and submits the work', async () => {
  const page = await pageAs('truongphong.noivu@dondoc.local');
  await page.goto(`${session.api.baseUrl}/tasks`);
  await page.getByRole('link').filter({ hasText: /\w/ }).first().waitFor();
  await page
    .getByText(/\d+ nhiệm vụ/)
    .first()
    .waitFor();
  await screenshot(page, 'tasks-list');

  await page.goto(`${session.api.baseUrl}/tasks?directiveId=${directiveId}`);
  await page
    .getByRole('link', { name: /tuyển dụng giáo viên/ })
    .first()
    .click();
  await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
  taskId = page.url().split('/').pop()!;

  await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
  const report = page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
  await report.getByRole('spinbutton', { name: 'Tiến độ (%)' }).fill('60');
  await report.getByLabel('Nội dung báo cáo').fill('Đã xây dựng dự thảo kế hoạch tuyển dụng, đang lấy ý kiến các trường.');
  // Two files chosen, one taken back, and a program the picker refuses with the reason.
  await report.locator('input[type=file]').setInputFiles([
    { name: DRAFT_NAME, mimeType: 'application/pdf', buffer: DRAFT },
    { name: 'nhầm.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK') },
  ]);
  await report.getByText('nhầm.docx').hover();
  await report.getByTitle('Gỡ bỏ tập tin').last().click();
  await report.getByText('nhầm.docx').waitFor({ state: 'detached' });
  await report.locator('input[type=file]').setInputFiles({ name: 'cài đặt.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await page.getByText('Không nhận tệp "cài đặt.exe"').waitFor();
  await report.getByText(DRAFT_NAME).waitFor();
  await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByText('Đã gửi báo cáo tiến độ.').waitFor();
  await page.getByText('Đã xây dựng dự thảo kế hoạch tuyển dụng').first().waitFor();
  // The file stands under its report in the timeline and in the task's list of files, and downloads as sent.
  const timelineFile = page.locator('.ant-timeline-item', { hasText: 'Đã xây dựng dự thảo kế hoạch tuyển dụng' }).locator(`[data-attachment="${DRAFT_NAME}"]`);
  await timelineFile.waitFor();
  await page.locator('[data-section="attachments"]').getByText(DRAFT_NAME).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), timelineFile.getByRole('button').click()]);
  expect(download.suggestedFilename()).toBe(DRAFT_NAME);
  expect(readFileSync(await download.path())).toEqual(DRAFT);
  const head = await session.api.h.login('truongphong.noivu@dondoc.local');
  const sent = (
    await session.api.h
      .http()
      .get(`/api/tasks/${taskId}`)
      .set({ Authorization: `Bearer ${head}` })
      .expect(200)
  ).body;
  expect(sent.attachments.map((f: { name: string }) => f.name)).toEqual([DRAFT_NAME]);

  await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  const submit = page.getByRole('dialog', { name: 'Báo cáo hoàn thành nhiệm vụ' });
  await submit.getByLabel('Kết quả thực hiện').fill('Đã trình UBND huyện ban hành kế hoạch tuyển dụng giáo viên năm học 2023-2024.');
  await submit.getByRole('button', { name: 'Gửi kết quả' }).click();
  await submit.waitFor({ state: 'hidden' });
  await page.getByText('Đã báo cáo hoàn thành').first().waitFor();
  // Reloaded, the page shows the stored state without the confirmations floating over it.
  await page.reload();
  await page.getByText('Đã báo cáo hoàn thành').first().waitFor();
  await screenshot(page, 'task-detail', 1150);
});

it('leader: accepts the work and exports the report from the dashboard', async () => {
  const page = await pageAs('chutich@dondoc.local');
  await page.goto(`${session.api.baseUrl}/tasks/${taskId}`);
  await page.getByRole('button', { name: 'Chấp nhận kết quả' }).click();
  const accept = page.getByRole('dialog', { name: 'Chấp nhận kết quả' });
  await accept.getByRole('button', { name: 'Chấp nhận' }).click();
  await accept.waitFor({ state: 'hidden' });
  await page.getByText('Đã hoàn thành', { exact: true }).first().waitFor();
  const leader = await session.api.h.login('chutich@dondoc.local');
  const task = (
    await session.api.h
      .http()
      .get(`/api/tasks/${taskId}`)
      .set({ Authorization: `Bearer ${leader}` })
      .expect(200)
  ).body;
  expect(task.status).toBe('done');

  await page.goto(`${session.api.baseUrl}/dashboard`);
  await page.getByText('Tổng cộng').first().waitFor();
  await screenshot(page, 'dashboard', 1300);

  const stats = (
    await session.api.h
      .http()
      .get('/api/stats/units')
      .set({ Authorization: `Bearer ${leader}` })
      .expect(200)
  ).body as { total: number }[];
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^bao-cao-nhiem-vu-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new Workbook();
  await wb.xlsx.readFile(await xlsx.path());
  const summary = wb.getWorksheet('Tổng hợp')!;
  const totalRow = summary.getRow(6 + stats.length);
  expect(totalRow.getCell(2).value).toBe('Tổng cộng');
  expect(totalRow.getCell(3).value).toBe(stats.reduce((n, s) => n + s.total, 0));

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo Word' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const text = (await mammoth.extractRawText({ path: await docx.path() })).value;
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
});

it('phone: the task list and a task page fit a 390 px screen', async () => {
  const page = await pageAs('truongphong.noivu@dondoc.local', PHONE);
  await page.goto(`${session.api.baseUrl}/tasks`);
  await page
    .getByText(/\d+ nhiệm vụ/)
    .first()
    .waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'phone-tasks-list');

  await page.goto(`${session.api.baseUrl}/tasks/${taskId}`);
  await page.getByText('Đã hoàn thành', { exact: true }).first().waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'phone-task-detail');
});
