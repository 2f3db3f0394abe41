import type { Page } from 'playwright-core';
import { browserSession } from './support';

/* The clerk corrects a published directive on its page: number and date, a task's deadline, a task withdrawn, a task added. */

jest.setTimeout(120_000);

const session = browserSession();
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A published directive without number or date, with a task each for Phòng Nội vụ and Phòng Tài chính - Kế hoạch. */
async function publishedDirective(): Promise<string> {
  const { h } = session.api;
  const clerk = await h.login('vanphong@dondoc.local');
  const units = (await h.http().get('/api/units').set(auth(clerk)).expect(200)).body as { id: string; code: string }[];
  const unit = (code: string) => units.find((u) => u.code === code)!.id;
  const task = (text: string, code: string, name: string) => ({
    unitText: name,
    unitIds: [unit(code)],
    group: false,
    coordinating: [],
    tasks: [{ text, deadline: '2027-03-19', deadlineText: null, coordinating: [], recurrence: null }],
  });
  const body = {
    title: 'Thông báo kết luận giao ban tháng',
    docType: 'Thông báo',
    symbol: 'TB-UBND',
    number: null,
    date: null,
    assignments: [task('Rà soát biên chế năm 2027', 'NV', 'Phòng Nội vụ'), task('Lập dự toán bổ sung', 'TCKH', 'Phòng Tài chính - Kế hoạch')],
  };
  const { id } = (await h.http().post('/api/directives').set(auth(clerk)).send(body).expect(201)).body;
  await h.http().post(`/api/directives/${id}/publish`).set(auth(clerk)).expect(200);
  return id;
}

const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

