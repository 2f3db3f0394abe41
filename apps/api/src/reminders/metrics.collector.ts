import { Inject, Injectable } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { NOTIFICATION_STATUSES, OutboxRepository } from '@dondoc/database';
import { Queues, sweepStatsKey } from '@dondoc/queue';

/**
 * /api/metrics: what PostgreSQL and Redis hold, read at scrape time, so every API replica
 * reports the same: mails by status (sent and failed only grow), queue depth, the last sweep.
 */
@Injectable()
export class MetricsCollector {
  private readonly registry = new Registry();
  private readonly mails = new Gauge({
    name: 'dondoc_mails',
    help: 'Mails in the outbox by status (sent, failed, pending, sending)',
    labelNames: ['status'],
    registers: [this.registry],
  });
  private readonly queue = new Gauge({
    name: 'dondoc_queue_jobs',
    help: 'Jobs in the mail queue by state',
    labelNames: ['queue', 'state'],
    registers: [this.registry],
  });
  private readonly sweepSeconds = new Gauge({
    name: 'dondoc_sweep_last_duration_seconds',
    help: 'Duration of the last reminder sweep',
    registers: [this.registry],
  });
  private readonly sweepDue = new Gauge({ name: 'dondoc_sweep_last_due_tasks', help: 'Tasks the last sweep looked at', registers: [this.registry] });
  private readonly sweepAge = new Gauge({ name: 'dondoc_sweep_last_age_seconds', help: 'Seconds since the last sweep ended', registers: [this.registry] });

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly queues: Queues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get contentType(): string {
    return this.registry.contentType;
  }

  async text(): Promise<string> {
    const rows = await this.outbox.countByStatus();
    for (const status of NOTIFICATION_STATUSES) this.mails.set({ status }, rows.find((r) => r.status === status)?.count ?? 0);
    try {
      const counts = await this.queues.mail.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
      for (const [state, count] of Object.entries(counts)) this.queue.set({ queue: 'mail', state }, count);
      const stats = await this.queues.connection.hgetall(sweepStatsKey(this.config.queuePrefix));
      if (stats?.durationMs) {
        this.sweepSeconds.set(Number(stats.durationMs) / 1000);
        this.sweepDue.set(Number(stats.due));
        this.sweepAge.set((Date.now() - Number(stats.at)) / 1000);
      }
    } catch {
      // Redis down: /api/health says so; the database figures still come.
    }
    return this.registry.metrics();
  }
}
