import { ConsoleLogger } from '@nestjs/common';
import { startApi, type ApiHarness } from './support/api-harness';

/** Every line the API logs, as it would print it. */
class RecordingLogger extends ConsoleLogger {
  readonly lines: string[] = [];
  protected override printMessages(messages: unknown[], context?: string, logLevel?: string): void {
    this.lines.push(
      `${logLevel} ${context ?? ''} ${messages.map((m) => (m instanceof Error ? `${m.message} ${m.stack}` : typeof m === 'string' ? m : JSON.stringify(m))).join(' ')}`,
    );
  }
}

describe('no password, hash or secret in any response or log line (OWASP API3)', () => {
  const logger = new RecordingLogger();
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApi({ logger });
  });
  afterAll(() => h.close());

  it('keeps them out while people sign in, fail to, and get accounts and new passwords', async () => {
    const bodies: string[] = [];
    const record = (res: { text: string }) => bodies.push(res.text);
    record(await h.http().post('/api/auth/login').send({ email: 'admin@dondoc.local', password: 'a-wrong-password-123' }));
    const admin = await h.login('admin@dondoc.local');
    const auth = { Authorization: `Bearer ${admin}` };
    const created = await h
      .http()
      .post('/api/users')
      .set(auth)
      .send({ email: 'moi@dondoc.local', name: 'Người mới', role: 'leader', password: 'first-secret-pass' });
    record(created);
    record(await h.http().patch(`/api/users/${created.body.id}`).set(auth).send({ password: 'second-secret-pass' }));
    record(await h.http().post('/api/auth/login').send({ email: 'moi@dondoc.local', password: 'second-secret-pass' }));
    record(await h.http().get('/api/users').set(auth));
    record(await h.http().get('/api/auth/me').set(auth));
    record(await h.http().post('/api/users').set(auth).send({ email: 'moi@dondoc.local', name: 'Trùng', role: 'leader', password: 'third-secret-pass' }));

    expect(logger.lines.length).toBeGreaterThan(0);
    const everything = [...bodies, ...logger.lines].join('\n');
    for (const secret of [
      'a-wrong-password-123',
      'first-secret-pass',
      'second-secret-pass',
      'third-secret-pass',
      '$argon2',
      'passwordHash',
      h.config.jwtSecret,
      'dondoc-demo-test',
    ]) {
      expect(everything).not.toContain(secret);
    }
  });
});
