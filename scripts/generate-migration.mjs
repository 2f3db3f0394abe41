#!/usr/bin/env node
// `npm run migration:generate -- Name`: compares the entities with the database in DATABASE_URL
// (migrated to the latest) and writes migrations/<timestamp>-Name.ts; add it to migrations/index.ts.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
  console.error('usage: npm run migration:generate -- NameInPascalCase');
  process.exit(2);
}
const r = spawnSync(
  process.execPath,
  [
    '-r',
    'ts-node/register/transpile-only',
    '-r',
    'tsconfig-paths/register',
    join(root, 'node_modules/typeorm/cli.js'),
    'migration:generate',
    '-d',
    'libs/database/src/typeorm-cli.config.ts',
    `migrations/${name}`,
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
