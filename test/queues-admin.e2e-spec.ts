import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { Redis } from 'ioredis';
import { JOBS, MAIL_QUEUE, REMINDER_QUEUE } from '@dondoc/queue';
import { startApi, type ApiHarness } from './support/api-harness';
import { cookiePair, setCookieLines } from './support/cookies';
import { present } from './support/present';
import { queuePrefix, runId, TEST_REDIS_URL } from './support/test-services';

/* The admins' view of the worker's queues: the counts endpoint and Bull Board behind its session cookie. */

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const boardCookie = (token: string) => ({ Cookie: `dondoc_queue_board=${token}` });

let h: ApiHarness;
let webRoot: string;
let redis: Redis;
let mail: Queue;
let admin: string, leader: string;

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'dondoc-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Đôn đốc</title>');
  // A prefix of this file's own, so jobs other test files left in the run's queues do not count here.
  // The test client stands for the HTTPS proxy in front of the API.
  h = await startApi({ webRoot, env: { QUEUE_PREFIX: queuePrefix(`${runId()}-queues`), TRUST_PROXY: 'loopback' } });
  redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  mail = new Queue(MAIL_QUEUE, { connection: redis, prefix: h.config.queuePrefix });
  [admin, leader] = await Promise.all([h.login('admin@dondoc.local'), h.login('chutich@dondoc.local')]);
});
afterAll(async () => {
  await mail.close();
  redis.disconnect();
  await h.close();
  rmSync(webRoot, { recursive: true, force: true });
});

async function openSession(token = admin): Promise<string> {
  const res = await h.http().post('/api/admin/queues/session').set(auth(token)).expect(200);
  const [cookie] = setCookieLines(res, 'dondoc_queue_board');
  if (!cookie) throw new Error(`no board cookie in ${JSON.stringify(res.headers['set-cookie'])}`);
  return cookiePair(cookie).slice('dondoc_queue_board='.length);
}

describe('counts per queue', () => {
  it('are for admins only', async () => {
    await h.http().get('/api/admin/queues').expect(401);
    const res = await h.http().get('/api/admin/queues').set(auth(leader)).expect(403);
    expect(res.body).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.any(String) });
  });

  it('reflect the jobs put in the mail queue, per state', async () => {
    const before = await h.http().get('/api/admin/queues').set(auth(admin)).expect(200);
    const zero = {
      waiting: expect.any(Number),
      active: expect.any(Number),
      delayed: expect.any(Number),
      failed: expect.any(Number),
      completed: expect.any(Number),
    };
    expect(before.body).toEqual([
      { name: MAIL_QUEUE, label: 'Gửi thư', counts: zero },
      { name: REMINDER_QUEUE, label: 'Quét nhắc việc, tổng hợp tuần', counts: zero },
    ]);
    await mail.add(JOBS.deliver, { notificationId: 'queues-admin-now' }, { jobId: 'queues-admin-now' });
    await mail.add(JOBS.deliver, { notificationId: 'queues-admin-later' }, { jobId: 'queues-admin-later', delay: 3_600_000 });
    const after = await h.http().get('/api/admin/queues').set(auth(admin)).expect(200);
    const { waiting, delayed, ...rest } = before.body[0].counts;
    expect(after.body[0]).toEqual({ name: MAIL_QUEUE, label: 'Gửi thư', counts: { waiting: waiting + 1, delayed: delayed + 1, ...rest } });
  });
});

