import { Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import { DatabaseModule, OutboxRepository } from '@dondoc/database';
import { systemClock, type Clock } from '@dondoc/domain';
import { CatcherSender, MailRenderer, SmtpSender, type MailSender } from '@dondoc/mail';
import { MAIL_JOB_OPTIONS, QueueModule } from '@dondoc/queue';
import { DeliveryService } from './delivery.service';
import { HealthServer } from './health.server';
import { MailViewService } from './mail-view.service';
import { MetricsService } from './metrics.service';
import { MailProcessor, ReminderProcessor } from './processors';
import { RuntimeService } from './runtime.service';
import { SeriesService } from './series.service';
import { SummaryService } from './summary.service';
import { SweepService } from './sweep.service';
import { MAIL_SENDER } from './tokens';
import { DEFAULT_TUNING, WORKER_TUNING, type WorkerTuning } from './worker-options';

export interface WorkerModuleOptions {
  clock?: Clock;
  tuning?: Partial<WorkerTuning>;
  /** A sender to use instead of SMTP_URL's (tests and the benchmark may wrap one). */
  sender?: MailSender;
}

/** The worker process: PostgreSQL for the truth, Redis to be woken and to share the work. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig, options: WorkerModuleOptions | Clock = {}): DynamicModule {
    const moduleOptions: WorkerModuleOptions = 'now' in options ? { clock: options as Clock } : (options as WorkerModuleOptions);
    const tuning: WorkerTuning = { ...DEFAULT_TUNING, ...moduleOptions.tuning };
    return {
      module: WorkerModule,
      imports: [
        DatabaseModule.forRoot(config.databaseUrl, { extra: { max: 10, connectionTimeoutMillis: 5000 } }),
        QueueModule.forRoot({
          redisUrl: config.redisUrl,
          prefix: config.queuePrefix,
          mailJobOptions: { ...MAIL_JOB_OPTIONS, backoff: { type: 'exponential', delay: tuning.retryDelayMs } },
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: moduleOptions.clock ?? systemClock },
        { provide: WORKER_TUNING, useValue: tuning },
        { provide: MailRenderer, useFactory: () => new MailRenderer() },
        {
          provide: MAIL_SENDER,
          inject: [OutboxRepository],
          useFactory: (outbox: OutboxRepository): MailSender =>
            moduleOptions.sender ??
            (config.smtpUrl ? new SmtpSender({ url: config.smtpUrl, from: config.mailFrom }) : new CatcherSender(outbox, config.mailFrom)),
        },
        MetricsService,
        SummaryService,
        SweepService,
        SeriesService,
        MailViewService,
        DeliveryService,
        MailProcessor,
        ReminderProcessor,
        RuntimeService,
        HealthServer,
      ],
      exports: [SweepService, SeriesService, DeliveryService, RuntimeService, HealthServer, MetricsService, MAIL_SENDER],
    };
  }
}
