import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import type { MailSender } from '@dondoc/mail';
import {
  evictionPolicyWarning,
  JOBS,
  sweepStatsKey,
  MAIL_QUEUE,
  QueueWorkers,
  Queues,
  SCHEDULED_JOB_OPTIONS,
  SCHEDULER_IDS,
  SERIES_EVERY_MS,
  SERIES_SCHEDULER_ID,
  SWEEP_SCHEDULER_ID,
} from '@dondoc/queue';
import { MetricsService } from './metrics.service';
import { MailProcessor, ReminderProcessor } from './processors';
import { MAIL_SENDER } from './tokens';
import { WORKER_TUNING, type WorkerTuning } from './worker-options';

/**
 * The process's life: the consumers (the mail queue always; the scheduled work unless this worker
 * only delivers), the sweep's job scheduler, the health probe, a bounded graceful stop.
 */
@Injectable()
export class RuntimeService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('worker');
  private readonly workers: QueueWorkers;
  private probeTimer: NodeJS.Timeout | null = null;
  lastProbeOkAt = 0;
  lastProbeError: string | null = null;

  constructor(
    private readonly queues: Queues,
    private readonly mailProcessor: MailProcessor,
    private readonly reminderProcessor: ReminderProcessor,
    private readonly metrics: MetricsService,
    @Inject(MAIL_SENDER) private readonly sender: MailSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_TUNING) private readonly tuning: WorkerTuning,
  ) {
    this.workers = new QueueWorkers(config.redisUrl, config.queuePrefix, (queue) => {
      const common = { lockDuration: tuning.lockDurationMs, stalledInterval: tuning.stalledIntervalMs, maxStalledCount: 2 };
      if (queue === MAIL_QUEUE) return { ...common, concurrency: tuning.mailConcurrency };
      return tuning.schedule ? { ...common, concurrency: 1 } : null;
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const warning = await evictionPolicyWarning(this.queues.connection);
    if (warning) this.logger.warn(warning);
    this.workers.start([this.mailProcessor, this.reminderProcessor]);
    if (this.tuning.schedule) {
      this.metrics.listenSweeps((result) => {
        void this.queues.connection
          .hset(sweepStatsKey(this.config.queuePrefix), {
            durationMs: result.durationMs.toFixed(1),
            due: result.due,
            steps: result.steps,
            mails: result.mails,
            at: Date.now(),
          })
          .catch(() => undefined);
      });
      await this.queues.reminders.upsertJobScheduler(
        SWEEP_SCHEDULER_ID,
        { every: this.config.reminderSweepSeconds * 1000 },
        { name: JOBS.sweep, opts: SCHEDULED_JOB_OPTIONS },
      );
      await this.queues.reminders.upsertJobScheduler(SERIES_SCHEDULER_ID, { every: SERIES_EVERY_MS }, { name: JOBS.series, opts: SCHEDULED_JOB_OPTIONS });
      await this.removeRetiredSchedulers().catch((err) => this.logger.warn(`job schedulers: ${(err as Error).message}`));
    }
    if (this.tuning.probeIntervalMs > 0) {
      this.probeTimer = setInterval(() => void this.probe(), this.tuning.probeIntervalMs);
      this.probeTimer.unref();
      void this.probe();
    }
    this.logger.log(`Worker ${this.tuning.name} started: sending through ${this.sender.name === 'smtp' ? 'SMTP' : 'the built-in catcher (SMTP_URL not set)'}`);
  }

  /** Schedulers an earlier version left (one per leader's weekly summary) go. */
  private async removeRetiredSchedulers(): Promise<void> {
    for (const scheduler of await this.queues.reminders.getJobSchedulers(0, -1)) {
      const id = scheduler.id ?? scheduler.key;
      if (id && !SCHEDULER_IDS.includes(id)) await this.queues.reminders.removeJobScheduler(id);
    }
  }

  /** Proves work flows: a probe job goes through the mail queue and completes. */
  async probe(): Promise<boolean> {
    const deadline = Date.now() + this.tuning.probeTimeoutMs;
    // Commands wait for Redis to come back (maxRetriesPerRequest: null): the probe does not.
    const within = <T>(promise: Promise<T>) =>
      Promise.race([
        promise,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer in time')), Math.max(0, deadline - Date.now())).unref()),
      ]);
    try {
      const job = await within(
        this.queues.mail.add(
          JOBS.probe,
          { worker: this.tuning.name, at: Date.now() },
          { removeOnComplete: { age: 60 }, removeOnFail: { age: 60 }, attempts: 1 },
        ),
      );
      while (Date.now() < deadline) {
        const state = await within(job.getState());
        if (state === 'completed') {
          this.lastProbeOkAt = Date.now();
          this.lastProbeError = null;
          this.metrics.probeOk.set(1);
          return true;
        }
        if (state === 'failed') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      this.lastProbeError = 'the probe job did not complete in time';
    } catch (err) {
      this.lastProbeError = (err as Error).message;
    }
    this.metrics.probeOk.set(0);
    return false;
  }

  probeHealthy(): boolean {
    return this.tuning.probeIntervalMs <= 0 || Date.now() - this.lastProbeOkAt < 2 * this.tuning.probeIntervalMs + this.tuning.probeTimeoutMs;
  }

  /** SIGTERM: no new jobs; running deliveries get shutdownTimeoutMs to finish, then the worker stops anyway. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.probeTimer) clearInterval(this.probeTimer);
    if (!(await this.workers.close(this.tuning.shutdownTimeoutMs))) {
      this.logger.warn(`Deliveries still running after ${this.tuning.shutdownTimeoutMs} ms: stopping anyway (their jobs will be picked up again)`);
    }
    await this.sender.close();
  }

  /** For tests: stop consuming at once, as a killed process would (nothing is marked). */
  async crash(): Promise<void> {
    if (this.probeTimer) clearInterval(this.probeTimer);
    await this.workers.crash();
  }
}
