import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditEntry, Unit } from '@dondoc/database';
import { DEMO_PASSWORD, startApi, type ApiHarness } from './support/api-harness';
import { cookiePair, setCookieLines } from './support/cookies';
import { present } from './support/present';
import { queuePrefix, runId } from './support/test-services';

/*
 * The web app's session: a token in an HttpOnly, SameSite=Strict cookie that scripts cannot read,
 * writes that ride on it only with the web app's header, sign-out that clears it, and a page whose
 * Content-Security-Policy allows nothing inline.
 */

const WEB_APP = { 'X-Dondoc-Csrf': '1' };
const CSRF_REFUSAL = 'Yêu cầu bị từ chối vì không gửi từ ứng dụng Đôn đốc. Vui lòng tải lại trang rồi thử lại.';

let h: ApiHarness;
let webRoot: string;

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'dondoc-web-'));
  // What the web app's build writes: the nonce's placeholder on the meta tag and the tags it marks.
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><meta property="csp-nonce" nonce="DONDOC_CSP_NONCE"><title>Đôn đốc</title><script type="module" nonce="DONDOC_CSP_NONCE" src="/assets/index.js"></script>',
  );
  // The test client stands for the HTTPS proxy in front of the API when it says so.
  h = await startApi({ webRoot, env: { QUEUE_PREFIX: queuePrefix(`${runId()}-session`), TRUST_PROXY: 'loopback' } });
});
afterAll(async () => {
  await h.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const setCookies = (res: { headers: Record<string, unknown> }) => setCookieLines(res, 'dondoc_session');

/** Signs in as the web app does; the session cookie's `name=value`, to send back. */
async function signInFromWebApp(email: string): Promise<string> {
  const res = await h.http().post('/api/auth/login').set(WEB_APP).send({ email, password: DEMO_PASSWORD }).expect(200);
  const [cookie] = setCookies(res);
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(res.headers['set-cookie'])}`);
  return cookiePair(cookie);
}

describe('signing in', () => {
  it('gives the web app an HttpOnly, SameSite=Strict cookie for the API alone, lasting as long as the token', async () => {
    const res = await h.http().post('/api/auth/login').set(WEB_APP).send({ email: 'vanphong@dondoc.local', password: DEMO_PASSWORD }).expect(200);
    const cookie = present(setCookies(res)[0], 'a session cookie');
    const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/api', `max-age=${h.config.jwtTtlSeconds}`]));
    // Plain HTTP, as offices often run it on their network: a Secure cookie would never come back.
    expect(attributes).not.toContain('secure');
    // The cookie is the session: the page needs nothing from the body to stay signed in.
    const me = await h.http().get('/api/auth/me').set('Cookie', cookiePair(cookie)).expect(200);
    expect(me.body).toMatchObject({ email: 'vanphong@dondoc.local', role: 'clerk' });
  });

  it('marks the cookie Secure when people reach the API over HTTPS', async () => {
    const res = await h
      .http()
      .post('/api/auth/login')
      .set(WEB_APP)
      .set('X-Forwarded-Proto', 'https')
      .send({ email: 'vanphong@dondoc.local', password: DEMO_PASSWORD })
      .expect(200);
    expect(
      present(setCookies(res)[0], 'a session cookie')
        .split(';')
        .map((a) => a.trim().toLowerCase()),
    ).toContain('secure');
  });

  it("sets no cookie for a request without the web app's header: API clients keep the bearer token, and another site cannot sign a browser in", async () => {
    const res = await h.http().post('/api/auth/login').send({ email: 'vanphong@dondoc.local', password: DEMO_PASSWORD }).expect(200);
    expect(setCookies(res)).toEqual([]);
    await h
      .http()
      .get('/api/auth/me')
      .set({ Authorization: `Bearer ${res.body.accessToken}` })
      .expect(200);
  });
});

describe('a write riding on the cookie', () => {
  it("is refused without the web app's header, in Vietnamese, and nothing is written", async () => {
    const cookie = await signInFromWebApp('vanphong@dondoc.local');
    const db = h.app.get(DataSource);
    const [units, audit] = [await db.getRepository(Unit).count(), await db.getRepository(AuditEntry).count()];
    const attempts = [
      h.http().post('/api/units').set('Cookie', cookie).send({ code: 'GIA', name: 'Phòng giả mạo', kind: 'department' }),
      // What a form on another site sends: it may choose text/plain, never a header of its own.
      h.http().post('/api/units').set('Cookie', cookie).set('Content-Type', 'text/plain').send('{"code":"GIA","name":"Phòng giả mạo","kind":"department"}'),
      h.http().post('/api/auth/logout').set('Cookie', cookie),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ statusCode: 403, error: 'Forbidden', message: CSRF_REFUSAL });
    }
    const unitId = (await h.http().get('/api/units').set('Cookie', cookie).expect(200)).body[0].id;
    await h.http().patch(`/api/units/${unitId}`).set('Cookie', cookie).send({ name: 'Đổi tên giả mạo' }).expect(403);
    expect(await db.getRepository(Unit).count()).toBe(units);
    expect(await db.getRepository(Unit).countBy({ name: 'Đổi tên giả mạo' })).toBe(0);
    expect(await db.getRepository(AuditEntry).count()).toBe(audit);
    // The session still holds: the refused sign-out ended nothing.
    await h.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
  });

  it('goes through with the header, as the web app sends it', async () => {
    const cookie = await signInFromWebApp('vanphong@dondoc.local');
    await h.http().post('/api/units').set('Cookie', cookie).set(WEB_APP).send({ code: 'PTP', name: 'Phòng Tư pháp', kind: 'department' }).expect(201);
  });
});

describe('signing out', () => {
  it('clears the cookie, and the old cookie is refused afterwards', async () => {
    const cookie = await signInFromWebApp('truongphong.noivu@dondoc.local');
    const res = await h.http().post('/api/auth/logout').set('Cookie', cookie).set(WEB_APP).expect(204);
    const cleared = present(setCookies(res)[0], 'a cleared session cookie');
    expect(cleared).toMatch(/^dondoc_session=;/);
    expect(cleared.toLowerCase()).toMatch(/expires=thu, 01 jan 1970|max-age=0/);
    expect(cleared.toLowerCase()).toContain('path=/api');
    const refused = await h.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
    expect(refused.body.message).toBe('Phiên đăng nhập không hợp lệ hoặc đã hết hạn');
  });

  it('a new password hands the web app a new cookie, and the old one ends', async () => {
    const cookie = await signInFromWebApp('phochutich@dondoc.local');
    const res = await h
      .http()
      .post('/api/auth/password')
      .set('Cookie', cookie)
      .set(WEB_APP)
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-2026' })
      .expect(200);
    const fresh = present(setCookies(res)[0], 'a new session cookie');
    await h.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
    await h.http().get('/api/auth/me').set('Cookie', cookiePair(fresh)).expect(200);
  });
});

describe('Content-Security-Policy', () => {
  const directive = (csp: string, name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';

  it("allows nothing inline on the web app's page: its styles need the nonce it carries, new each time", async () => {
    const pages = await Promise.all(['/', '/tasks', '/index.html'].map((path) => h.http().get(path).expect(200)));
    const nonces = new Set<string>();
    for (const page of pages) {
      const csp = present(page.headers['content-security-policy'], 'a Content-Security-Policy header');
      expect(csp).not.toContain('unsafe-inline');
      expect(directive(csp, 'script-src')).toBe("script-src 'self'");
      const nonce = /^style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'$/.exec(directive(csp, 'style-src'))?.[1];
      expect(nonce).toBeDefined();
      expect(page.text).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      expect(page.text).not.toContain('DONDOC_CSP_NONCE');
      expect(page.headers['cache-control']).toBe('no-store');
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(pages.length);
  });

  it("allows nothing inline on the API's answers; Swagger UI's page alone keeps inline styles", async () => {
    const health = await h.http().get('/api/health').expect(200);
    expect(health.headers['content-security-policy']).not.toContain('unsafe-inline');
    const docs = await h.http().get('/api/docs').expect(200);
    const csp = present(docs.headers['content-security-policy'], 'a Content-Security-Policy header');
    expect(directive(csp, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
  });

  it('shows a caught mail with its own styles, in a sandbox that runs and loads nothing, to admins alone', async () => {
    const db = h.app.get(DataSource);
    const [{ id }] = await db.query(`INSERT INTO caught_mails ("to", "from", subject, html, text) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      ['truongphong@dondoc.local'],
      'dondoc@dondoc.local',
      'Thư thử',
      '<p style="color:#b91c1c">Quá hạn 2 ngày</p><script>parent.alert(1)</script>',
      'Quá hạn 2 ngày',
    ]);
    const admin = await h.login('admin@dondoc.local');
    const res = await h.http().get(`/api/mail-catcher/${id}/html`).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('Quá hạn 2 ngày');
    const csp = present(res.headers['content-security-policy'], 'a Content-Security-Policy header');
    expect(directive(csp, 'default-src')).toBe("default-src 'none'");
    expect(directive(csp, 'style-src')).toBe("style-src 'unsafe-inline'");
    expect(csp.split(';').map((d: string) => d.trim())).toContain('sandbox');
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    const clerk = await h.login('vanphong@dondoc.local');
    await h.http().get(`/api/mail-catcher/${id}/html`).set('Authorization', `Bearer ${clerk}`).expect(403);
    await h.http().get('/api/mail-catcher/00000000-0000-4000-8000-000000000000/html').set('Authorization', `Bearer ${admin}`).expect(404);
  });
});
