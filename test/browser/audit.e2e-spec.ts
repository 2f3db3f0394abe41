import { browserSession } from './support';

/* The admin reads who changed what under Quản trị → Nhật ký thay đổi, and narrows it down. */

jest.setTimeout(120_000);

const session = browserSession();

it('admin: sees a unit renamed, by whom and which field, and filters the log by kind of record', async () => {
  const admin = await session.api.h.login('admin@dondoc.local');
  const units = (
    await session.api.h
      .http()
      .get('/api/units')
      .set({ Authorization: `Bearer ${admin}` })
      .expect(200)
  ).body as { id: string; code: string }[];
  const yt = units.find((u) => u.code === 'YT')!;
  await session.api.h
    .http()
    .patch(`/api/units/${yt.id}`)
    .set({ Authorization: `Bearer ${admin}` })
    .send({ name: 'Phòng Y tế huyện An Dương' })
    .expect(200);

  const page = await session.pageAs('admin@dondoc.local');
  await page.goto(`${session.api.baseUrl}/admin?tab=audit`);
  await page.getByRole('combobox', { name: 'Loại bản ghi' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^Đơn vị$/ })
    .first()
    .click();
  const row = page.getByRole('row').filter({ hasText: 'Sửa đơn vị' }).filter({ hasText: yt.id });
  await row.waitFor();
  expect(await row.textContent()).toContain('admin@dondoc.local');
  expect(await row.getByRole('cell').last().textContent()).toBe('name');
  // Only units' changes are listed.
  const actions = await page.locator('tbody tr[data-row-key] td:nth-child(3)').allTextContents();
  expect(actions.length).toBeGreaterThan(0);
  expect(actions.every((a) => a === 'Sửa đơn vị' || a === 'Thêm đơn vị')).toBe(true);
});
