import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * `npm start` on a laptop with nothing installed: no PostgreSQL and no Redis where it looks, so it
 * runs an embedded PostgreSQL and a local redis-server, migrates, loads the demo data and serves.
 * And the programs' one-line refusals when a named service is not there.
 */

const ROOT = join(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'JWT_SECRET', 'NODE_ENV']) if (!(k in extra)) delete env[k];
  return env;
}

beforeAll(() => {
  // The programs under test are the built ones, as a user runs them.
  if (
    !existsSync(join(ROOT, 'dist/apps/api/main.js')) ||
    !existsSync(join(ROOT, 'dist/apps/cli/main.js')) ||
    !existsSync(join(ROOT, 'dist/apps/worker/main.js'))
  ) {
    const built =
      spawnSync('npx', ['nest', 'build', 'api'], { cwd: ROOT, stdio: 'inherit' }).status === 0 &&
      spawnSync('npx', ['nest', 'build', 'worker'], { cwd: ROOT, stdio: 'inherit' }).status === 0 &&
      spawnSync('npx', ['nest', 'build', 'cli'], { cwd: ROOT, stdio: 'inherit' }).status === 0;
    if (!built) throw new Error('could not build the apps');
  }
}, 300_000);

describe('start-up refusals', () => {
  const run = (app: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [`dist/apps/${app}/main.js`], { cwd: ROOT, env: cleanEnv(env), encoding: 'utf8', timeout: 30_000 });

  it.each(['api', 'worker'])('%s: an unreachable PostgreSQL gives one line naming it and how to start it', async (app) => {
    const port = await freePort();
    const r = run(app, { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/dondoc` });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`PostgreSQL at 127\\.0\\.0\\.1:${port} is not reachable.*start PostgreSQL`)),
    ]);
  });

  it.each(['api', 'worker'])('%s: an unreachable Redis gives one line naming it and how to start it', async (app) => {
    const port = await freePort();
    const r = run(app, { REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`Redis at redis://127\\.0\\.0\\.1:${port}.* is not reachable.*start Redis`)),
    ]);
  });

  it('a bad setting names the variable and what it expects', () => {
    const r = run('api', { PORT: 'eighty', REMINDER_WINDOW: '7h', NODE_ENV: 'production' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PORT=eighty: expected a whole number');
    expect(r.stderr).toContain('REMINDER_WINDOW=7h: expected HH:mm');
    expect(r.stderr).toContain('JWT_SECRET is required when NODE_ENV=production');
  });
});

describe('npm start with nothing running', () => {
  it('runs an embedded PostgreSQL and a local Redis, loads the demo data, serves, and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dondoc-start-'));
    const [pgPort, redisPort, port] = [await freePort(), await freePort(), await freePort()];
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      env: cleanEnv({
        DONDOC_DATA_DIR: dataDir,
        EMBEDDED_POSTGRES_PORT: String(pgPort),
        EMBEDDED_REDIS_PORT: String(redisPort),
        PORT: String(port),
        DEMO_PASSWORD: 'dondoc-demo',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      let health: Response | null = null;
      for (let i = 0; i < 240 && !health; i++) {
        await new Promise((r) => setTimeout(r, 500));
        health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      }
      expect(health?.status).toBe(200);
      expect(output).toContain(`started an embedded PostgreSQL there`);
      expect(output).toContain(`started redis-server there`);
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'chutich@dondoc.local', password: 'dondoc-demo' }),
      });
      expect(login.status).toBe(200);
      const page = await fetch(`http://127.0.0.1:${port}/tasks`);
      expect(page.status).toBe(existsSync(join(ROOT, 'dist/web/index.html')) ? 200 : 404);
    } finally {
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (c) => r(c))));
      rmSync(dataDir, { recursive: true, force: true });
      expect(code).toBe(0);
    }
    expect(await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null)).toBeNull();
  }, 240_000);
});