it('clerk: fills in number and date, moves a deadline, withdraws a task after confirming, adds one', async () => {
  const id = await publishedDirective();
  const page = await session.pageAs('vanphong@dondoc.local');
  await page.goto(`${session.api.baseUrl}/directives/${id}`);
  await page.getByRole('heading', { name: 'Thông báo số TB-UBND' }).waitFor();
  await page.getByRole('button', { name: 'Đính chính văn bản' }).click();

  const header = page.locator('[data-section="header-correction"]');
  await header.getByLabel('Số', { exact: true }).fill('125');
  const date = header.getByLabel('Ngày văn bản');
  await date.fill('27/01/2027');
  await date.press('Enter');
  await header.getByLabel('Lý do đính chính').fill('Văn thư đã cấp số');
  await header.getByRole('button', { name: 'Lưu thông tin văn bản' }).click();
  await page.getByRole('heading', { name: 'Thông báo số 125/TB-UBND' }).waitFor();
  await page.getByText('27/01/2027').first().waitFor();

  // A deadline corrected: the task page keeps the first date in its history.
  await row(page, 'Rà soát biên chế năm 2027').getByRole('button', { name: 'Sửa nhiệm vụ của Phòng Nội vụ' }).click();
  const edit = page.getByRole('dialog', { name: 'Đính chính nhiệm vụ' });
  const deadline = edit.getByLabel('Hạn xử lý');
  await deadline.fill('31/03/2027');
  await deadline.press('Enter');
  await edit.getByLabel('Lý do đính chính').fill('In nhầm ngày');
  await edit.getByRole('button', { name: 'Lưu đính chính' }).click();
  await edit.waitFor({ state: 'hidden' });
  await row(page, 'Rà soát biên chế năm 2027').getByText('31/03/2027').waitFor();

  // Withdrawing asks first, with the reason.
  await row(page, 'Lập dự toán bổ sung').getByRole('button', { name: 'Hủy nhiệm vụ của Phòng Tài chính - Kế hoạch' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hủy nhiệm vụ giao nhầm?' });
  await confirm.getByText('sẽ chuyển sang trạng thái “Đã hủy”', { exact: false }).waitFor();
  await confirm.getByRole('button', { name: 'Xác nhận hủy' }).click();
  await confirm.getByText('Vui lòng nhập lý do hủy.').waitFor();
  await confirm.getByLabel('Lý do hủy').fill('Giao nhầm đơn vị');
  await confirm.getByRole('button', { name: 'Xác nhận hủy' }).click();
  await confirm.waitFor({ state: 'hidden' });
  await row(page, 'Lập dự toán bổ sung').locator('[data-status="cancelled"]').waitFor();

  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm nhiệm vụ vào văn bản' });
  await add.getByLabel('Nội dung nhiệm vụ').fill('Tổng hợp nhu cầu đào tạo cán bộ');
  await add.getByRole('combobox', { name: 'Đơn vị chủ trì' }).fill('Giáo dục');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Phòng Giáo dục và Đào tạo' }).click();
  await add.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await add.waitFor({ state: 'hidden' });
  await row(page, 'Tổng hợp nhu cầu đào tạo cán bộ').getByText('Phòng Giáo dục và Đào tạo').waitFor();

  await row(page, 'Rà soát biên chế năm 2027').getByRole('link').click();
  // The deadline history keeps the first date; the timeline says what was corrected and why.
  await page.getByText('19/03/2027 → 31/03/2027', { exact: true }).waitFor();
  await page.getByText('Đính chính nhiệm vụ', { exact: true }).waitFor();
  await page.getByText(/Hạn xử lý: 19\/03\/2027 → 31\/03\/2027\s+Lý do: In nhầm ngày/).waitFor();
});

it('unit head: sees no way to correct the directive', async () => {
  const id = await publishedDirective();
  const page = await session.pageAs('truongphong.noivu@dondoc.local');
  await page.goto(`${session.api.baseUrl}/directives/${id}`);
  await page.getByRole('heading', { name: 'Thông báo số TB-UBND' }).waitFor();
  await page.getByRole('button', { name: 'Xem trong danh sách nhiệm vụ' }).waitFor();
  expect(await page.getByRole('button', { name: 'Đính chính văn bản' }).count()).toBe(0);
});

it('clerk: puts another leader in charge of the published directive', async () => {
  const id = await publishedDirective();
  const page = await session.pageAs('vanphong@dondoc.local');
  await page.goto(`${session.api.baseUrl}/directives/${id}`);
  await page.getByRole('heading', { name: 'Thông báo số TB-UBND' }).waitFor();
  await page.getByRole('button', { name: 'Đính chính văn bản' }).click();

  const header = page.locator('[data-section="header-correction"]');
  await header.getByRole('combobox', { name: 'Lãnh đạo phụ trách' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Lương Thế Quý' }).click();
  await header.getByLabel('Lý do đính chính').fill('Phó Chủ tịch Thường trực phụ trách lĩnh vực');
  await header.getByRole('button', { name: 'Lưu thông tin văn bản' }).click();
  await page.getByText('Đã lưu đính chính thông tin văn bản; các đơn vị và lãnh đạo phụ trách được thông báo.').waitFor();
  await page.locator('.ant-descriptions-item', { hasText: 'Lãnh đạo phụ trách' }).getByText('Lương Thế Quý').waitFor();
});

it('clerk: adds a recurring duty, made a series', async () => {
  const id = await publishedDirective();
  const page = await session.pageAs('vanphong@dondoc.local');
  await page.goto(`${session.api.baseUrl}/directives/${id}`);
  await page.getByRole('heading', { name: 'Thông báo số TB-UBND' }).waitFor();
  await page.getByRole('button', { name: 'Đính chính văn bản' }).click();
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm nhiệm vụ vào văn bản' });
  await add.getByLabel('Nội dung nhiệm vụ').fill('Báo cáo tình hình giải ngân vốn đầu tư công');
  await add.getByRole('combobox', { name: 'Đơn vị chủ trì' }).fill('Tài chính');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Phòng Tài chính - Kế hoạch' }).click();
  await add.getByRole('combobox', { name: 'Định kỳ' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Hằng tháng' }).click();
  await add.getByLabel('Hạn mỗi kỳ (ngày)').fill('20');
  await add.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await add.waitFor({ state: 'hidden' });
  await row(page, 'Báo cáo tình hình giải ngân vốn đầu tư công').waitFor();

  const { h } = session.api;
  const clerk = await h.login('vanphong@dondoc.local');
  const tasks = (await h.http().get('/api/tasks').query({ directiveId: id }).set(auth(clerk)).expect(200)).body.items as { id: string; text: string }[];
  const added = tasks.find((t) => t.text === 'Báo cáo tình hình giải ngân vốn đầu tư công')!;
  const detail = (await h.http().get(`/api/tasks/${added.id}`).set(auth(clerk)).expect(200)).body;
  expect(detail.series).toMatchObject({ recurrence: 'monthly', dueDay: 20, dueMonth: null });
});
