import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { DefaultJobOptions } from 'bullmq';
import { REDIS } from '@dondoc/config';
import { MAIL_JOB_OPTIONS, QUEUE_NAMES, type QueueName } from './queues';
import { Queues } from './queues.service';

/** The injection token of one queue. */
export function queueToken(name: QueueName): string {
  return `dondoc:queue:${name}`;
}

/** Injects one queue's producer (`@InjectQueue(MAIL_QUEUE) queue: Queue`). */
export function InjectQueue(name: QueueName): ParameterDecorator {
  return Inject(queueToken(name));
}

export interface QueueModuleOptions {
  redisUrl: string;
  prefix: string;
  /** The mail jobs' retries; the worker's tests shorten them. */
  mailJobOptions?: DefaultJobOptions;
}

class QueuesShutdown implements OnApplicationShutdown {
  constructor(@Inject(Queues) private readonly queues: Queues) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queues.close();
  }
}

/**
 * The one owner of the queues in a process: the Redis connection the producers share (also `REDIS`,
 * for the few plain keys the app keeps), `Queues`, and each queue by injection.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    const perQueue = QUEUE_NAMES.map((name) => ({ provide: queueToken(name), inject: [Queues], useFactory: (q: Queues) => q.byName(name) }));
    return {
      module: QueueModule,
      providers: [
        { provide: Queues, useFactory: () => new Queues(options.redisUrl, options.prefix, options.mailJobOptions ?? MAIL_JOB_OPTIONS) },
        { provide: REDIS, inject: [Queues], useFactory: (q: Queues) => q.connection },
        ...perQueue,
        QueuesShutdown,
      ],
      exports: [Queues, REDIS, ...perQueue.map((p) => p.provide)],
    };
  }
}
