import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './data-source';
import {
  AttachmentsRepository,
  AuditRepository,
  CalendarRepository,
  DirectivesRepository,
  DatabaseHealth,
  MailTasksRepository,
  OutboxRepository,
  RecipientsRepository,
  ReminderScheduleRepository,
  ReminderSettingsRepository,
  SeriesRepository,
  StatsRepository,
  TasksRepository,
  UnitsRepository,
} from './repositories';

const REPOSITORIES = [
  OutboxRepository,
  ReminderScheduleRepository,
  RecipientsRepository,
  ReminderSettingsRepository,
  CalendarRepository,
  MailTasksRepository,
  TasksRepository,
  StatsRepository,
  UnitsRepository,
  AttachmentsRepository,
  DirectivesRepository,
  AuditRepository,
  SeriesRepository,
  DatabaseHealth,
];

/** The connection pool and the repositories, shared by the API and the worker. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, overrides))],
      providers: REPOSITORIES,
      exports: REPOSITORIES,
    };
  }
}
