import { Client } from 'pg';
import { HOW_TO_START_POSTGRES, redact, StartupError } from '@dondoc/config';

/** The name of the database a PostgreSQL URL points at. */
export function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!name) throw new StartupError(`DATABASE_URL=${redact(databaseUrl)} names no database (e.g. ${'postgres://postgres@127.0.0.1:5432/dondoc'})`);
  return name;
}

function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

/** Connects to the server's maintenance database, with a message that says how to fix a refusal. */
export async function connectToServer(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: maintenanceUrl(databaseUrl), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return client;
  } catch (err) {
    await client.end().catch(() => undefined);
    const url = new URL(databaseUrl);
    throw new StartupError(`PostgreSQL at ${url.hostname}:${url.port || 5432} is not reachable (${(err as Error).message}): ${HOW_TO_START_POSTGRES}`, {
      cause: err,
    });
  }
}

/** Creates the database DATABASE_URL names when it does not exist yet. Returns true if it did. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  const client = await connectToServer(databaseUrl);
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (err) {
      // Another process (a second worker) may have created it a moment ago.
      if ((err as { code?: string }).code !== '42P04') throw err;
      return false;
    }
    return true;
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
