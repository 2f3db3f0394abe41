import type { Page } from 'playwright-core';
import { browserSession } from './support';

/* What an admin reads in Quản trị: unit kinds in Vietnamese, and refusals that name the value at fault. */

jest.setTimeout(120_000);

const session = browserSession();

/** Picks an option in the open antd Select dropdown, by its text. */
async function choose(page: Page, text: string): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

async function adminPage(tab: string): Promise<Page> {
  const page = await session.pageAs('admin@dondoc.local');
  await page.goto(`${session.api.baseUrl}/admin?tab=${tab}`);
  return page;
}

it('admin: chooses a unit kind from a Vietnamese list, reads kinds in Vietnamese, and is told a unit code is taken', async () => {
  const page = await adminPage('units');
  const preschool = page.getByRole('row', { name: /Trường Mầm non/ }).first();
  await preschool.getByRole('cell', { name: 'Trường mầm non', exact: true }).waitFor();
  const table = page.locator('.ant-table');
  await expect(table.innerText()).resolves.not.toMatch(/committee|preschool|lower_secondary_school|department|public_service|commune/);

  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
  await dialog.getByLabel('Tên đơn vị').fill('Phòng Tư pháp');
  await dialog.getByLabel('Mã', { exact: true }).fill('PTP');
  await dialog.getByLabel('Loại').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await options.first().waitFor();
  await expect(options.allInnerTexts()).resolves.toEqual([
    'Ủy ban nhân dân',
    'Văn phòng',
    'Phòng chuyên môn',
    'Đơn vị sự nghiệp',
    'Trường mầm non',
    'Trường tiểu học',
    'Trường trung học cơ sở',
    'Xã, thị trấn',
    'Khác',
  ]);
  await choose(page, 'Phòng chuyên môn');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .getByRole('row', { name: /Phòng Tư pháp/ })
    .getByRole('cell', { name: 'Phòng chuyên môn', exact: true })
    .waitFor();

  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await dialog.getByLabel('Tên đơn vị').fill('Phòng Tư pháp trùng mã');
  await dialog.getByLabel('Mã', { exact: true }).fill('PTP');
  await dialog.getByLabel('Loại').click();
  await choose(page, 'Phòng chuyên môn');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Mã đơn vị này đã được dùng cho một đơn vị khác').waitFor();
  await expect(dialog.isVisible()).resolves.toBe(true);
});

it('admin: is told an email is taken, and that a unit head needs a unit, in words', async () => {
  const page = await adminPage('users');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByLabel('Họ tên').fill('Người trùng email');
  await dialog.getByLabel('Email').fill('admin@dondoc.local');
  await dialog.getByLabel('Mật khẩu').fill('a-long-password');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Trưởng đơn vị và cán bộ đơn vị phải thuộc một đơn vị: hãy chọn đơn vị').waitFor();
  await expect(page.getByText('unitId').count()).resolves.toBe(0);

  await dialog.getByLabel('Vai trò').click();
  await choose(page, 'Lãnh đạo');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Email này đã được dùng cho một tài khoản khác').waitFor();
  await expect(page.getByText('Dữ liệu đã được người khác thay đổi').count()).resolves.toBe(0);
});

it('admin: reads the queues by what they do, with no queue codes', async () => {
  const page = await adminPage('queues');
  await page.getByRole('row', { name: /Gửi thư/ }).waitFor();
  const names = await page.locator('.ant-table-tbody tr[data-row-key] td:first-child').allInnerTexts();
  expect(names.sort()).toEqual(['Gửi thư', 'Quét nhắc việc, tổng hợp tuần']);
});
