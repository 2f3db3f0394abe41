import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api-harness';
import { DESKTOP, launchChromium, signIn, startWebApi, type WebApi } from './support';

/* Quản trị → Hàng đợi in Chromium: the counts, then Bull Board opened in a new tab with its cookie, under its own CSP. */

jest.setTimeout(60_000);

let api: WebApi;
let browser: Browser;

beforeAll(async () => {
  api = await startWebApi();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.h.close();
});

it('admin: reads the counts per queue and opens the queue dashboard in a new tab', async () => {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await signIn(page, api.baseUrl, 'admin@dondoc.local', DEMO_PASSWORD);
  await page.goto(`${api.baseUrl}/admin?tab=queues`);
  await page.getByRole('row', { name: /Gửi thư/ }).waitFor();
  await page.getByRole('columnheader', { name: 'Hẹn giờ' }).waitFor();

  // Bull Board's Google Fonts stylesheet is refused on purpose; anything else refused would break it.
  const violations: string[] = [];
  context.on('page', (p) =>
    p.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text()) && !m.text().includes('fonts.googleapis.com')) violations.push(m.text());
    }),
  );
  const [board] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Mở bảng điều khiển hàng đợi' }).click()]);
  await board.waitForURL(`${api.baseUrl}/admin/queues/`);
  // The board has no Vietnamese of its own, but the queues it lists say what they do.
  await board.getByRole('link', { name: 'Quét nhắc việc, tổng hợp tuần' }).first().waitFor();
  await board.getByRole('link', { name: 'Gửi thư' }).first().click();
  await board.waitForURL(/\/admin\/queues\/queue\/mail/);
  expect(await board.title()).toBe('Hàng đợi Đôn đốc');
  expect(violations).toEqual([]);
  await context.close();
});
