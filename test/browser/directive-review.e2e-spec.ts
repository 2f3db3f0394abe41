import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSession } from './support';

/* The clerk reviews a parsed notice: nothing is lost by a stray click, a draft can be thrown away. */

const NOTICE = readFileSync(join(__dirname, '../fixtures/directives/an-duong-2023-tb-ket-luan-giao-duc.txt'), 'utf8');

jest.setTimeout(120_000);

const session = browserSession();
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

async function clerkPage(): Promise<Page> {
  const page = await session.pageAs('vanphong@dondoc.local');
  return page;
}

async function parseNotice(page: Page): Promise<void> {
  await page.goto(`${session.api.baseUrl}/directives/new`);
  await page.getByRole('textbox', { name: 'Nội dung văn bản' }).fill(NOTICE);
  await page.getByRole('button', { name: 'Phân tích' }).click();
  await page.getByText('Mục 5', { exact: true }).waitFor();
}

const itemTitles = (page: Page) =>
  page
    .locator('.ant-card-head-title')
    .filter({ hasText: /^Mục \d+/ })
    .allInnerTexts();

it('clerk: leaving an unsaved review asks first, by the page button, the sidebar or closing the tab', async () => {
  const page = await clerkPage();
  await parseNotice(page);
  const confirm = page.getByRole('dialog').filter({ hasText: 'Bỏ các chỉnh sửa chưa lưu?' });

  await page.getByRole('button', { name: 'Phân tích văn bản khác' }).click();
  await confirm.getByRole('button', { name: 'Ở lại' }).click();
  await confirm.waitFor({ state: 'detached' });
  await page.getByText('Mục 5', { exact: true }).waitFor();

  await page.getByRole('link', { name: 'Nhiệm vụ' }).click();
  await confirm.getByRole('button', { name: 'Ở lại' }).click();
  await confirm.waitFor({ state: 'detached' });
  expect(new URL(page.url()).pathname).toBe('/directives/new');
  await page.getByText('Mục 5', { exact: true }).waitFor();

  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  await page.getByText('Mục 5', { exact: true }).waitFor();

  // Agreed to, the page button starts over on another notice.
  await page.getByRole('button', { name: 'Phân tích văn bản khác' }).click();
  await confirm.getByRole('button', { name: 'Bỏ chỉnh sửa' }).click();
  await page.getByRole('textbox', { name: 'Nội dung văn bản' }).waitFor();
});

it('clerk: a deleted item or task comes back with Hoàn tác; a saved draft leaves freely and can be deleted', async () => {
  const page = await clerkPage();
  await parseNotice(page);
  const parsed = await itemTitles(page);
  expect(parsed).toHaveLength(5);

  await page.getByRole('button', { name: 'Xóa mục 2', exact: true }).click();
  await page.getByText('Đã xóa mục 2.').waitFor();
  expect(await itemTitles(page)).toEqual(parsed.toSpliced(1, 1).map((t, i) => t.replace(/^Mục \d+/, `Mục ${i + 1}`)));
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await page.getByText('Đã xóa mục 2.').waitFor({ state: 'detached' });
  expect(await itemTitles(page)).toEqual(parsed);

  const firstTask = page.getByRole('textbox', { name: 'Nội dung nhiệm vụ 1 của mục 1' });
  const text = await firstTask.inputValue();
  await page.getByRole('button', { name: 'Xóa nhiệm vụ 1 của mục 1' }).click();
  expect(await firstTask.inputValue()).not.toBe(text);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  expect(await firstTask.inputValue()).toBe(text);

  const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/directives');
  await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
  const { id } = await (await created).json();
  await page.getByText('Đã lưu nháp.').waitFor();
  // Saved, nothing is at stake: the sidebar leaves without asking.
  await page.getByRole('link', { name: 'Nhiệm vụ' }).click();
  await page.waitForURL(`${session.api.baseUrl}/tasks`);

  await page.goto(`${session.api.baseUrl}/directives/${id}`);
  await page.getByText('Mục 5', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Xóa nháp' }).first().click();
  await page.getByRole('dialog').filter({ hasText: 'Xóa bản nháp?' }).getByRole('button', { name: 'Xóa bản nháp' }).click();
  await page.waitForURL(`${session.api.baseUrl}/directives`);
  await page.getByText('Đã xóa bản nháp.').waitFor();
  await session.api.h
    .http()
    .get(`/api/directives/${id}`)
    .set(auth(await session.api.h.login('vanphong@dondoc.local')))
    .expect(404);
});

it('clerk: the leader in charge is the one whose conclusions the notice records, or none with a prompt', async () => {
  const clerk = await session.api.h.login('vanphong@dondoc.local');
  const leaders = (await session.api.h.http().get('/api/users').query({ role: 'leader' }).set(auth(clerk)).expect(200)).body.items as {
    id: string;
    email: string;
  }[];
  const deputy = leaders.find((u) => u.email === 'phochutich@dondoc.local')!.id;
  const page = await clerkPage();
  const leaderField = page.locator('label', { hasText: 'Lãnh đạo phụ trách' });
  const review = async (notice: string) => {
    await page.goto(`${session.api.baseUrl}/directives/new`);
    await page.getByRole('textbox', { name: 'Nội dung văn bản' }).fill(notice);
    await page.getByRole('button', { name: 'Phân tích' }).click();
    await page.getByText('Mục 5', { exact: true }).waitFor();
  };
  const savedLeader = async () => {
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/directives');
    await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
    return (await created).request().postDataJSON().leaderInChargeId as string | null;
  };

  await review(NOTICE.replace('Kết luận của đồng chí Chủ tịch', 'Kết luận của đồng chí Phó Chủ tịch Thường trực'));
  await leaderField.getByText('Lương Thế Quý — Phó Chủ tịch Thường trực UBND huyện').waitFor();
  await page.getByText('Theo văn bản: “Kết luận của đồng chí Phó Chủ tịch Thường trực Ủy ban nhân dân huyện”.').waitFor();
  expect(await savedLeader()).toBe(deputy);

  // Each leader is listed with the office held.
  await leaderField.getByRole('combobox').click();
  // antd lists the visible options apart from the ones it names for screen readers.
  const shown = page.locator('.ant-select-dropdown .ant-select-item-option');
  await shown.filter({ hasText: 'Phạm Việt Hùng — Chủ tịch UBND huyện' }).waitFor();
  await shown.filter({ hasText: 'Lương Thế Quý — Phó Chủ tịch Thường trực UBND huyện' }).waitFor();
  await page.keyboard.press('Escape');

  // A deputy who is not among the leaders: nobody is put in their place, the clerk is asked.
  await review(
    NOTICE.replace('Kết luận của đồng chí Chủ tịch Ủy ban nhân dân huyện', 'Kết luận của đồng chí Phó Chủ tịch Ủy ban nhân dân huyện Trần Văn Bình'),
  );
  const prompt = page.locator('[data-section="leader-prompt"]');
  await prompt.getByText('Chưa chọn lãnh đạo phụ trách').waitFor();
  await prompt.getByText('Văn bản ghi “Kết luận của đồng chí Phó Chủ tịch Ủy ban nhân dân huyện Trần Văn Bình” nhưng không khớp').waitFor();
  expect(await leaderField.locator('.ant-select-selection-item').count()).toBe(0);
  expect(await savedLeader()).toBeNull();
});
