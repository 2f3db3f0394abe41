import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api-harness';
import { DESKTOP, launchChromium, signIn, startWebApi, type WebApi } from './support';

/* One vocabulary and one count: the status names the reports use, and late work awaiting review overdue everywhere. */

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

beforeAll(async () => {
  api = await startWebApi();
  browser = await launchChromium();
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await api?.h.close();
});

it('leader: reads the statuses by the names the reports use', async () => {
  const page = await pageAs('chutich@dondoc.local');
  await page.goto(`${api.baseUrl}/tasks?status=assigned`);
  await expect(page.locator('[data-status="assigned"]').first().innerText()).resolves.toBe('Đã giao');
  await page.goto(`${api.baseUrl}/tasks?status=done`);
  await expect(page.locator('[data-status="done"]').first().innerText()).resolves.toBe('Đã hoàn thành');
  await expect(page.getByText('Mới giao').count()).resolves.toBe(0);
});

it('leader: late work awaiting review is overdue on its row, its page and in its directive\'s count', async () => {
  const head = 'truongphong.gddt@dondoc.local';
  const token = await api.h.login(head);
  const [task] = (await api.h.http().get('/api/tasks').query({ q: 'nhu cầu bổ sung giáo viên' }).set(auth(token)).expect(200)).body.items;
  expect(task.timeliness).toBe('overdue');
  await api.h.http().post(`/api/tasks/${task.id}/updates`).set(auth(token)).send({ status: 'submitted', note: 'Đã tổng hợp xong' }).expect(201);

  const leader = await api.h.login('chutich@dondoc.local');
  const overdue = (await api.h.http().get('/api/tasks').query({ directiveId: task.directive.id, timeliness: 'overdue', pageSize: 100 }).set(auth(leader)).expect(200)).body;
  expect(overdue.items.map((t: { id: string }) => t.id)).toContain(task.id);

  const page = await pageAs('chutich@dondoc.local');
  await page.goto(`${api.baseUrl}/tasks?q=${encodeURIComponent('nhu cầu bổ sung giáo viên')}`);
  const row = page.getByRole('row', { name: /nhu cầu bổ sung giáo viên/ });
  await row.locator('[data-timeliness="overdue"]').waitFor();
  await row.locator('[data-status="submitted"]').waitFor();

  await page.goto(`${api.baseUrl}/tasks/${task.id}`);
  await page.locator('[data-timeliness="overdue"]').first().waitFor();

  await page.goto(`${api.baseUrl}/directives`);
  const count = page.locator(`a[href="/tasks?directiveId=${task.directive.id}&timeliness=overdue"]`);
  await expect(count.innerText()).resolves.toBe(`${overdue.total} quá hạn`);
});
