import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { createDataSource, migrateDatabase, quoteIdent } from '@dondoc/database';

/*
 * Each `npm test` run works in databases of its own: a template migrated once in global setup,
 * and a copy of it per test file (CREATE DATABASE … TEMPLATE is a file copy, far faster than
 * migrating again). Global teardown drops them all.
 */

export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function runId(): string {
  const id = process.env.DONDOC_TEST_RUN;
  if (!id) throw new Error('DONDOC_TEST_RUN is not set: run the tests through jest (npm test), whose global setup sets it');
  return id;
}

export function databaseUrl(name: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export const templateName = (run: string) => `dondoc_test_${run}_template`;

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: ADMIN_URL });
  try {
    await c.connect();
  } catch (err) {
    throw new Error(
      `Tests need PostgreSQL at ${ADMIN_URL} (${(err as Error).message}): start it (pg_ctlcluster 15 main start) or set TEST_DATABASE_ADMIN_URL`,
      { cause: err },
    );
  }
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function createTemplate(run: string): Promise<void> {
  const name = templateName(run);
  await admin((c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const ds = createDataSource(databaseUrl(name));
  await ds.initialize();
  try {
    await migrateDatabase(ds);
  } finally {
    await ds.destroy();
  }
}

/** A fresh, migrated database for one test file; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const run = runId();
  const name = `dondoc_test_${run}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(templateName(run))}`));
  return databaseUrl(name);
}

export async function dropTestDatabases(run: string): Promise<void> {
  await admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`dondoc_test_${run}_%`]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
  });
}

export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** The Redis key prefix of this run: a hash tag, as in production. */
export const queuePrefix = (run: string) => `{dondoc-test-${run}}`;

/** Deletes every Redis key this run made. */
export async function dropTestRedisKeys(run: string): Promise<number> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      // Also the prefixes a test derives from the run's ({dondoc-test-<run>-<suffix>}).
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{dondoc-test-${run}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}
