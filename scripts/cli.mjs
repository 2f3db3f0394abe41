#!/usr/bin/env node
// Runs an operator's command, building the program first when it is missing: `seed-demo` and
// `create-admin` belong to the API's program (they use its services), the rest to the CLI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const app = ['seed-demo', 'create-admin'].includes(args[0]) ? 'api' : 'cli';
const entry = join(root, `dist/apps/${app}/main.js`);
if (!existsSync(entry)) {
  const built = spawnSync('npx', ['nest', 'build', app], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const r = spawnSync(process.execPath, [entry, ...args], { cwd: process.cwd(), stdio: 'inherit' });
process.exit(r.status ?? 1);