describe('the Bull Board session', () => {
  it('is opened by admins only', async () => {
    await h.http().post('/api/admin/queues/session').expect(401);
    const res = await h.http().post('/api/admin/queues/session').set(auth(leader)).expect(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('is a short-lived cookie only /admin/queues receives, out of reach of scripts and other sites', async () => {
    const res = await h.http().post('/api/admin/queues/session').set(auth(admin)).expect(200);
    expect(res.body).toEqual({ url: '/admin/queues/', expiresInSeconds: 900 });
    const cookie = present(setCookieLines(res, 'dondoc_queue_board')[0], 'a board cookie');
    const attributes = cookie
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['path=/admin/queues', 'httponly', 'samesite=strict', 'max-age=900']));
    // Served over plain HTTP here; behind an HTTPS proxy named in TRUST_PROXY it is Secure.
    expect(attributes).not.toContain('secure');
    const proxied = await h.http().post('/api/admin/queues/session').set(auth(admin)).set('X-Forwarded-Proto', 'https').expect(200);
    expect(String(proxied.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('cannot be used as a sign-in token, nor a sign-in token as the cookie', async () => {
    const session = await openSession();
    await h.http().get('/api/auth/me').set(auth(session)).expect(401);
    await h.http().get('/api/admin/queues').set(auth(session)).expect(401);
    await h.http().get('/admin/queues/api/queues').set(boardCookie(admin)).expect(401);
    await h.http().get('/admin/queues/').set(boardCookie(admin)).expect(401);
  });
});

describe('Bull Board at /admin/queues', () => {
  it('refuses anyone without the cookie, in Vietnamese, page and API alike', async () => {
    const page = await h.http().get('/admin/queues/').set('Accept', 'text/html').expect(401);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Phiên xem hàng đợi');
    expect(page.text).toContain('href="/admin?tab=queues"');
    const api = await h.http().get('/admin/queues/api/queues').expect(401);
    expect(api.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('Phiên xem hàng đợi') });
    await h.http().put('/admin/queues/api/queues/pause').expect(401);
    await h.http().get('/admin/queues/').set(boardCookie('not-a-token')).expect(401);
    expect(await mail.isPaused()).toBe(false);
  });

  it('serves the board page and its assets to an admin, under a policy of its own', async () => {
    const cookie = boardCookie(await openSession());
    const page = await h.http().get('/admin/queues').set(cookie).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<base href="/admin/queues/"');
    expect(page.text).toContain('<title>Hàng đợi Đôn đốc</title>');
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // The rest of the site keeps its own policy, which allows inline styles nowhere.
    const elsewhere = await h.http().get('/api/health').expect(200);
    expect(elsewhere.headers['content-security-policy']).toMatch(/style-src 'self';/);

    const assets = [...page.text.matchAll(/(?:src|href)="(static\/[^"]+)"/g)].map(([, asset = '']) => asset);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) {
      await h.http().get(`/admin/queues/${asset}`).set(cookie).expect(200);
    }
    await h.http().get(`/admin/queues/${assets[0]}`).expect(401);
  });

  it('lists our queues through its API, with the job put in the mail queue', async () => {
    const cookie = boardCookie(await openSession());
    const res = await h.http().get('/admin/queues/api/queues').query({ activeQueue: MAIL_QUEUE, status: 'delayed', page: 1 }).set(cookie).expect(200);
    expect(res.body.queues.map((q: { name: string }) => q.name)).toEqual(expect.arrayContaining([MAIL_QUEUE, REMINDER_QUEUE]));
    const queue = res.body.queues.find((q: { name: string }) => q.name === MAIL_QUEUE);
    expect(queue.counts.delayed).toBe(1);
    expect(queue.jobs).toEqual([expect.objectContaining({ id: 'queues-admin-later', name: JOBS.deliver, data: { notificationId: 'queues-admin-later' } })]);
    const job = await h.http().get(`/admin/queues/api/queues/${MAIL_QUEUE}/queues-admin-now`).set(cookie).expect(200);
    expect(job.body.job).toMatchObject({ id: 'queues-admin-now', data: { notificationId: 'queues-admin-now' } });
  });

  it('acts on the same queue the worker reads: removing a job there removes it from Redis', async () => {
    const cookie = boardCookie(await openSession());
    await h.http().put(`/admin/queues/api/queues/${MAIL_QUEUE}/queues-admin-later/clean`).set(cookie).expect(204);
    expect(await mail.getJob('queues-admin-later')).toBeUndefined();
    const [entry] = await h.app
      .get<DataSource>(getDataSourceToken())
      .query(
        `SELECT a.action, a.entity_id, u.email FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE a.entity = 'queue' ORDER BY a.created_at DESC, a.id DESC LIMIT 1`,
      );
    expect(entry).toEqual({ action: 'queue_board.put', entity_id: `queues/${MAIL_QUEUE}/queues-admin-later/clean`, email: 'admin@dondoc.local' });
  });

  it('answers 404 for what it does not have, not the web app', async () => {
    const cookie = boardCookie(await openSession());
    const res = await h.http().get('/admin/queues/static/none.js').set(cookie).expect(404);
    expect(res.text).not.toContain('<title>Đôn đốc</title>');
    const missing = await h.http().get('/admin/queues/nothing/here').set(cookie).set('Accept', 'text/html').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
    // Elsewhere a GET that matches nothing is still the web app's to route.
    const spa = await h.http().get('/admin').set('Accept', 'text/html').expect(200);
    expect(spa.text).toContain('<title>Đôn đốc</title>');
  });
});
