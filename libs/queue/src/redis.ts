import { Redis, type RedisOptions } from 'ioredis';
import { HOW_TO_START_REDIS, redact, StartupError } from '@dondoc/config';

/**
 * A Redis connection for BullMQ: commands wait for a reconnect instead of failing
 * (`maxRetriesPerRequest: null`, as BullMQ's workers require).
 */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}

/** Checks Redis answers before anything starts, with the one line that says how to fix it. */
export async function assertRedisReachable(url: string): Promise<void> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3000 });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    throw new StartupError(`Redis at ${redact(url)} is not reachable (${(err as Error).message}): ${HOW_TO_START_REDIS}`, { cause: err });
  } finally {
    probe.disconnect();
  }
}

/** The promise's value, or a rejection once `ms` have passed: a Redis that hangs is as down as one that refuses. */
export async function withDeadline<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), milliseconds);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** PING with a deadline, for health checks. */
export async function pingRedis(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  try {
    return (await withDeadline(redis.ping(), timeoutMs)) === 'PONG';
  } catch {
    return false;
  }
}
