import type { Redis } from 'ioredis';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Worker, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import { localDate } from '@dondoc/calendar';
import { sendWindowState, type Clock } from '@dondoc/domain';
import type { MailSender } from '@dondoc/mail';
import {
  createRedis, evictionPolicyWarning, JOBS, MAIL_QUEUE, REMINDER_QUEUE, SCHEDULED_JOB_OPTIONS, SWEEP_SCHEDULER_ID, weeklySummarySchedulerId,
  type DeliverJobData, type WeeklySummaryJobData,
} from '@dondoc/queue';
import { TZDate } from '@date-fns/tz';
import { DeliveryService } from './delivery.service';
import { QueuesService } from './mail-queue.service';
import { MetricsService, sweepStatsKey } from './metrics.service';
import { SettingsService } from './settings.service';
import { SummaryService } from './summary.service';
import { SweepService } from './sweep.service';
import { MAIL_SENDER } from './tokens';
import { WORKER_TUNING, type WorkerTuning } from './worker-options';

const SCHEDULER_SYNC_MS = 3600_000;

/**
 * The consumers: the scheduled-work worker (sweep, weekly summaries) and the mail worker
 * (deliveries, probes); the job schedulers; the health probe; a bounded graceful stop.
 */
@Injectable()
export class RuntimeService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('worker');
  private workers: Worker[] = [];
  private probeTimer: NodeJS.Timeout | null = null;
  private lastSchedulerSync = 0;
  lastProbeOkAt = 0;
  lastProbeError: string | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: QueuesService,
    private readonly sweep: SweepService,
    private readonly delivery: DeliveryService,
    private readonly summaries: SummaryService,
    private readonly settings: SettingsService,
    private readonly metrics: MetricsService,
    @Inject(MAIL_SENDER) private readonly sender: MailSender,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_TUNING) private readonly tuning: WorkerTuning,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const warning = await evictionPolicyWarning(this.queues.connection);
    if (warning) this.logger.warn(warning);
    const common = {
      prefix: this.config.queuePrefix,
      lockDuration: this.tuning.lockDurationMs,
      stalledInterval: this.tuning.stalledIntervalMs,
      maxStalledCount: 2,
    };
    const mail = new Worker<DeliverJobData>(MAIL_QUEUE, (job) => this.onMailJob(job), {
      ...common, connection: createRedis(this.config.redisUrl), concurrency: this.tuning.mailConcurrency,
    });
    this.workers.push(mail);
    if (this.tuning.schedule) {
      const reminders = new Worker(REMINDER_QUEUE, (job) => this.onReminderJob(job), {
        ...common, connection: createRedis(this.config.redisUrl), concurrency: 1,
      });
      this.workers.push(reminders);
      this.metrics.listenSweeps((r) => {
        void this.queues.connection.hset(sweepStatsKey(this.config.queuePrefix), {
          durationMs: r.durationMs.toFixed(1), due: r.due, steps: r.steps, mails: r.mails, at: Date.now(),
        }).catch(() => undefined);
      });
      await this.queues.reminders.upsertJobScheduler(
        SWEEP_SCHEDULER_ID, { every: this.config.reminderSweepSeconds * 1000 }, { name: JOBS.sweep, opts: SCHEDULED_JOB_OPTIONS },
      );
      await this.syncSummarySchedulers().catch((err) => this.logger.warn(`weekly summary schedulers: ${(err as Error).message}`));
    }
    for (const w of this.workers) {
      w.on('error', (err) => this.logger.warn(`queue: ${err.message}`));
      w.on('failed', (job, err) => {
        if (job && job.name === JOBS.deliver && job.attemptsMade < (job.opts.attempts ?? 1)) return;
        this.logger.warn(`job ${job?.name} ${job?.id} failed: ${err.message}`);
      });
    }
    if (this.tuning.probeIntervalMs > 0) {
      this.probeTimer = setInterval(() => void this.probe(), this.tuning.probeIntervalMs);
      this.probeTimer.unref();
      void this.probe();
    }
    this.logger.log(`Worker ${this.tuning.name} started: sending through ${this.sender.name === 'smtp' ? 'SMTP' : 'the built-in catcher (SMTP_URL not set)'}`);
  }

  private async onMailJob(job: Job): Promise<unknown> {
    if (job.name === JOBS.probe) return 'ok';
    return this.delivery.handle(job as Job<DeliverJobData>);
  }

  private async onReminderJob(job: Job): Promise<unknown> {
    if (job.name === JOBS.sweep) {
      if (Date.now() - this.lastSchedulerSync > SCHEDULER_SYNC_MS) await this.syncSummarySchedulers().catch(() => undefined);
      return this.sweep.run();
    }
    if (job.name === JOBS.weeklySummary) return this.weeklySummary((job.data as WeeklySummaryJobData).leaderId);
    return null;
  }

  /** A leader's own Monday job: makes this week's summary if the sweep has not yet. */
  async weeklySummary(leaderId: string): Promise<number> {
    const [policy, cal] = await Promise.all([this.settings.policy(), this.settings.calendar()]);
    if (!policy.weeklySummary) return 0;
    const now = this.clock.now();
    const today = localDate(now, this.config.timezone);
    const local = new TZDate(now.getTime(), this.config.timezone);
    const time = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    if (!sendWindowState(this.settings.window(policy), { date: today, time, instant: now }, cal).open) return 0;
    const rows = await this.db.transaction((m) => this.summaries.createDue(m, today, cal, now, leaderId));
    await this.queues.enqueue(rows);
    return rows.length;
  }

  /** One job scheduler per active leader, on Monday at the window's time in APP_TIMEZONE. */
  async syncSummarySchedulers(): Promise<void> {
    this.lastSchedulerSync = Date.now();
    const policy = await this.settings.policy();
    const window = this.settings.window(policy);
    const [hh, mm] = window === 'any' ? ['0', '0'] : window.split(':').map((x) => String(Number(x)));
    const leaders: { id: string }[] = await this.db.query(`SELECT id FROM users WHERE role = 'leader' AND active`);
    const wanted = new Set(leaders.map((l) => weeklySummarySchedulerId(l.id)));
    for (const l of leaders) {
      await this.queues.reminders.upsertJobScheduler(
        weeklySummarySchedulerId(l.id), { pattern: `${mm} ${hh} * * 1`, tz: this.config.timezone },
        { name: JOBS.weeklySummary, data: { leaderId: l.id } satisfies WeeklySummaryJobData, opts: SCHEDULED_JOB_OPTIONS },
      );
    }
    for (const s of await this.queues.reminders.getJobSchedulers(0, -1)) {
      const id = s.id ?? s.key;
      if (id?.startsWith('weekly-summary-') && !wanted.has(id)) await this.queues.reminders.removeJobScheduler(id);
    }
  }

  /** Proves work flows: a probe job goes through the mail queue and completes. */
  async probe(): Promise<boolean> {
    const deadline = Date.now() + this.tuning.probeTimeoutMs;
    // Commands wait for Redis to come back (maxRetriesPerRequest: null): the probe does not.
    const within = <T>(p: Promise<T>) => Promise.race([
      p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer in time')), Math.max(0, deadline - Date.now())).unref()),
    ]);
    try {
      const job = await within(this.queues.mail.add(JOBS.probe, { worker: this.tuning.name, at: Date.now() }, { removeOnComplete: { age: 60 }, removeOnFail: { age: 60 }, attempts: 1 }));
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
    const closing = Promise.allSettled(this.workers.map((w) => w.close()));
    const timedOut = await Promise.race([
      closing.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), this.tuning.shutdownTimeoutMs).unref()),
    ]);
    if (timedOut) {
      this.logger.warn(`Deliveries still running after ${this.tuning.shutdownTimeoutMs} ms: stopping anyway (their jobs will be picked up again)`);
      await Promise.allSettled(this.workers.map((w) => w.close(true)));
    }
    await this.sender.close();
    this.closeWorkerConnections();
  }

  // BullMQ closes only the connections it made itself; the ones handed to each Worker are ours.
  private closeWorkerConnections(): void {
    for (const w of this.workers) (w.opts.connection as Redis).disconnect();
  }

  /** For tests: stop consuming at once, as a killed process would (nothing is marked). */
  async crash(): Promise<void> {
    if (this.probeTimer) clearInterval(this.probeTimer);
    await Promise.allSettled(this.workers.map((w) => w.close(true)));
    this.closeWorkerConnections();
  }
}
