import type { DataSource } from 'typeorm';
import { createDataSource } from '@dondoc/database';
import { createTestDatabase } from './support/test-services';

/*
 * The schema comes from the migrations alone (never synchronize), so an entity changed without a
 * migration would only show when a query fails in production. The test database is the run's
 * template, migrated from empty in global setup; TypeORM's schema builder then lists what it
 * would change to match the entities, and that list must be empty.
 */
describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = createDataSource(await createTestDatabase());
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('have been applied, every one of them', async () => {
    const applied: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((m) => m.name)).toEqual(dataSource.migrations.map((m) => m.name));
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('build the schema the entities describe (npm run migration:generate would have nothing to write)', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });
});
