import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The web app compiles against the committed types; a DTO or response changed without them is caught here.
// The script runs in its own Node, which loads openapi-typescript's ES modules as they are.
describe('apps/web/src/api/schema.d.ts', () => {
  it('is what `npm run api:types` writes from the API as it is now (if not, run it)', () => {
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/api-types.ts', '--check'], {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  }, 150_000);
});
