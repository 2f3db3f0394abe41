import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, MAIL_QUEUE, OnJob, Processor, REMINDER_QUEUE, type DeliverJobData } from '@dondoc/queue';
import { DeliveryService } from './delivery.service';
import { SeriesService, type SeriesResult } from './series.service';
import { SweepService, type SweepResult } from './sweep.service';

/** The mail queue: one delivery per outbox row, and the health probe's round trip. */
@Injectable()
@Processor(MAIL_QUEUE)
export class MailProcessor {
  constructor(private readonly delivery: DeliveryService) {}

  @OnJob(JOBS.deliver)
  deliver(job: Job<DeliverJobData>): Promise<'sent' | 'skipped' | 'held'> {
    return this.delivery.handle(job);
  }

  @OnJob(JOBS.probe)
  async probe(): Promise<'ok'> {
    return 'ok';
  }
}

/**
 * The scheduled work: the sweep, which plans reminders, escalations and the weekly summaries; the
 * recurring duties' tasks of the periods about to open.
 */
@Injectable()
@Processor(REMINDER_QUEUE)
export class ReminderProcessor {
  constructor(
    private readonly sweeps: SweepService,
    private readonly series: SeriesService,
  ) {}

  @OnJob(JOBS.sweep)
  sweep(): Promise<SweepResult> {
    return this.sweeps.run();
  }

  @OnJob(JOBS.series)
  makePeriods(): Promise<SeriesResult> {
    return this.series.run();
  }
}
