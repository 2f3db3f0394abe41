import { Logger } from '@nestjs/common';
import { jobRef, withoutAddresses } from '@dondoc/config';
import { UnrecoverableError, Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { createRedis } from './redis';
import type { QueueName } from './queues';

const PROCESSOR = Symbol('dondoc:processor');
const JOB_HANDLERS = Symbol('dondoc:job-handlers');

/** Marks a class as the consumer of one queue; its `@OnJob` methods handle the queue's jobs by name. */
export function Processor(queue: QueueName): ClassDecorator {
  return (target) => Reflect.defineMetadata(PROCESSOR, queue, target);
}

/** The method that handles the jobs of this name. */
export function OnJob(name: string): MethodDecorator {
  return (target, key) => {
    const handlers: Map<string, string | symbol> = Reflect.getMetadata(JOB_HANDLERS, target.constructor) ?? new Map();
    handlers.set(name, key);
    Reflect.defineMetadata(JOB_HANDLERS, handlers, target.constructor);
  };
}

/** How a process consumes each queue; null: this process does not consume it. */
export type ConsumerOptions = (queue: QueueName) => Omit<WorkerOptions, 'connection' | 'prefix'> | null;

/**
 * The consumers of one process: a BullMQ Worker per processor, each on a connection of its own
 * (a Worker blocks on it), dispatching each job to its processor's handler. A job whose name no
 * handler takes fails at once; every failure is logged with the job's queue, name, id and attempt.
 */
export class QueueWorkers {
  private readonly logger = new Logger('queue');
  private readonly workers: Worker[] = [];

  constructor(
    private readonly redisUrl: string,
    private readonly prefix: string,
    private readonly options: ConsumerOptions,
  ) {}

  start(processors: object[]): Worker[] {
    for (const processor of processors) {
      const queue: QueueName | undefined = Reflect.getMetadata(PROCESSOR, processor.constructor);
      if (!queue) throw new Error(`${processor.constructor.name} is not a @Processor`);
      const options = this.options(queue);
      if (!options) continue;
      const handlers: Map<string, string | symbol> = Reflect.getMetadata(JOB_HANDLERS, processor.constructor) ?? new Map();
      const worker = new Worker(
        queue,
        async (job: Job) => {
          const key = handlers.get(job.name);
          if (!key) throw new UnrecoverableError(`no handler for job "${job.name}" on queue "${queue}"`);
          const handle = (processor as Record<string | symbol, ((job: Job) => Promise<unknown>) | undefined>)[key];
          if (!handle) throw new UnrecoverableError(`${processor.constructor.name} has no method ${String(key)} for job "${job.name}"`);
          return handle.call(processor, job);
        },
        { ...options, connection: createRedis(this.redisUrl), prefix: this.prefix },
      );
      worker.on('error', (err) => this.logger.warn(`queue ${queue}: ${err.message}`));
      worker.on('failed', (job, err) => {
        if (!job) return this.logger.warn(`queue ${queue}: a job failed: ${err.message}`);
        const attempts = job.opts.attempts ?? 1;
        // A temporary failure that will be retried is not news; the last one, or a permanent one, is.
        if (job.attemptsMade < attempts && !(err instanceof UnrecoverableError) && err.name !== 'UnrecoverableError') return;
        this.logger.warn(
          `job ${job.name} #${jobRef(job.id)} on ${queue} failed (attempt ${job.attemptsMade} of ${attempts}, data ${JSON.stringify(job.data)}): ${withoutAddresses(err.message)}`,
        );
      });
      this.workers.push(worker);
    }
    return this.workers;
  }

  /** No new jobs; running ones get `timeoutMs` to finish, then the workers stop anyway. True when they finished. */
  async close(timeoutMs: number): Promise<boolean> {
    const closing = Promise.allSettled(this.workers.map((w) => w.close()));
    const finished = await Promise.race([closing.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref())]);
    if (!finished) await Promise.allSettled(this.workers.map((w) => w.close(true)));
    this.disconnect();
    return finished;
  }

  /** Stops consuming at once, as a killed process would (for tests). */
  async crash(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close(true)));
    this.disconnect();
  }

  // BullMQ closes only the connections it made itself; the ones handed to each Worker are ours.
  private disconnect(): void {
    for (const worker of this.workers) (worker.opts.connection as Redis).disconnect();
    this.workers.length = 0;
  }
}
