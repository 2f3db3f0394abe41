import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApi, type ApiHarness } from './support/api-harness';
import { queuePrefix, runId } from './support/test-services';

/* How much a request may send: little by default, more only where a signed-in clerk needs it. */

let h: ApiHarness;
let clerk: string;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  h = await startApi({ env: { QUEUE_PREFIX: queuePrefix(`${runId()}-body-limits`) } });
  clerk = await h.login('vanphong@dondoc.local');
});
afterAll(() => h.close());

const TOO_LARGE = { statusCode: 413, error: 'Payload Too Large', message: expect.stringMatching(/^Nội dung gửi lên quá lớn/) };

describe('the default limit of 100 kB', () => {
  it('refuses a 1 MB sign-in before parsing it, and counts no attempt', async () => {
    const password = 'x'.repeat(1024 * 1024);
    const res = await h.http().post('/api/auth/login').send({ email: 'chutich@dondoc.local', password }).expect(413);
    expect(res.body).toEqual(TOO_LARGE);
    // Five wrong passwords still get their 401s: the refused body was no attempt.
    for (let i = 0; i < 5; i++)
      await h
        .http()
        .post('/api/auth/login')
        .send({ email: 'chutich@dondoc.local', password: `sai-${i}` })
        .expect(401);
  });

  it('refuses 200 kB of JSON on a signed-in route that takes a short note', async () => {
    const res = await h
      .http()
      .post('/api/units')
      .set(auth(clerk))
      .send({ code: 'X', name: 'y'.repeat(200 * 1024) })
      .expect(413);
    expect(res.body).toEqual(TOO_LARGE);
  });
});

describe('the routes that need more', () => {
  it('take a pasted notice of several hundred kB', async () => {
    const paragraph = 'Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với các đơn vị liên quan rà soát cơ sở vật chất trường học. ';
    const text = `THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n${paragraph.repeat(3000)}`;
    expect(Buffer.byteLength(JSON.stringify({ text }))).toBeGreaterThan(300 * 1024);
    const res = await h.http().post('/api/directives/parse').set(auth(clerk)).send({ text });
    expect(res.status).toBe(200);
  });

  it('tell a paste just over the parser limit so, rather than refuse its size', async () => {
    const res = await h
      .http()
      .post('/api/directives/parse')
      .set(auth(clerk))
      .send({ text: 'ạ'.repeat(1_000_001) })
      .expect(400);
    expect(res.body.message).toMatch(/quá dài.*tối đa 1\.000\.000 ký tự/);
  });

  it('refuse a stranger before reading the body he announces', async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.getHttpServer().address() as AddressInfo;
    // Headers announcing 4 MB, and not one byte of it: the answer comes without waiting for it.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/directives/parse',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(4 * 1024 * 1024), Authorization: 'Bearer forged.token.here' },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body });
        });
      });
      req.on('error', reject);
      // A server that waits for the body never answers: fail instead of hanging.
      req.setTimeout(5000, () => req.destroy(new Error('no answer until the body is sent')));
      req.flushHeaders();
    });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Cần đăng nhập' });
  });
});
