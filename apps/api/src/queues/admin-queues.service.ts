import { Inject, Injectable, ServiceUnavailableException, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, REDIS, type AppConfig } from '@dondoc/config';
import { QUEUE_NAMES, withDeadline } from '@dondoc/queue';

export const COUNTED_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type QueueCounts = Record<(typeof COUNTED_STATES)[number], number>;

// BullMQ waits for Redis as long as it takes; an admin screen should say it is down instead.
const READ_DEADLINE_MS = 3000;

/** The worker's queues, by the same names and prefix, for the admins' counts and Bull Board. */
@Injectable()
export class AdminQueuesService implements OnApplicationShutdown {
  readonly queues: Queue[];

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis) {
    // A Queue only issues plain commands, so it can share the API's connection (which the app closes).
    this.queues = QUEUE_NAMES.map((name) => new Queue(name, { connection: redis, prefix: config.queuePrefix }));
    for (const q of this.queues) q.on('error', () => undefined);
  }

  async counts(): Promise<{ name: string; counts: QueueCounts }[]> {
    try {
      return await withDeadline(
        Promise.all(this.queues.map(async (q) => ({ name: q.name, counts: (await q.getJobCounts(...COUNTED_STATES)) as QueueCounts }))),
        READ_DEADLINE_MS,
      );
    } catch {
      throw new ServiceUnavailableException('Không đọc được hàng đợi: Redis không trả lời');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.queues.map((q) => q.close()));
  }
}
