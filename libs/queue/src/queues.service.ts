import { Queue, type DefaultJobOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { createRedis } from './redis';
import { DeliverJobData, JOBS, MAIL_JOB_OPTIONS, MAIL_QUEUE, REMINDER_QUEUE, type QueueName } from './queues';

/** An outbox row to queue: its id, and what its job id is made of. */
export interface QueuedMail {
  id: string;
  key: string;
  generation: number;
}

/** The BullMQ job id of an outbox row: its key, and the generation once it was queued again. */
export function mailJobId(row: Pick<QueuedMail, 'key' | 'generation'>): string {
  const key = row.key.replace(/:/g, '.');
  return row.generation ? `${key}|g${row.generation}` : key;
}

/**
 * The producer side of every queue, on one Redis connection (a Queue only issues plain commands,
 * so they can share it). Usable without Nest, e.g. to empty a test's queues.
 */
export class Queues {
  readonly connection: Redis;
  readonly mail: Queue;
  readonly reminders: Queue;

  constructor(
    redisUrl: string,
    prefix: string,
    private readonly mailJobOptions: DefaultJobOptions = MAIL_JOB_OPTIONS,
  ) {
    this.connection = createRedis(redisUrl);
    // Errors reach the callers of each command; the connection itself retries.
    this.connection.on('error', () => undefined);
    this.mail = new Queue(MAIL_QUEUE, { connection: this.connection, prefix });
    this.reminders = new Queue(REMINDER_QUEUE, { connection: this.connection, prefix });
    for (const queue of this.all()) queue.on('error', () => undefined);
  }

  all(): Queue[] {
    return [this.mail, this.reminders];
  }

  byName(name: QueueName): Queue {
    return name === MAIL_QUEUE ? this.mail : this.reminders;
  }

  /** Puts outbox rows on the mail queue; a row already queued under the same job id is left alone. */
  async enqueueMail(rows: QueuedMail[]): Promise<void> {
    for (let start = 0; start < rows.length; start += 1000) {
      await this.mail.addBulk(
        rows.slice(start, start + 1000).map((row) => ({
          name: JOBS.deliver,
          data: { notificationId: row.id } satisfies DeliverJobData,
          opts: { ...this.mailJobOptions, jobId: mailJobId(row) },
        })),
      );
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.all().map((q) => q.close()));
    this.connection.disconnect();
  }
}
