import { randomBytes } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { AuditEntry, User } from '@dondoc/database';
import { FirstAdminService } from '../apps/api/src/auth/first-admin.service';
import { hashPassword } from '../apps/api/src/auth/password';
import * as password from '../apps/api/src/auth/password';
import { SeedService } from '../apps/api/src/seed/seed.service';
import { startApi, DEMO_PASSWORD, type ApiHarness } from './support/api-harness';
import { queuePrefix, runId } from './support/test-services';

/*
 * What production holds back: no demo account, the demo password opens none, no API map for
 * strangers, and only tokens this API issued for sign-in.
 */

let h: ApiHarness;
const verifications = jest.spyOn(password, 'verifyPassword');

const JWT_SECRET = randomBytes(32).toString('hex');

beforeAll(async () => {
  h = await startApi({
    seed: false,
    env: { NODE_ENV: 'production', JWT_SECRET, QUEUE_PREFIX: queuePrefix(`${runId()}-production`) },
  });
});
afterAll(() => h.close());
beforeEach(() => verifications.mockClear());

const users = () => h.app.get(DataSource).getRepository(User);

it('loads no demo data, and says how to make the first admin', async () => {
  await expect(h.app.get(SeedService).run()).rejects.toThrow(/NODE_ENV=production.*npm run cli -- create-admin EMAIL "FULL NAME"/);
  expect(await users().count()).toBe(0);
});

it('refuses the demo password at sign-in, even for an account a demo seed left behind', async () => {
  await users().save(
    users().create({ email: 'admin@dondoc.local', name: 'Quản trị', role: 'admin', unitId: null, passwordHash: await hashPassword(DEMO_PASSWORD) }),
  );
  await users().save(users().create({ email: 'cu@dondoc.local', name: 'Cũ', role: 'clerk', unitId: null, passwordHash: await hashPassword('dondoc-demo') }));
  verifications.mockClear();
  for (const [email, pass] of [
    ['admin@dondoc.local', DEMO_PASSWORD],
    ['cu@dondoc.local', 'dondoc-demo'],
  ]) {
    const res = await h.http().post('/api/auth/login').send({ email, password: pass }).expect(401);
    expect(res.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Email hoặc mật khẩu không đúng' });
  }
  expect(verifications).not.toHaveBeenCalled();
});

it('makes the first admin from the command line, with a random password shown once', async () => {
  const before = await h.app.get(DataSource).getRepository(AuditEntry).count();
  const admin = await h.app.get(FirstAdminService).create(' Quantri@UBND.example.gov.vn ', 'Nguyễn Văn Quản');
  expect(admin.email).toBe('quantri@ubnd.example.gov.vn');
  expect(admin.password).toMatch(/^[\w-]{20}$/);
  const res = await h.http().post('/api/auth/login').send({ email: admin.email, password: admin.password }).expect(200);
  expect(res.body.user).toMatchObject({ email: admin.email, name: 'Nguyễn Văn Quản', role: 'admin', unitId: null });
  expect(await h.app.get(DataSource).getRepository(AuditEntry).count()).toBe(before + 1);

  await expect(h.app.get(FirstAdminService).create(admin.email, 'Ai đó')).rejects.toThrow(/exists already/);
  await expect(h.app.get(FirstAdminService).create('not-an-email', 'Ai đó')).rejects.toThrow(/needs an email address/);
});

it('serves no API documentation unless API_DOCS=on', async () => {
  await h.http().get('/api/docs').expect(404);
  await h.http().get('/api/docs-json').expect(404);
});

it('refuses a token signed with the secret but not issued by this API for sign-in', async () => {
  const admin = await users().findOneByOrFail({ email: 'quantri@ubnd.example.gov.vn' });
  const claims = { sub: admin.id, role: 'admin', ver: 0 };
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  await h
    .http()
    .get('/api/auth/me')
    .set(auth(sign(claims, JWT_SECRET, { algorithm: 'HS256', expiresIn: 600 })))
    .expect(401);
  await h
    .http()
    .get('/api/auth/me')
    .set(auth(sign(claims, JWT_SECRET, { algorithm: 'HS256', expiresIn: 600, issuer: 'dondoc', audience: 'another-service' })))
    .expect(401);
  await h
    .http()
    .get('/api/auth/me')
    .set(auth(sign(claims, JWT_SECRET, { algorithm: 'HS256', expiresIn: 600, issuer: 'dondoc', audience: 'dondoc-api' })))
    .expect(200);
});
