import { DEMO_PASSWORD } from '../support/api-harness';
import { browserSession, signIn } from './support';

/* The admin edits people's accounts in Quản trị → Người dùng, one after the other. */

jest.setTimeout(120_000);

const session = browserSession();
const { newPage } = session;

interface ListedUser {
  email: string;
  name: string;
  role: string;
  active: boolean;
}

async function usersByEmail(): Promise<Map<string, ListedUser>> {
  const admin = await session.api.h.login('admin@dondoc.local');
  const users = (
    await session.api.h
      .http()
      .get('/api/users')
      .query({ pageSize: 200 })
      .set({ Authorization: `Bearer ${admin}` })
      .expect(200)
  ).body.items as (ListedUser & { updatedAt: string })[];
  return new Map(users.map(({ updatedAt: _, ...u }) => [u.email, u]));
}

it('admin: each edit dialog shows its own user, each save lands on that user, a deactivated user cannot sign in', async () => {
  const page = await newPage();
  await signIn(page, session.api.baseUrl, 'admin@dondoc.local', DEMO_PASSWORD);
  await page.goto(`${session.api.baseUrl}/admin?tab=users`);
  const before = await usersByEmail();

  // A new-user form opened and left first: the edit dialogs after it are not blank.
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const creating = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await creating.getByLabel('Họ tên').fill('Người chưa lưu');
  await creating.getByRole('button', { name: 'Hủy bỏ' }).click();
  await creating.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Sửa Trần Văn Nam' }).click();
  const first = page.getByRole('dialog', { name: 'Sửa người dùng' });
  await expect(first.getByLabel('Họ tên').inputValue()).resolves.toBe('Trần Văn Nam');
  await expect(first.getByLabel('Email').inputValue()).resolves.toBe('truongphong.noivu@dondoc.local');
  await first.getByLabel('Họ tên').fill('Trần Văn Nam Anh');
  await first.getByRole('button', { name: 'Lưu' }).click();
  await first.waitFor({ state: 'hidden' });
  await page.getByRole('cell', { name: 'Trần Văn Nam Anh', exact: true }).waitFor();

  await page.getByRole('button', { name: 'Sửa Lê Thị Hoa' }).click();
  const second = page.getByRole('dialog', { name: 'Sửa người dùng' });
  await expect(second.getByLabel('Họ tên').inputValue()).resolves.toBe('Lê Thị Hoa');
  await expect(second.getByLabel('Email').inputValue()).resolves.toBe('truongphong.tckh@dondoc.local');
  await expect(second.getByRole('switch', { name: 'Đang hoạt động' }).isChecked()).resolves.toBe(true);
  await second.getByRole('switch', { name: 'Đang hoạt động' }).click();
  await second.getByRole('button', { name: 'Lưu' }).click();
  await second.waitFor({ state: 'hidden' });
  await page
    .getByRole('row', { name: /Lê Thị Hoa/ })
    .getByText('Đã khóa')
    .waitFor();

  const after = await usersByEmail();
  expect(after.get('truongphong.noivu@dondoc.local')).toEqual({ ...before.get('truongphong.noivu@dondoc.local'), name: 'Trần Văn Nam Anh' });
  expect(after.get('truongphong.tckh@dondoc.local')).toEqual({ ...before.get('truongphong.tckh@dondoc.local'), active: false });
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());

  const leaver = await newPage();
  await leaver.goto(`${session.api.baseUrl}/login`);
  await leaver.getByLabel('Email').fill('truongphong.tckh@dondoc.local');
  await leaver.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await leaver.getByRole('button', { name: 'Đăng nhập' }).click();
  await leaver.getByRole('alert').getByText('Email hoặc mật khẩu không đúng').waitFor();
  expect(new URL(leaver.url()).pathname).toBe('/login');
});
