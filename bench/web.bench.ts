/**
 * `npm run bench:web`, in Chromium: (1) the gzipped JavaScript the sign-in page loads, and (2) how
 * long the task list takes to render a page of 50 tasks, from 100,000, after the API's response
 * has arrived: on a fresh load of /tasks, and when paging within the app. Writes docs/benchmarks.md.
 */
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import type { Page, Response } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium';
import { benchDatabaseUrl, seedBenchDatabase } from './seed-tasks';
import { machine, sampleAt, spawnServer, waitForHttp, writeSection } from './support';

const DB = 'dondoc_bench_web';
const URL_ = benchDatabaseUrl(DB);
const PORT = 3911;
const BASE = `http://127.0.0.1:${PORT}`;
const UNITS = 500;
const TASKS = 100_000;
const PAGE = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SIGN_IN_BUDGET = 250 * 1024;
const RENDER_BUDGET_MS = 300;

/** Whether the database already holds the benchmark's tasks, so a rerun can skip the minute of seeding. */
async function seeded(): Promise<boolean> {
  const c = new Client({ connectionString: URL_ });
  try {
    await c.connect();
    const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM tasks`);
    return rows[0]?.n === TASKS;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function seed(): Promise<void> {
  await seedBenchDatabase(DB, { units: UNITS, tasks: TASKS, longText: true });
}

interface SignInJs {
  files: number;
  raw: number;
  gzip: number;
}

/** Every script /login loads until the network is idle, gzipped here (the server sends them plain). */
async function signInJs(page: Page): Promise<SignInJs> {
  const bodies: Promise<Buffer>[] = [];
  const onResponse = (res: Response) => {
    if (res.status() === 200 && (res.request().resourceType() === 'script' || new URL(res.url()).pathname.endsWith('.js'))) bodies.push(res.body());
  };
  page.on('response', onResponse);
  await page.goto(`${BASE}/login`, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const all = await Promise.all(bodies);
  return { files: all.length, raw: all.reduce((n, b) => n + b.length, 0), gzip: all.reduce((n, b) => n + gzipSync(b).length, 0) };
}

/*
 * Runs in the page before the app: when the table shows 50 rows whose first key differs from the
 * one before, it notes the time, then the start of the second frame after it (the rows painted).
 */
const RENDER_PROBE = `
  window.__probe = { lastKey: null, domAt: 0, paintAt: 0 };
  new MutationObserver(() => {
    const p = window.__probe;
    if (p.domAt) return;
    const rows = document.querySelectorAll('.ant-table-tbody > tr.ant-table-row');
    if (rows.length !== ${PAGE}) return;
    const key = rows[0].getAttribute('data-row-key');
    if (key === p.lastKey) return;
    p.domAt = performance.now();
    p.lastKey = key;
    requestAnimationFrame(() => requestAnimationFrame(() => { p.paintAt = performance.now(); }));
  }).observe(document, { childList: true, subtree: true });
`;

interface Render {
  /** API: request sent to the last byte of the response. */
  api: number;
  /** Last byte of the response to the rows in the DOM. */
  dom: number;
  /** Last byte of the response to the frame after the rows (what the person sees). */
  paint: number;
}

async function readRender(page: Page): Promise<Render> {
  // A function, not a string: the app's Content-Security-Policy forbids eval, which the string form needs.
  await page.waitForFunction(() => ((globalThis as unknown as { __probe?: { paintAt: number } }).__probe?.paintAt ?? 0) > 0, undefined, { timeout: 60_000 });
  return page.evaluate<Render>(`(() => {
    const p = window.__probe;
    const list = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/tasks?')).pop();
    return { api: list.responseEnd - list.requestStart, dom: p.domAt - list.responseEnd, paint: p.paintAt - list.responseEnd };
  })()`);
}

async function freshLoad(page: Page, n: number): Promise<Render> {
  await page.goto(`${BASE}/tasks?pageSize=${PAGE}&page=${n}`);
  return readRender(page);
}

async function nextPage(page: Page): Promise<Render> {
  await page.evaluate('window.__probe.domAt = 0; window.__probe.paintAt = 0; performance.clearResourceTimings()');
  await page.locator('.ant-pagination-next').click();
  return readRender(page);
}

const stat = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const quantile = (share: number) => sampleAt(sorted, Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1));
  return { median: quantile(0.5), p90: quantile(0.9), max: sampleAt(sorted, sorted.length - 1) };
};
const ms = (x: number) => x.toFixed(0);

async function main() {
  // Other work on the machine shows in the figures; the section says how busy it was.
  const [load = 0] = loadavg();
  if (await seeded()) console.log(`${DB} already holds ${TASKS} tasks`);
  else {
    console.log(`seeding ${TASKS} tasks over ${UNITS} units…`);
    await seed();
  }
  const api = spawnServer(['dist/apps/api/main.js'], {
    DATABASE_URL: URL_,
    PORT: String(PORT),
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    APP_URL: BASE,
  });
  // Also on a crash: a server left running would answer the next run on this port.
  process.on('exit', () => api.kill('SIGTERM'));
  const browser = await launchChromium();
  try {
    await waitForHttp(`${BASE}/api/health`);
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const js = await signInJs(page);
    console.log(`sign-in JS: ${js.files} files, ${(js.raw / 1024).toFixed(1)} kB raw, ${(js.gzip / 1024).toFixed(1)} kB gzipped`);

    await page.getByLabel('Email').fill('leader@bench.local');
    await page.getByLabel('Mật khẩu').fill('bench-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await context.addInitScript(RENDER_PROBE);

    // A first load warms the API's and the browser's caches; it is not counted.
    console.log(`warm-up: ${JSON.stringify(await freshLoad(page, 1))}`);
    const fresh: Render[] = [];
    for (let i = 0; i < RUNS; i++) fresh.push(await freshLoad(page, 2 + i));
    const paged: Render[] = [];
    await freshLoad(page, 1);
    for (let i = 0; i < RUNS; i++) paged.push(await nextPage(page));

    const row = (name: string, rs: Render[]) => {
      const [api, dom, paint] = [stat(rs.map((r) => r.api)), stat(rs.map((r) => r.dom)), stat(rs.map((r) => r.paint))];
      return `| ${name} | ${ms(api.median)} | ${ms(dom.median)} / ${ms(dom.max)} | ${ms(paint.median)} / ${ms(paint.p90)} / ${ms(paint.max)} |`;
    };
    const worst = Math.max(...[...fresh, ...paged].map((r) => r.paint));
    const body = [
      `Machine: ${machine()}, ${browser.version()} headless (Debian package). Command: \`npm run bench:web\` (builds the API and the web app, fills a database with ${TASKS.toLocaleString('en')} tasks over ${UNITS} units, runs \`node dist/apps/api/main.js\` with NODE_ENV=production and drives Chromium with playwright-core; the browser, the API and PostgreSQL share the cores; 1-minute load average at the start: ${load.toFixed(2)}).`,
      '',
      '### Sign-in page JavaScript',
      '',
      `Every script \`/login\` loads until the network is idle (Playwright's network events), gzipped with zlib's default level: **${js.files} files, ${(js.raw / 1024).toFixed(1)} kB raw, ${(js.gzip / 1024).toFixed(1)} kB gzipped** (budget 250 kB): ${js.gzip < SIGN_IN_BUDGET ? 'met' : 'NOT met'}.`,
      '',
      `### Task list: a page of ${PAGE} of ${TASKS.toLocaleString('en')} tasks`,
      '',
      `Signed in as a leader (who sees every task), in the API's default order. Times in ms, ${RUNS} runs each, measured in the page with the Performance API: from the \`responseEnd\` of \`GET /api/tasks\` (Resource Timing) to the moment the ${PAGE} rows are in the DOM (a MutationObserver) and to the second animation frame after it (the rows painted).`,
      '',
      '| case | API request (median) | response → rows in DOM (median / max) | response → painted (median / p90 / max) |',
      '|---|---:|---:|---:|',
      row(`fresh load of /tasks?pageSize=${PAGE}&page=n`, fresh),
      row('next page within the app', paged),
      '',
      `- slowest render after the response: ${ms(worst)} ms (budget ${RENDER_BUDGET_MS} ms): ${worst < RENDER_BUDGET_MS ? 'met' : 'NOT met'}`,
    ].join('\n');
    writeSection('Web app: sign-in bundle and task list rendering (`npm run bench:web`)', body);
    console.log(body);
  } finally {
    await browser.close();
    api.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
