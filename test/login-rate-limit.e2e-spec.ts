import * as password from '../apps/api/src/auth/password';
import { startApi, DEMO_PASSWORD, type ApiHarness } from './support/api-harness';
import { queuePrefix, runId } from './support/test-services';

/*
 * Guessing passwords at the sign-in: the limits per account and per address, from an attacker who
 * writes X-Forwarded-For himself, and from clients behind a proxy the operator named.
 */

const WINDOW_MS = 900_000;
const verifications = jest.spyOn(password, 'verifyPassword');

function attempt(h: ApiHarness, email: string, pass: string, forwardedFor?: string) {
  const req = h.http().post('/api/auth/login');
  if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
  return req.send({ email, password: pass });
}

function expectRefusedUntilWindowEnds(res: { status: number; headers: Record<string, string>; body: unknown }) {
  expect(res.status).toBe(429);
  expect(res.body).toEqual({
    statusCode: 429,
    error: 'Too Many Requests',
    message: expect.stringMatching(/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/),
  });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_MS / 1000);
}

describe('without a trusted proxy', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApi({ env: { QUEUE_PREFIX: queuePrefix(`${runId()}-login-direct`) } });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    // Each test starts in a window of its own.
    h.clock.advance(WINDOW_MS);
    verifications.mockClear();
  });

  it('refuses guesses at one account after the limit, whatever X-Forwarded-For says, without checking them', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await attempt(h, 'chutich@dondoc.local', `guess-${i}`, `203.0.113.${i + 1}`);
      statuses.push(res.status);
      if (i >= 5) expectRefusedUntilWindowEnds(res);
    }
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(15).fill(429)]);
    expect(verifications).toHaveBeenCalledTimes(5);

    // Even the right password waits for the window: a guess that happens to be right tells nothing.
    expectRefusedUntilWindowEnds(await attempt(h, 'chutich@dondoc.local', DEMO_PASSWORD, '198.51.100.7'));
    expect(verifications).toHaveBeenCalledTimes(5);

    h.clock.advance(WINDOW_MS);
    await attempt(h, 'chutich@dondoc.local', DEMO_PASSWORD).expect(200);
  });

  it('refuses one password tried over 30 accounts from one address after the address limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await attempt(h, `nguoi${i}@dondoc.local`, 'Matkhau@2024', `198.51.100.${i + 1}`);
      statuses.push(res.status);
      if (i >= 20) expectRefusedUntilWindowEnds(res);
    }
    expect(statuses).toEqual([...Array(20).fill(401), ...Array(10).fill(429)]);
    expect(verifications).toHaveBeenCalledTimes(20);
    // The address is refused for every account, real ones too, until the window ends.
    expectRefusedUntilWindowEnds(await attempt(h, 'vanphong@dondoc.local', DEMO_PASSWORD));
  });

  it('counts only failures: colleagues signing in from one office address are not limited', async () => {
    const emails = ['admin@dondoc.local', 'vanphong@dondoc.local', 'chutich@dondoc.local', 'phochutich@dondoc.local'];
    for (let round = 0; round < 7; round++) {
      for (const email of emails) await attempt(h, email, DEMO_PASSWORD).expect(200);
    }
  });

  it('counts a burst of parallel guesses exactly', async () => {
    const res = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(h, 'admin@dondoc.local', `burst-${i}`)));
    expect(res.filter((r) => r.status === 401)).toHaveLength(5);
    expect(res.filter((r) => r.status === 429)).toHaveLength(7);
  });
});

describe('behind a proxy named in TRUST_PROXY', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApi({ env: { QUEUE_PREFIX: queuePrefix(`${runId()}-login-proxied`), TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.clock.advance(WINDOW_MS);
    verifications.mockClear();
  });

  it('counts each client by the address the proxy saw, so one client spraying does not lock out the next', async () => {
    for (let i = 0; i < 20; i++) await attempt(h, `nguoi${i}@dondoc.local`, 'Matkhau@2024', '203.0.113.50').expect(401);
    expectRefusedUntilWindowEnds(await attempt(h, 'nguoi20@dondoc.local', 'Matkhau@2024', '203.0.113.50'));
    // What the client wrote before the proxy appended its address is not believed either.
    expectRefusedUntilWindowEnds(await attempt(h, 'nguoi21@dondoc.local', 'Matkhau@2024', '192.0.2.9, 203.0.113.50'));
    await attempt(h, 'nguoi22@dondoc.local', 'Matkhau@2024', '203.0.113.51').expect(401);
    await attempt(h, 'vanphong@dondoc.local', DEMO_PASSWORD, '203.0.113.51').expect(200);
  });

  it('still limits one account guessed at from 20 forwarded addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await attempt(h, 'chutich@dondoc.local', `guess-${i}`, `203.0.113.${100 + i}`)).status);
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(15).fill(429)]);
    expect(verifications).toHaveBeenCalledTimes(5);
  });

  it('counts a whole IPv6 /64 as one address', async () => {
    for (let i = 0; i < 20; i++) await attempt(h, `nguoi${i}@dondoc.local`, 'Matkhau@2024', `2001:db8:1:2::${(i + 1).toString(16)}`).expect(401);
    expectRefusedUntilWindowEnds(await attempt(h, 'nguoi20@dondoc.local', 'Matkhau@2024', '2001:db8:1:2:ffff:1:2:3'));
    await attempt(h, 'nguoi21@dondoc.local', 'Matkhau@2024', '2001:db8:1:3::1').expect(401);
  });
});
