import { DEMO_PASSWORD } from '../support/api-harness';
import { browserSession, signIn } from './support';

/*
 * The session lives in an HttpOnly cookie: nothing a script on the page could read holds the
 * token, a reload stays signed in, signing out clears it.
 */

jest.setTimeout(120_000);

const session = browserSession();

it('keeps the session in a cookie no script can read, and clears it on sign-out', async () => {
  const page = await session.newPage();
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
});
