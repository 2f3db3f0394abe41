import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ConfigError, loadConfig, StartupError } from '@dondoc/config';
import { CalendarRepository, createDataSource, ensureDatabase, migrateDatabase, Unit } from '@dondoc/database';
import { localDate, officialOverrides, type CalendarOverrides } from '@dondoc/calendar';
import { DocumentRejectedError, ParsePool, ParseTimeoutError, uploadKind, type UnitRef } from '@dondoc/parser';

/*
 * The operator's commands that need no running app: `migrate`, `revert`, `parse FILE`. npm scripts
 * call them (npm run migration:run, migration:revert, parse -- FILE); `seed-demo` and `create-admin`
 * use the API's services and are commands of the API's program (scripts/cli.mjs sends them there).
 */

const USAGE = 'usage: node dist/apps/cli/main.js migrate | revert | parse FILE';

async function withDataSource<T>(fn: (ds: ReturnType<typeof createDataSource>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  await ensureDatabase(config.databaseUrl);
  const ds = createDataSource(config.databaseUrl);
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

async function parse(file: string | undefined): Promise<void> {
  if (!file) throw new StartupError(`parse needs a file: ${USAGE}`);
  const kind = uploadKind(file);
  if (!kind) throw new StartupError(`parse reads .txt, .docx or .pdf files, not "${file}"`);
  const data = readFileSync(file);
  const config = loadConfig();
  const { units, calendar } = await directory(config.databaseUrl);
  // The same worker thread, limits and time limit as an upload to the API, so the two agree.
  const pool = new ParsePool({
    timeoutMs: config.parseTimeoutSeconds * 1000,
    ocrTimeoutMs: config.ocrTimeoutSeconds * 1000,
    ocr: config.ocrTools,
    maxThreads: 1,
  });
  try {
    const { draft } = await pool.run({ kind, data, filename: basename(file) }, { units, calendar, today: localDate(new Date(), config.timezone) });
    process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
  } catch (err) {
    if (err instanceof DocumentRejectedError || err instanceof ParseTimeoutError) throw new StartupError(err.message, { cause: err });
    throw err;
  } finally {
    await pool.close();
  }
}

/** The units and calendar of the database when it answers; without one, units stay unresolved and the shipped announced calendars serve. */
async function directory(databaseUrl: string): Promise<{ units: UnitRef[]; calendar: CalendarOverrides }> {
  const ds = createDataSource(databaseUrl, { extra: { connectionTimeoutMillis: 2000 } });
  try {
    await ds.initialize();
  } catch (err) {
    console.error(`parse: no database (${(err as Error).message}); units are left unresolved, with their text kept`);
    return { units: [], calendar: officialOverrides() };
  }
  try {
    const units = (await ds.getRepository(Unit).findBy({ active: true })).map(({ id, code, name, kind, aliases }) => ({ id, code, name, kind, aliases }));
    return { units, calendar: await new CalendarRepository(ds).overrides() };
  } finally {
    await ds.destroy();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'migrate': {
      const ran = await withDataSource(migrateDatabase);
      console.log(ran.length ? `migrations applied: ${ran.join(', ')}` : 'migrations: nothing pending');
      return;
    }
    case 'revert':
      await withDataSource(async (ds) => {
        await ds.undoLastMigration({ transaction: 'each' });
      });
      console.log('migrations: reverted the last one');
      return;
    case 'parse':
      return parse(args[0]);
    default:
      throw new StartupError(USAGE);
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof StartupError || err instanceof ConfigError ? `dondoc: ${err.message}` : err);
    process.exit(1);
  },
);
