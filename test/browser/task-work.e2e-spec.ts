import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api-harness';
import { DESKTOP, launchChromium, signIn, startWebApi, type WebApi } from './support';

/* The work on a task as the unit and the leader see it: reports, returned work, extensions. */

jest.setTimeout(120_000);

let api: WebApi;
let browser: Browser;
const contexts: BrowserContext[] = [];
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, api.baseUrl, email, DEMO_PASSWORD);
  return page;
}

/** The demo task whose text contains `q`, as its unit's head sees it. */
async function demoTask(q: string, head: string): Promise<{ id: string; version: number; status: string; progress: number }> {
  const token = await api.h.login(head);
  const res = await api.h.http().get('/api/tasks').query({ q }).set(auth(token)).expect(200);
  expect(res.body.items).toHaveLength(1);
  return res.body.items[0];
}

beforeAll(async () => {
  api = await startWebApi();
  browser = await launchChromium();
});
beforeEach(() => api.h.clock.set(new Date()));
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await api?.h.close();
});

it('unit head: work sent back shows that it was and why where the bar was, not a full green bar', async () => {
  const head = 'truongphong.gddt@dondoc.local';
  const task = await demoTask('nhu cầu bổ sung giáo viên', head);
  const reason = 'Thiếu số liệu của hai trường THCS Lê Thiện và Bắc Sơn';
  await api.h.http().post(`/api/tasks/${task.id}/updates`).set(auth(await api.h.login(head))).send({ status: 'submitted', note: 'Đã tổng hợp xong' }).expect(201);
  await api.h.http().post(`/api/tasks/${task.id}/return`).set(auth(await api.h.login('chutich@dondoc.local'))).send({ reason }).expect(200);

  const page = await pageAs(head);
  await page.goto(`${api.baseUrl}/tasks/${task.id}`);
  const returned = page.locator('[data-section="returned"]');
  await returned.getByText(`Lý do: ${reason}`).waitFor();
  await returned.getByText(/Kết quả đã bị trả lại bởi Phạm Việt Hùng/).waitFor();
  await page.locator('[data-status="in_progress"]').first().waitFor();
  await page.getByText('Quá hạn', { exact: true }).first().waitFor();
  expect(await page.locator('.ant-progress').count()).toBe(0);

  // In the list the full bar of work still open is not the green of accepted work.
  await page.goto(`${api.baseUrl}/tasks?q=${encodeURIComponent('nhu cầu bổ sung giáo viên')}`);
  const bar = page.getByRole('progressbar', { name: 'Tiến độ' }).first();
  await bar.waitFor();
  expect(await bar.getAttribute('aria-valuenow')).toBe('100');
  expect(await bar.locator(':scope > div > div').getAttribute('style')).toContain('background: rgb(22, 119, 255)');

  // Reported anew, the percent is news again and shows beside the return.
  await page.goto(`${api.baseUrl}/tasks/${task.id}`);
  await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
  const report = page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
  await report.getByRole('spinbutton', { name: 'Tiến độ (%)' }).fill('80');
  await report.getByLabel('Nội dung báo cáo').fill('Đã nhận số liệu của trường THCS Lê Thiện.');
  await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await report.waitFor({ state: 'hidden' });
  await page.locator('.ant-progress').getByText('80%').waitFor();
  await returned.getByText(`Lý do: ${reason}`).waitFor();
  expect(await page.locator('.ant-progress-status-success').count()).toBe(0);
});

it('unit head: an empty progress report is refused with the reason and changes nothing', async () => {
  const head = 'truongphong.noivu@dondoc.local';
  const task = await demoTask('kỷ luật, kỷ cương hành chính', head);
  expect(task.status).toBe('assigned');
  const page = await pageAs(head);
  await page.goto(`${api.baseUrl}/tasks/${task.id}`);
  await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
  const report = page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
  await report.getByLabel('Nội dung báo cáo').fill('   ');
  await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByText('Báo cáo chưa có nội dung: hãy thay đổi tiến độ, nhập nội dung báo cáo hoặc đính kèm tệp.').waitFor();
  // The dialog stays open for the person to add what was missing.
  await report.getByRole('button', { name: 'Gửi báo cáo' }).waitFor();
  await report.getByRole('button', { name: 'Hủy bỏ' }).click();
  await page.locator('[data-status="assigned"]').first().waitFor();
  const stored = (await api.h.http().get(`/api/tasks/${task.id}`).set(auth(await api.h.login(head))).expect(200)).body;
  expect(stored).toMatchObject({ status: 'assigned', version: task.version, updates: [] });
});
