import type { DataSource, EntityManager } from 'typeorm';

/**
 * Where a statement runs: the caller's transaction when it passes one (the change and what goes
 * with it land together), else the pool.
 */
export type Tx = EntityManager;

export function runner(db: DataSource, tx?: Tx): EntityManager {
  return tx ?? db.manager;
}

/**
 * The rows of a statement's RETURNING clause: TypeORM's PostgreSQL driver answers an UPDATE or a
 * DELETE with `[rows, count]` but an INSERT or a SELECT with the rows alone.
 */
export function returned<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/** A page of a list, and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** A page from rows that each carry the count of all (`count(*) OVER () AS total`); no rows, none in all. */
export function pageOf<T>(rows: (T & { total: string })[]): Page<T> {
  return { items: rows.map(({ total: _total, ...item }) => item as T), total: Number(rows[0]?.total ?? 0) };
}
