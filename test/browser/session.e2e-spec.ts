import { DEMO_PASSWORD } from '../support/api-harness';
import { browserSession, PHONE, recordCspViolations, signIn } from './support';

/*
 * The session lives in an HttpOnly cookie: nothing a script on the page could read holds the
 * token, a reload stays signed in, signing out clears it. The pages render under a
 * Content-Security-Policy that allows nothing inline, with nothing refused.
 */

jest.setTimeout(120_000);

const session = browserSession();
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

it('keeps the session in a cookie no script can read, and clears it on sign-out', async () => {
  const page = await session.newPage();
  const violations = await recordCspViolations(page);
  await signIn(page, session.api.baseUrl, 'vanphong@dondoc.local', DEMO_PASSWORD);

  const cookie = (await page.context().cookies()).find((c) => c.name === 'dondoc_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
  const stored = await page.evaluate<string>('JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie })');
  expect(stored).not.toContain(cookie!.value);
  // No token of any kind: a JWT starts with the encoded `{"`.
  expect(stored).not.toContain('eyJ');

  // The API says who is signed in: a reload keeps the person in.
  await page.reload();
  await page.getByText('Nhiệm vụ').first().waitFor();
  const signOut = page.getByRole('button', { name: 'Đăng xuất' });
  await signOut.waitFor();

  await signOut.click();
  await page.waitForURL((url) => url.pathname === '/login');
  expect((await page.context().cookies()).find((c) => c.name === 'dondoc_session')).toBeUndefined();
  await page.goto(`${session.api.baseUrl}/tasks`);
  await page.waitForURL((url) => url.pathname === '/login');
  // The old token ended on the server too: a copy of the cookie is of no use.
  await session.api.h.http().get('/api/auth/me').set('Cookie', `dondoc_session=${cookie!.value}`).expect(401);
  expect(violations).toEqual([]);
});

it('renders the main pages of every role, and their dialogs, with nothing refused by the Content-Security-Policy', async () => {
  const head = await session.api.h.login('truongphong.noivu@dondoc.local');
  const task = (await session.api.h.http().get('/api/tasks').query({ status: 'assigned', pageSize: 1 }).set(auth(head)).expect(200)).body.items[0];
  const visits: [email: string, paths: string[]][] = [
    ['vanphong@dondoc.local', ['/tasks', `/tasks/${task.id}`, '/directives', '/directives/new']],
    ['chutich@dondoc.local', ['/dashboard']],
    ['admin@dondoc.local', ['/admin']],
  ];
  for (const [email, paths] of visits) {
    const page = await session.newPage();
    const violations = await recordCspViolations(page);
    await signIn(page, session.api.baseUrl, email, DEMO_PASSWORD);
    for (const path of paths) {
      await page.goto(`${session.api.baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect({ email, violations }).toEqual({ email, violations: [] });
  }

  // A dialog or the phone's menu locks the page's scrolling with a style of its own.
  const phone = await session.newPage(PHONE);
  const violations = await recordCspViolations(phone);
  await signIn(phone, session.api.baseUrl, 'truongphong.noivu@dondoc.local', DEMO_PASSWORD);
  await phone.getByRole('button', { name: 'Mở menu' }).click();
  await phone.getByRole('dialog').waitFor();
  await phone.goto(`${session.api.baseUrl}/tasks/${task.id}`);
  await phone.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
  await phone.getByRole('dialog', { name: 'Báo cáo tiến độ' }).waitFor();
  expect(violations).toEqual([]);
});

it("renders Swagger UI's page under its own policy with nothing refused", async () => {
  const page = await session.newPage();
  const violations = await recordCspViolations(page);
  await page.goto(`${session.api.baseUrl}/api/docs`);
  await page.getByText('Đôn đốc API').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

it('lets anyone change their own password: the page stays signed in, the old password and other sign-ins end', async () => {
  const email = 'truongphong.tckh@dondoc.local';
  const elsewhere = await session.api.h.login(email);
  const page = await session.newPage();
  const violations = await recordCspViolations(page);
  await signIn(page, session.api.baseUrl, email, DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đổi mật khẩu' });
  await dialog.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
  await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-2024');
  await dialog.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-khac-2024');
  await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await dialog.getByText('Hai lần nhập mật khẩu mới không giống nhau.').waitFor();
  await dialog.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-2024');
  await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.').waitFor();

  // This page goes on with the new session; the sign-in made elsewhere has ended.
  await page.reload();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  expect(page.url()).not.toContain('/login');
  await session.api.h.http().get('/api/auth/me').set(auth(elsewhere)).expect(401);
  await session.api.h.http().post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(401);
  await session.api.h.http().post('/api/auth/login').send({ email, password: 'mat-khau-moi-2024' }).expect(200);
  expect(violations).toEqual([]);
});
