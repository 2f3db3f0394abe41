import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a hot read as a named prepared statement: each pooled connection plans it once and reuses
 * the plan, where a plain query is planned on every call (for the task list, planning cost more
 * than running). The name comes from the text, so every distinct query shape gets its own.
 */
export async function preparedQuery<T extends QueryResultRow>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const name = `dd_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  const result = await pool.query<T>({ name, text, values });
  return result.rows;
}
