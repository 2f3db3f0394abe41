import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { NOTIFICATION_STATUSES } from '@dondoc/database';
import { EventMailService } from './event-mail.service';

/**
 * /api/metrics: what PostgreSQL and Redis hold, read at scrape time, so every API replica
 * reports the same: mails by status (sent and failed only grow), queue depth, the last sweep.
 */
@Injectable()
export class MetricsCollector {
  private readonly registry = new Registry();
  private readonly mails = new Gauge({ name: 'dondoc_mails', help: 'Mails in the outbox by status (sent, failed, pending, sending)', labelNames: ['status'], registers: [this.registry] });
  private readonly queue = new Gauge({ name: 'dondoc_queue_jobs', help: 'Jobs in the mail queue by state', labelNames: ['queue', 'state'], registers: [this.registry] });
  private readonly sweepSeconds = new Gauge({ name: 'dondoc_sweep_last_duration_seconds', help: 'Duration of the last reminder sweep', registers: [this.registry] });
  private readonly sweepDue = new Gauge({ name: 'dondoc_sweep_last_due_tasks', help: 'Tasks the last sweep looked at', registers: [this.registry] });
  private readonly sweepAge = new Gauge({ name: 'dondoc_sweep_last_age_seconds', help: 'Seconds since the last sweep ended', registers: [this.registry] });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventMailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get contentType(): string {
    return this.registry.contentType;
  }

  async text(): Promise<string> {
    const rows: { status: string; n: string }[] = await this.db.query('SELECT status, count(*) AS n FROM notifications GROUP BY status');
    for (const s of NOTIFICATION_STATUSES) this.mails.set({ status: s }, Number(rows.find((r) => r.status === s)?.n ?? 0));
    try {
      const counts = await this.events.mailQueue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
      for (const [state, n] of Object.entries(counts)) this.queue.set({ queue: 'mail', state }, n);
      const stats = await this.events.redis.hgetall(`${this.config.queuePrefix}:stats:sweep`);
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
