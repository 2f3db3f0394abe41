import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, REDIS, type AppConfig } from '@dondoc/config';
import { dataSourceOptions } from '@dondoc/database';
import { systemClock, type Clock } from '@dondoc/domain';
import { CatcherSender, MailRenderer, SmtpSender, type MailSender } from '@dondoc/mail';
import { createRedis } from '@dondoc/queue';
import type { Redis } from 'ioredis';
import { DeliveryService } from './delivery.service';
import { HealthServer } from './health.server';
import { QueuesService } from './mail-queue.service';
import { MetricsService } from './metrics.service';
import { RuntimeService } from './runtime.service';
import { SettingsService } from './settings.service';
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
    const opts: WorkerModuleOptions = 'now' in options ? { clock: options as Clock } : (options as WorkerModuleOptions);
    const tuning: WorkerTuning = { ...DEFAULT_TUNING, ...opts.tuning };
    return {
      module: WorkerModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, { extra: { max: 10, connectionTimeoutMillis: 5000 } }))],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: opts.clock ?? systemClock },
        { provide: WORKER_TUNING, useValue: tuning },
        {
          provide: REDIS,
          useFactory: () => {
            const redis = createRedis(config.redisUrl);
            redis.on('error', () => undefined);
            return redis;
          },
        },
        {
          provide: 'REDIS_SHUTDOWN',
          inject: [REDIS],
          useFactory: (redis: Redis) => ({ onApplicationShutdown: () => redis.quit().catch(() => undefined) }),
        },
        { provide: MailRenderer, useFactory: () => new MailRenderer() },
        {
          provide: MAIL_SENDER,
          inject: [getDataSourceToken()],
          useFactory: (db: DataSource): MailSender =>
            opts.sender ?? (config.smtpUrl ? new SmtpSender({ url: config.smtpUrl, from: config.mailFrom }) : new CatcherSender(db, config.mailFrom)),
        },
        SettingsService, QueuesService, MetricsService, SummaryService, SweepService, DeliveryService, RuntimeService, HealthServer,
      ],
      exports: [SweepService, DeliveryService, RuntimeService, HealthServer, QueuesService, MetricsService, MAIL_SENDER],
    };
  }
}
