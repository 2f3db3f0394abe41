import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@dondoc/migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming-strategy';

export function dataSourceOptions(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    // Listed, not globbed: the apps are bundled, and a migration must never be picked up by accident.
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, connectionTimeoutMillis: 5000 },
    ...overrides,
  } as DataSourceOptions;
}

export function createDataSource(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, overrides));
}
