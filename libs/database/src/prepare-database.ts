import { createDataSource } from './data-source';
import { ensureDatabase } from './ensure-database';
import { migrateDatabase } from './migrate';

/**
 * What a program checks of PostgreSQL before it serves: it answers, its database exists and is
 * migrated. Each failure is one line that names the service and how to start it.
 */
export async function prepareDatabase(databaseUrl: string, log: (line: string) => void = () => undefined): Promise<void> {
  if (await ensureDatabase(databaseUrl)) log('Created the database named in DATABASE_URL');
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  try {
    const ran = await migrateDatabase(dataSource);
    if (ran.length) log(`Applied migrations: ${ran.join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}
