import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api-harness';
import { DESKTOP, launchChromium, signIn, startWebApi, type WebApi } from './support';

/* The directive screens as each role sees them: a unit's people only their unit's part, a leader the rest. */

jest.setTimeout(120_000);

let api: WebApi;
let browser: Browser;
const contexts: BrowserContext[] = [];
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
let notice: string, draft: string, tckhOnly: string;

const DRAFT_TITLE = 'Dự thảo kết luận chưa ban hành về trường học';
const TCKH_TITLE = 'Kết luận về dự toán ngân sách năm 2027';

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
  const clerk = await api.h.login('vanphong@dondoc.local');
  const units = (await api.h.http().get('/api/units').set(auth(clerk)).expect(200)).body as { id: string; code: string }[];
  const unitId = (code: string) => units.find((u) => u.code === code)!.id;
  const directives = (await api.h.http().get('/api/directives').set(auth(clerk)).expect(200)).body.items as { id: string; title: string }[];
  notice = directives.find((d) => d.title?.startsWith('Kết luận của đồng chí Chủ tịch'))!.id;
  const body = (title: string, unit: string, text: string) => ({
    title,
    docType: 'Thông báo',
    sourceText: `${title}. ${text}.`,
    assignments: [
      {
        unitText: unit,
        unitIds: [unitId(unit)],
        group: false,
        coordinating: [],
        tasks: [{ text, deadline: null, deadlineText: null, coordinating: [], recurrence: null }],
      },
    ],
  });
  draft = (
    await api.h
      .http()
      .post('/api/directives')
      .set(auth(clerk))
      .send(body(DRAFT_TITLE, 'GDDT', 'Sáp nhập hai trường tiểu học'))
      .expect(201)
  ).body.id;
  tckhOnly = (
    await api.h
      .http()
      .post('/api/directives')
      .set(auth(clerk))
      .send(body(TCKH_TITLE, 'TCKH', 'Lập dự toán năm 2027'))
      .expect(201)
  ).body.id;
  await api.h.http().post(`/api/directives/${tckhOnly}/publish`).set(auth(clerk)).expect(200);
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await api?.h.close();
});

it('unit head: lists and opens only the directives that give the unit a task, without the source text', async () => {
  const page = await pageAs('truongphong.gddt@dondoc.local');
  await page.goto(`${api.baseUrl}/directives`);
  await page
    .getByText(/^Kết luận của đồng chí Chủ tịch/)
    .first()
    .waitFor();
  expect(await page.getByText(DRAFT_TITLE).count()).toBe(0);
  expect(await page.getByText(TCKH_TITLE).count()).toBe(0);

  await page.goto(`${api.baseUrl}/directives/${notice}`);
  await page.getByText(/Hoàn thành \d+\/\d+ nhiệm vụ/).waitFor();
  await page.getByRole('cell', { name: 'Phòng Giáo dục và Đào tạo' }).first().waitFor();
  expect(await page.getByText('Văn bản gốc').count()).toBe(0);

  await page.goto(`${api.baseUrl}/directives/${draft}`);
  await page.getByText('Không tìm thấy văn bản', { exact: true }).waitFor();
  await page.goto(`${api.baseUrl}/directives/${tckhOnly}`);
  await page.getByText('Văn bản này không giao nhiệm vụ cho đơn vị của bạn').waitFor();
  expect(await page.getByText(TCKH_TITLE).count()).toBe(0);
});

it('leader: reads every published directive with its source text; a draft led by no one stays out of sight', async () => {
  const page = await pageAs('phochutich@dondoc.local');
  await page.goto(`${api.baseUrl}/directives`);
  await page.getByText(TCKH_TITLE).waitFor();
  expect(await page.getByText(DRAFT_TITLE).count()).toBe(0);
  await page.goto(`${api.baseUrl}/directives/${notice}`);
  await page.getByText('Văn bản gốc').waitFor();
  await page.getByRole('cell', { name: 'Phòng Nội vụ' }).first().waitFor();
});

it('chairman: sees a draft as a draft', async () => {
  const page = await pageAs('chutich@dondoc.local');
  await page.goto(`${api.baseUrl}/directives`);
  await page.getByText(DRAFT_TITLE).waitFor();
  await page.goto(`${api.baseUrl}/directives/${draft}`);
  await page.getByText('Văn bản đang ở dạng nháp, chưa ban hành.').waitFor();
});
