import type { DefaultJobOptions } from 'bullmq';
import type { Redis } from 'ioredis';

/*
 * The contract between the API and the worker. Queue names hold no ':'; every key sits under the
 * BullMQ `prefix` (config.queuePrefix, a hash tag such as `{dondoc}`), so one deployment's keys
 * share a Redis Cluster slot. No ioredis keyPrefix is used: BullMQ does not support it.
 */

/** The sweep, the weekly summaries, the recurring duties' next periods: scheduled work. */
export const REMINDER_QUEUE = 'reminders';
/** One job per outbox row: render, send, mark. Also carries the health probe. */
export const MAIL_QUEUE = 'mail';
/** Every queue the worker consumes, for the admins' view of them. */
export const QUEUE_NAMES = [MAIL_QUEUE, REMINDER_QUEUE] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const JOBS = {
  sweep: 'sweep',
  deliver: 'deliver',
  probe: 'probe',
  /** Makes the tasks of the recurring duties' periods that are about to open. */
  series: 'series',
} as const;

export const SWEEP_SCHEDULER_ID = 'reminder-sweep';
export const SERIES_SCHEDULER_ID = 'recurring-series';
/** Every job scheduler the worker keeps; any other left in Redis by an earlier version is removed. */
export const SCHEDULER_IDS: readonly string[] = [SWEEP_SCHEDULER_ID, SERIES_SCHEDULER_ID];
/**
 * How often the recurring duties are looked at. A period's task is due to be made a week before
 * the period opens (SERIES_LEAD_DAYS), so an hour late is still well ahead of it.
 */
export const SERIES_EVERY_MS = 3_600_000;

/** The key where the last sweep's figures are left for the API's /api/metrics. */
export const sweepStatsKey = (prefix: string) => `${prefix}:stats:sweep`;

export interface DeliverJobData {
  notificationId: string;
}

export interface ProbeJobData {
  worker: string;
  at: number;
}

/** Temporary SMTP errors retry with exponential backoff: 5 s, 10 s, 20 s ... about 21 minutes in all. */
export const MAIL_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 9,
  backoff: { type: 'exponential', delay: 5000 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
};

export const SCHEDULED_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 200 },
  removeOnFail: { count: 500 },
};

/** BullMQ loses jobs when Redis evicts keys: anything but `noeviction` deserves a warning. */
export async function evictionPolicyWarning(redis: Redis): Promise<string | null> {
  try {
    const reply = (await redis.call('CONFIG', 'GET', 'maxmemory-policy')) as string[];
    const policy = reply?.[1];
    if (policy && policy !== 'noeviction') {
      return `Redis maxmemory-policy is "${policy}": set it to "noeviction" (redis-cli CONFIG SET maxmemory-policy noeviction), or Redis may drop queued jobs (PostgreSQL still holds every mail; the sweep queues lost ones again)`;
    }
    return null;
  } catch {
    return null; // managed Redis often forbids CONFIG; nothing to say then
  }
}
