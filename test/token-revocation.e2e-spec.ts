import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuditEntry } from '@dondoc/database';
import { startApi, DEMO_PASSWORD, type ApiHarness } from './support/api-harness';
import { queuePrefix, runId } from './support/test-services';

/* Ending sign-ins before they expire: sign-out, a new password, an admin's reset. */

let h: ApiHarness;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  h = await startApi({ env: { QUEUE_PREFIX: queuePrefix(`${runId()}-tokens`) } });
});
afterAll(() => h.close());

async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await h.http().post('/api/auth/login').send({ email, password }).expect(200);
  return res.body.accessToken;
}

it("sign-out ends every token of the account, on every device, and no one else's", async () => {
  const [laptop, phone, colleague] = [await signIn('chutich@dondoc.local'), await signIn('chutich@dondoc.local'), await signIn('vanphong@dondoc.local')];
  await h.http().post('/api/auth/logout').set(auth(laptop)).expect(204);
  for (const token of [laptop, phone]) {
    const res = await h.http().get('/api/tasks').set(auth(token)).expect(401);
    expect(res.body.message).toBe('Phiên đăng nhập không hợp lệ hoặc đã hết hạn');
  }
  await h.http().get('/api/tasks').set(auth(colleague)).expect(200);
  await h
    .http()
    .get('/api/tasks')
    .set(auth(await signIn('chutich@dondoc.local')))
    .expect(200);
});

it('a new password ends the other sign-ins and carries on with the token it returns', async () => {
  const other = await signIn('phochutich@dondoc.local');
  const here = await signIn('phochutich@dondoc.local');
  const changed = await h
    .http()
    .post('/api/auth/password')
    .set(auth(here))
    .send({ currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-2026' })
    .expect(200);
  expect(changed.body.user).toMatchObject({ email: 'phochutich@dondoc.local' });
  await h.http().get('/api/tasks').set(auth(other)).expect(401);
  await h.http().get('/api/tasks').set(auth(here)).expect(401);
  await h.http().get('/api/tasks').set(auth(changed.body.accessToken)).expect(200);
  await h.http().post('/api/auth/login').send({ email: 'phochutich@dondoc.local', password: DEMO_PASSWORD }).expect(401);
  await signIn('phochutich@dondoc.local', 'mat-khau-moi-2026');
  const audit = await h.app.get(DataSource).getRepository(AuditEntry).findBy({ action: 'user.password' });
  expect(audit).toHaveLength(1);
  expect(JSON.stringify(audit)).not.toContain('mat-khau-moi-2026');
});

it('refuses a new password without the current one, changing nothing, and counts the guesses', async () => {
  const token = await signIn('truongphong.tckh@dondoc.local');
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await h
      .http()
      .post('/api/auth/password')
      .set(auth(token))
      .send({ currentPassword: `doan-${i}`, newPassword: 'chiem-tai-khoan-1' });
    statuses.push(res.status);
    if (i === 0) expect(res.body.message).toBe('Mật khẩu hiện tại không đúng');
  }
  expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  await h.http().get('/api/tasks').set(auth(token)).expect(200);
  await h.http().post('/api/auth/login').send({ email: 'truongphong.tckh@dondoc.local', password: 'chiem-tai-khoan-1' }).expect(429);
});

it("an admin's reset of a password ends the account's sign-ins", async () => {
  const admin = await signIn('admin@dondoc.local');
  const staff = await signIn('chuyenvien.gddt@dondoc.local');
  const me = (await h.http().get('/api/auth/me').set(auth(staff)).expect(200)).body;
  await h.http().patch(`/api/users/${me.id}`).set(auth(admin)).send({ password: 'dat-lai-boi-quan-tri' }).expect(200);
  await h.http().get('/api/tasks').set(auth(staff)).expect(401);
  await signIn('chuyenvien.gddt@dondoc.local', 'dat-lai-boi-quan-tri');
});

it('refuses a token that names no token version, as issued before versions existed', async () => {
  const token = await signIn('truongphong.noivu@dondoc.local');
  const me = (await h.http().get('/api/auth/me').set(auth(token)).expect(200)).body;
  const unversioned = await h.app.get(JwtService).signAsync({ sub: me.id, role: me.role });
  await h.http().get('/api/tasks').set(auth(unversioned)).expect(401);
});

it('lists users without their token versions', async () => {
  const admin = await signIn('admin@dondoc.local');
  const users = (await h.http().get('/api/users').set(auth(admin)).expect(200)).body;
  expect(JSON.stringify(users)).not.toMatch(/tokenVersion|token_version/);
});
