import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, CLOCK, REDIS, type AppConfig } from '@dondoc/config';
import { dataSourceOptions } from '@dondoc/database';
import { systemClock, type Clock } from '@dondoc/domain';
import { createRedis } from '@dondoc/queue';
import type { Redis } from 'ioredis';

/** The worker process: PostgreSQL for the truth, Redis to be woken and to share the work. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig, clock: Clock = systemClock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl))],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: REDIS, useFactory: () => createRedis(config.redisUrl) },
        {
          provide: 'REDIS_SHUTDOWN',
          inject: [REDIS],
          useFactory: (redis: Redis) => ({ onApplicationShutdown: () => redis.quit().catch(() => undefined) }),
        },
      ],
    };
  }
}
