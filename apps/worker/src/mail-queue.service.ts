import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { mailJobId, type OutboxRow } from '@dondoc/mail';
import { createRedis, enqueueDeliveries, MAIL_JOB_OPTIONS, MAIL_QUEUE, REMINDER_QUEUE } from '@dondoc/queue';
import { WORKER_TUNING, type WorkerTuning } from './worker-options';

/** The worker's producer side: the two queues, on one connection. */
@Injectable()
export class QueuesService implements OnApplicationShutdown {
  readonly connection;
  readonly mail: Queue;
  readonly reminders: Queue;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(WORKER_TUNING) private readonly tuning: WorkerTuning,
  ) {
    this.connection = createRedis(config.redisUrl);
    this.connection.on('error', () => undefined);
    this.mail = new Queue(MAIL_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    this.reminders = new Queue(REMINDER_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    for (const q of [this.mail, this.reminders]) q.on('error', () => undefined);
  }

  get mailJobOptions() {
    return { ...MAIL_JOB_OPTIONS, backoff: { type: 'exponential' as const, delay: this.tuning.retryDelayMs } };
  }

  async enqueue(rows: OutboxRow[]): Promise<void> {
    await enqueueDeliveries(this.mail, rows.map((r) => ({ id: r.id, jobId: mailJobId(r) })), this.mailJobOptions);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.mail.close(), this.reminders.close()]);
    this.connection.disconnect();
  }
}
