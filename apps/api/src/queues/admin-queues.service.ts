import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Queues, withDeadline } from '@dondoc/queue';

export const COUNTED_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type QueueCounts = Record<(typeof COUNTED_STATES)[number], number>;

// BullMQ waits for Redis as long as it takes; an admin screen should say it is down instead.
const READ_DEADLINE_MS = 3000;

/** The worker's queues, by the same names and prefix, for the admins' counts and Bull Board. */
@Injectable()
export class AdminQueuesService {
  readonly queues: Queue[];

  constructor(queues: Queues) {
    this.queues = queues.all();
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
}
