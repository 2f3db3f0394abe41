import { type AppConfig } from '@dondoc/config';
import { assertRedisReachable } from '@dondoc/queue';
import { createDataSource } from './data-source';
import { ensureDatabase } from './ensure-database';
import { migrateDatabase } from './migrate';

/**
 * What a program checks before it serves: PostgreSQL answers, its database exists and is migrated,
 * Redis answers. Each failure is one line that names the service and how to start it.
 */
export async function prepareServices(config: AppConfig, log: (line: string) => void = () => undefined): Promise<void> {
  if (await ensureDatabase(config.databaseUrl)) log('Created the database named in DATABASE_URL');
  const dataSource = createDataSource(config.databaseUrl);
  await dataSource.initialize();
  try {
    const ran = await migrateDatabase(dataSource);
    if (ran.length) log(`Applied migrations: ${ran.join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
  await assertRedisReachable(config.redisUrl);
}
