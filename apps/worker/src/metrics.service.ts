import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import type { SweepResult } from './sweep.service';

/** This worker's Prometheus metrics (its own registry, so several workers in one test process stay apart). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly sent = new Counter({
    name: 'dondoc_mail_sent_total',
    help: 'Mails handed to SMTP (or the catcher) and marked sent',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  readonly failed = new Counter({
    name: 'dondoc_mail_failed_total',
    help: 'Mails marked failed (permanent SMTP error or retries exhausted)',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  readonly skipped = new Counter({
    name: 'dondoc_mail_skipped_total',
    help: 'Digests not sent because every task in them was finished or rescheduled before sending',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  readonly retried = new Counter({ name: 'dondoc_mail_retries_total', help: 'Temporary delivery errors that will be retried', registers: [this.registry] });
  readonly sweepDuration = new Histogram({
    name: 'dondoc_sweep_duration_seconds',
    help: 'Duration of a reminder sweep',
    registers: [this.registry],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });
  readonly sweepSteps = new Counter({ name: 'dondoc_sweep_steps_total', help: 'Plan steps recorded by sweeps', registers: [this.registry] });
  readonly queueDepth = new Gauge({
    name: 'dondoc_queue_jobs',
    help: 'Jobs in the queues by state',
    labelNames: ['queue', 'state'],
    registers: [this.registry],
  });
  readonly probeOk = new Gauge({ name: 'dondoc_worker_probe_ok', help: '1 when the last probe job went through the mail queue', registers: [this.registry] });
  last: SweepResult | null = null;
  private onSweep: ((result: SweepResult) => void) | null = null;

  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {}

  listenSweeps(listener: (result: SweepResult) => void): void {
    this.onSweep = listener;
  }

  sweepDone(result: SweepResult): void {
    this.last = result;
    this.sweepDuration.observe(result.durationMs / 1000);
    this.sweepSteps.inc(result.steps);
    this.onSweep?.(result);
  }
}
