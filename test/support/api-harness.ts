import { randomBytes } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@dondoc/config';
import { ManualClock } from '@dondoc/domain';
import { createApi } from '../../apps/api/src/bootstrap';
import { SeedService } from '../../apps/api/src/seed/seed.service';
import { createTestDatabase, queuePrefix, runId, TEST_REDIS_URL } from './test-services';

export const DEMO_PASSWORD = 'dondoc-demo-test';

export interface ApiHarness {
  app: NestFastifyApplication;
  config: AppConfig;
  clock: ManualClock;
  http: () => ReturnType<typeof request>;
  login: (email: string, password?: string) => Promise<string>;
  /** Each person's token, signed in one after another, under the name the test calls them by. */
  loginAll: <Name extends string>(people: Record<Name, string>) => Promise<Record<Name, string>>;
  close: () => Promise<void>;
}

/** The real API on a fresh database of its own, with a clock the test sets. */
export async function startApi(
  options: { now?: string; seed?: boolean; env?: Record<string, string>; webRoot?: string; logger?: LoggerService } = {},
): Promise<ApiHarness> {
  const databaseUrl = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    // A prefix of its own: sign-in counters and queues one test file leaves never meet another's.
    QUEUE_PREFIX: queuePrefix(`${runId()}-${randomBytes(3).toString('hex')}`),
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    DEMO_PASSWORD,
    ...options.env,
  });
  const clock = new ManualClock(options.now ?? '2026-11-26T03:00:00Z');
  // DONDOC_TEST_LOG=1 shows the API's log, errors included, while a test runs.
  const app = await createApi({ config, clock, webRoot: options.webRoot, logger: options.logger ?? (process.env.DONDOC_TEST_LOG ? undefined : false) });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  if (options.seed !== false) await app.get(SeedService).run();
  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();
  async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = tokens.get(email);
    if (cached && password === DEMO_PASSWORD) return cached;
    const res = await http().post('/api/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    tokens.set(email, res.body.accessToken);
    return res.body.accessToken as string;
  }
  return {
    app,
    config,
    clock,
    http,
    login,
    async loginAll<Name extends string>(people: Record<Name, string>) {
      const signedIn = {} as Record<Name, string>;
      for (const name of Object.keys(people) as Name[]) signedIn[name] = await login(people[name]);
      return signedIn;
    },
    close: () => app.close(),
  };
}
