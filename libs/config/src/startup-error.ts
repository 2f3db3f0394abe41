/**
 * A problem that stops a program at start: its message is the one line an operator reads,
 * naming what is wrong and how to fix it.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

export const HOW_TO_START_POSTGRES = 'start PostgreSQL (e.g. `pg_ctlcluster 15 main start`) or set DATABASE_URL';
export const HOW_TO_START_REDIS = 'start Redis (e.g. `redis-server --daemonize yes` or `apt-get install redis-server`) or set REDIS_URL';
