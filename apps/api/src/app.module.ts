import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import { DatabaseModule, Unit } from '@dondoc/database';
import { systemClock, type Clock } from '@dondoc/domain';
import { QueueModule } from '@dondoc/queue';
import { AuditController } from './audit/audit.controller';
import { AuthModule } from './auth/auth.module';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { AuditService } from './common/audit.service';
import { DirectiveParserService } from './directives/directive-parser.service';
import { DirectivesController } from './directives/directives.controller';
import { DirectiveCorrectionsService } from './directives/directive-corrections.service';
import { DirectiveDraftsService } from './directives/directive-drafts.service';
import { DirectiveReadsService } from './directives/directive-reads.service';
import { HealthController } from './health/health.controller';
import { QueuesModule } from './queues/queues.module';
import { RemindersModule } from './reminders/reminders.module';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { SeedService } from './seed/seed.service';
import { StatsController } from './stats/stats.controller';
import { StatsCache } from './stats/stats-cache';
import { StatsService } from './stats/stats.service';
import { TasksController } from './tasks/tasks.controller';
import { TaskAccessService } from './tasks/task-access.service';
import { TaskChangesService } from './tasks/task-changes.service';
import { TaskCommandsService } from './tasks/task-commands.service';
import { TaskExtensionsService } from './tasks/task-extensions.service';
import { TaskReadsService } from './tasks/task-reads.service';
import { UploadSlots } from './attachments/upload-slots';
import { SeriesService } from './tasks/series.service';
import { UnitsController } from './units/units.controller';
import { UnitsService } from './units/units.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

export interface AppModuleOptions {
  config: AppConfig;
  clock?: Clock;
}

/** What every module shares: the validated config, the clock, the audit trail and the calendar. */
@Global()
@Module({})
class CoreModule {
  static register({ config, clock }: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: CLOCK, useValue: clock ?? systemClock }, AuditService, CalendarService],
      exports: [APP_CONFIG, CLOCK, AuditService, CalendarService],
    };
  }
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(options),
        DatabaseModule.forRoot(options.config.databaseUrl),
        QueueModule.forRoot({ redisUrl: options.config.redisUrl, prefix: options.config.queuePrefix }),
        TypeOrmModule.forFeature([Unit]),
        AuthModule,
        RemindersModule,
        QueuesModule,
      ],
      controllers: [
        HealthController,
        AuditController,
        UnitsController,
        UsersController,
        DirectivesController,
        TasksController,
        StatsController,
        CalendarController,
        ReportsController,
      ],
      providers: [
        UnitsService,
        UsersService,
        DirectiveDraftsService,
        DirectiveReadsService,
        DirectiveCorrectionsService,
        DirectiveParserService,
        TaskAccessService,
        TaskReadsService,
        TaskChangesService,
        TaskCommandsService,
        TaskExtensionsService,
        UploadSlots,
        SeriesService,
        StatsService,
        StatsCache,
        ReportsService,
        SeedService,
      ],
    };
  }
}
