import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mailJobId, Queues } from '@dondoc/queue';
import { FAST_TUNING, RuntimeService, startReminders, type RemindersHarness, vietnamTime } from './reminders-harness';
import type { WorkerTuning } from '../apps/worker/src/worker-options';

/*
 * What can go wrong around the outbox, each with real PostgreSQL, Redis and SMTP: temporary and
 * permanent SMTP errors, two workers, Redis losing everything, PostgreSQL dropping connections,
 * and a worker dying between the SMTP accept and the database mark. No duplicate, no lost mail
 * (except the one documented repeat of the last case).
 */

const at = (date: string, local = '07:30') => vietnamTime(date, local);
jest.setTimeout(60_000);
const UNITS = ['NV', 'TCKH', 'GDDT', 'VHTT', 'KTHT', 'TNMT', 'YT', 'TTRA'];

async function outbox(h: RemindersHarness) {
  return h.db.query(`SELECT id, key, status, attempts, last_error FROM notifications WHERE kind = 'digest' ORDER BY key`) as Promise<
    { id: string; key: string; status: string; attempts: number; last_error: string | null }[]
  >;
}
const settled = (h: RemindersHarness, timeoutMs = 15_000) =>
  h.waitFor(
    async () => Number((await h.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending')`))[0].n) === 0,
    'the outbox to drain',
    timeoutMs,
  );
/** Every digest row reached the sink exactly once. */
function expectEachOnce(h: RemindersHarness, ids: string[]) {
  const counts = new Map<string, number>();
  for (const m of h.sink.received) counts.set(m.notificationId, (counts.get(m.notificationId) ?? 0) + 1);
  expect(ids.map((id) => counts.get(id) ?? 0)).toEqual(ids.map(() => 1));
}
async function publishSpread(h: RemindersHarness, deadline: string) {
  await h.publish(UNITS.map((u, i) => ({ unit: u, text: `Nhiệm vụ kiểm thử ${i + 1} của ${u}`, deadline })));
  await settled(h); // the new-task mails
}

describe('SMTP answering 421, then 250', () => {
  let h: RemindersHarness;
  beforeAll(async () => {
    h = await startReminders({ now: at('2026-11-20', '10:00') });
  });
  afterAll(() => h.close());

  it('retries with backoff and delivers once', async () => {
    await h.publish([{ unit: 'GDDT', text: 'Báo cáo số liệu học sinh', deadline: '2026-12-04' }]);
    await settled(h);
    h.clock.set(at('2026-11-27'));
    h.sink.reject(421, 2);
    const r = await h.sweep();
    expect(r.mails).toBe(2);
    await settled(h);
    const rows = await outbox(h);
    expect(rows.map((x) => x.status)).toEqual(['sent', 'sent']);
    expect(rows.reduce((n, x) => n + x.attempts, 0)).toBe(4); // two 421s, then two 250s
    expectEachOnce(
      h,
      rows.map((x) => x.id),
    );
  });

  it('SMTP 550 marks the mail failed at once, visible to admins, and a resend delivers it', async () => {
    h.clock.set(at('2026-12-02'));
    h.sink.reject(550, 1);
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    await h.sweep();
    await settled(h);
    const failed = (await outbox(h)).filter((x) => x.status === 'failed');
    expect(failed).toHaveLength(1);
    const failedRow = failed[0]!;
    // The log names the row, not the recipient (digest keys carry the address).
    const logged = warnings.mock.calls.map((c) => String(c[0]));
    warnings.mockRestore();
    expect(logged).toContainEqual(expect.stringContaining(`Mail ${failedRow.id} (digest) failed: SMTP 550`));
    expect(logged.join('\n')).not.toMatch(/@/);
    expect(failedRow.attempts).toBe(1);
    expect(failedRow.last_error).toMatch(/^SMTP 550/);
    const admin = await h.api.login('admin@dondoc.local');
    const list = await h.api
      .http()
      .get('/api/notifications')
      .query({ status: 'failed' })
      .set({ Authorization: `Bearer ${admin}` })
      .expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([failedRow.id]);
    expect(list.body.items[0]).toMatchObject({ error: expect.stringMatching(/550/), attempts: 1, subject: expect.stringContaining('sắp đến hạn') });
    await h.api
      .http()
      .post(`/api/notifications/${failedRow.id}/resend`)
      .set({ Authorization: `Bearer ${admin}` })
      .expect(202);
    await settled(h);
    expect((await outbox(h)).every((x) => x.status === 'sent')).toBe(true);
    expectEachOnce(
      h,
      (await outbox(h)).map((x) => x.id),
    );
  });
});

describe('many deliveries at once, sharing their database queries', () => {
  let h: RemindersHarness;
  beforeAll(async () => {
    h = await startReminders({ now: at('2026-11-20', '10:00') });
  });
  afterAll(() => h.close());

  it('keeps each row its own: one sent by another worker, one held by another, one refused with 550, the rest once', async () => {
    await publishSpread(h, '2026-12-04');
    // The in-process worker only plans; a fresh one finds every job queued and takes them together.
    await h.worker().get(RuntimeService).crash();
    h.clock.set(at('2026-11-27'));
    const r = await h.sweep();
    const rows = await outbox(h);
    expect(rows).toHaveLength(r.mails);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const [done, held] = [rows[0]!, rows[1]!];
    await h.db.query(`UPDATE notifications SET status = 'sent', sent_at = now() WHERE id = $1`, [done.id]);
    await h.db.query(`UPDATE notifications SET status = 'sending', locked_until = $2::timestamptz + interval '1 hour' WHERE id = $1`, [held.id, h.clock.now()]);
    h.sink.reject(550, 1);

    const claimBatches: number[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with apply() on the DataSource being spied on
    const query = DataSource.prototype.query;
    jest.spyOn(DataSource.prototype, 'query').mockImplementation(function (this: DataSource, ...args: Parameters<DataSource['query']>) {
      const [sql, params] = args;
      if (/SET status = 'sending'/.test(sql) && Array.isArray(params) && Array.isArray(params[0])) claimBatches.push(params[0].length);
      return query.apply(this, args);
    });
    const worker = await h.startWorker({ mailConcurrency: 50, name: 'batching' });
    try {
      await h.waitFor(async () => (await outbox(h)).filter((x) => x.status === 'pending' || x.status === 'sending').length === 1, 'every row but the held one');
    } finally {
      jest.restoreAllMocks();
    }
    expect(Math.max(...claimBatches)).toBeGreaterThan(1);

    // The other worker finishes the held row; its job, retrying meanwhile, then finds nothing to do.
    await h.db.query(`UPDATE notifications SET status = 'sent', sent_at = now(), locked_until = NULL WHERE id = $1`, [held.id]);
    const jobs = worker.get(Queues).mail;
    for (const row of [done, held]) {
      const job = await h.waitFor(async () => {
        const found = await jobs.getJob(mailJobId({ key: row.key, generation: 0 }));
        return found && (await found.getState()) === 'completed' ? found : null;
      }, `the job of ${row.key} to complete`);
      expect(job.returnvalue).toBe('skipped');
    }

    const after = await outbox(h);
    const failed = after.filter((x) => x.status === 'failed');
    expect(failed).toHaveLength(1);
    const failedRow = failed[0]!;
    expect(failedRow).toMatchObject({ attempts: 1, last_error: expect.stringMatching(/^SMTP 550/) });
    // Claimed by nobody here: the batch that held them took only its own rows.
    expect(after.filter((x) => x.id === done.id || x.id === held.id).map((x) => [x.status, x.attempts])).toEqual([
      ['sent', 0],
      ['sent', 0],
    ]);
    const others = after.filter((x) => ![done.id, held.id, failedRow.id].includes(x.id));
    expect(others.map((x) => [x.status, x.attempts])).toEqual(others.map(() => ['sent', 1]));
    expectEachOnce(
      h,
      others.map((x) => x.id),
    );
    const strays = h.sink.received.filter((m) => [done.id, held.id, failedRow.id].includes(m.notificationId));
    expect(strays).toEqual([]);
  });
});

describe('two workers at once', () => {
  let h: RemindersHarness;
  beforeAll(async () => {
    h = await startReminders({ now: at('2026-11-20', '10:00'), workers: 2 });
  });
  afterAll(() => h.close());

  it('sweep once between them and share the deliveries, each mail once', async () => {
    await publishSpread(h, '2026-12-04');
    h.clock.set(at('2026-11-27'));
    const [a, b] = await Promise.all([h.sweep(h.worker(0)), h.sweep(h.worker(1))]);
    expect([a.locked, b.locked].filter(Boolean)).toHaveLength(1);
    expect(a.mails + b.mails).toBeGreaterThanOrEqual(UNITS.length);
    // Sweeping again, from either, adds nothing.
    const again = await Promise.all([h.sweep(h.worker(0)), h.sweep(h.worker(1))]);
    expect(again[0].mails + again[1].mails).toBe(0);
    await settled(h);
    const rows = await outbox(h);
    expect(rows.every((x) => x.status === 'sent')).toBe(true);
    expectEachOnce(
      h,
      rows.map((x) => x.id),
    );
  });
});

describe('Redis restarted mid-run (losing every job)', () => {
  let h: RemindersHarness;
  let redis: ChildProcess;
  let port: number;
  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], { stdio: 'ignore' });
    await waitPort(port);
  };
  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    // One delivery at a time, so that Redis dies with jobs still waiting in it.
    h = await startReminders({ now: at('2026-11-20', '10:00'), env: { REDIS_URL: `redis://127.0.0.1:${port}` }, tuning: { mailConcurrency: 1 } });
  });
  afterAll(async () => {
    await h.close();
    redis.kill('SIGKILL');
  });

  it('rebuilds the lost work from PostgreSQL, nothing sent twice; the probe shows the stall', async () => {
    await publishSpread(h, '2026-12-04');
    const runtime = h.worker().get(RuntimeService);
    expect(await runtime.probe()).toBe(true);
    // Slow SMTP, so that Redis dies with deliveries queued and running.
    h.sink.beforeAccept = () => new Promise((r) => setTimeout(r, 150));
    h.clock.set(at('2026-11-27'));
    const r = await h.sweep();
    await h.waitFor(() => h.sink.received.length > UNITS.length + 1, 'the first deliveries');
    redis.kill('SIGKILL');
    await new Promise((res) => redis.once('exit', res));
    expect(await runtime.probe()).toBe(false);
    await startRedis();
    h.sink.beforeAccept = null;
    // The next sweeps, a few seconds apart, find rows that should be in flight but have no job, and queue them again.
    let recovered = 0;
    await h.waitFor(
      async () => {
        h.clock.advance(2000);
        recovered += (await h.sweep()).recovered;
        return Number((await h.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending')`))[0].n) === 0;
      },
      'the outbox to drain after the restart',
      20_000,
    );
    expect(recovered).toBeGreaterThan(0);
    const rows = await outbox(h);
    expect(rows).toHaveLength(r.mails);
    expect(rows.every((x) => x.status === 'sent')).toBe(true);
    expectEachOnce(
      h,
      rows.map((x) => x.id),
    );
    await h.waitFor(() => runtime.probe(), 'the probe to pass again', 10_000);
  });
});

describe('PostgreSQL briefly unreachable', () => {
  let h: RemindersHarness;
  let proxy: PgProxy;
  beforeAll(async () => {
    h = await startReminders({ now: at('2026-11-20', '10:00'), workers: 0 });
    proxy = await startPgProxy();
    const url = new URL(h.config.databaseUrl);
    url.port = String(proxy.port);
    await h.startWorker({}, { databaseUrl: url.toString() });
  });
  afterAll(async () => {
    await h.close();
    await proxy.close();
  });

  it('deliveries wait and retry through the outage; each mail once', async () => {
    await publishSpread(h, '2026-12-04');
    h.sink.beforeAccept = () => new Promise((r) => setTimeout(r, 60));
    h.clock.set(at('2026-11-27'));
    const r = await h.sweep();
    await h.waitFor(() => h.sink.received.length > UNITS.length + 2, 'the first deliveries');
    proxy.cut();
    await new Promise((res) => setTimeout(res, 1500));
    proxy.restore();
    h.sink.beforeAccept = null;
    await settled(h, 30_000);
    const rows = await outbox(h);
    expect(rows).toHaveLength(r.mails);
    expect(rows.every((x) => x.status === 'sent')).toBe(true);
    expectEachOnce(
      h,
      rows.map((x) => x.id),
    );
    expect(proxy.cuts).toBeGreaterThan(0);
  });
});

describe('a worker process killed (SIGKILL) between the SMTP accept and the database mark', () => {
  let h: RemindersHarness;
  let doomed: WorkerProcess | null = null;
  beforeAll(async () => {
    h = await startReminders({ now: at('2026-11-20', '10:00') });
  });
  afterAll(async () => {
    doomed?.process.kill('SIGKILL');
    await h.close();
  });

  it('repeats only the mail that was in that window, once, when another worker takes the job over', async () => {
    await h.publish([{ unit: 'GDDT', text: 'Tổng kết năm học', deadline: '2026-12-04' }]);
    await settled(h);
    // The in-process worker only plans from here on; the mail is delivered by a real process.
    await h.worker().get(RuntimeService).crash();
    const child = (doomed = startWorkerProcess(h, { ...FAST_TUNING, schedule: false, mailConcurrency: 1, name: 'doomed' }));
    await child.ready;

    // The SMTP server takes the message and answers 250 to a worker frozen just before it can read
    // the answer, which is then killed: the mail is out, its row still says `sending`.
    let inWindow: string | null = null;
    h.sink.beforeAccept = async (mail) => {
      if (inWindow) return;
      inWindow = mail.notificationId;
      child.process.kill('SIGSTOP');
    };
    h.clock.set(at('2026-11-27'));
    expect((await h.sweep()).mails).toBe(2);
    await h.waitFor(() => inWindow && h.sink.received.some((m) => m.notificationId === inWindow), 'a mail accepted by SMTP');
    child.process.kill('SIGKILL');
    expect(await child.exited).toBe('SIGKILL');
    const [row] = await h.db.query('SELECT status FROM notifications WHERE id = $1', [inWindow]);
    expect(row.status).toBe('sending');

    // Time passes beyond the row's lease (the job's lock runs out on Redis's own clock).
    h.clock.advance(60_000);
    const started = Date.now();
    await h.startWorker({ name: 'successor' });
    await settled(h, 20_000);
    const rows = await outbox(h);
    expect(rows.every((x) => x.status === 'sent')).toBe(true);
    const counts = rows.map((x) => ({ id: x.id, n: h.sink.received.filter((m) => m.notificationId === x.id).length }));
    // The one mail in the window went twice (same Message-ID, so clients can fold it); the other once.
    expect(counts.find((c) => c.id === inWindow)!.n).toBe(2);
    expect(counts.filter((c) => c.id !== inWindow).map((c) => c.n)).toEqual([1]);
    const copies = h.sink.received.filter((m) => m.notificationId === inWindow);
    expect(copies[1]!.messageId).toBe(copies[0]!.messageId);
    // It came again once the job's lock ran out (2 s here, 30 s by default) and the row's lease had passed.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

// --- helpers ------------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function waitPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on ${port}`);
}

interface PgProxy {
  port: number;
  cuts: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** A TCP proxy to the shared PostgreSQL that the test can cut: existing connections drop, new ones are refused. */
async function startPgProxy(): Promise<PgProxy> {
  const sockets = new Set<Socket>();
  let down = false;
  const server: Server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(5432, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const proxy: PgProxy = {
    port: (server.address() as { port: number }).port,
    cuts: 0,
    cut() {
      down = true;
      proxy.cuts++;
      for (const s of sockets) s.destroy();
    },
    restore() {
      down = false;
    },
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
  return proxy;
}

interface WorkerProcess {
  process: ChildProcess;
  ready: Promise<void>;
  exited: Promise<NodeJS.Signals | number | null>;
}

/** The worker in a child process, on the harness's database, Redis prefix and SMTP sink. */
function startWorkerProcess(h: RemindersHarness, tuning: Partial<WorkerTuning>): WorkerProcess {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/support/worker-process.ts'], {
    cwd: join(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: h.config.databaseUrl,
      REDIS_URL: h.config.redisUrl,
      QUEUE_PREFIX: h.config.queuePrefix,
      SMTP_URL: h.sink.url,
      APP_URL: h.config.appUrl,
      WORKER_HEALTH_PORT: '0',
      DONDOC_TEST_WORKER_TUNING: JSON.stringify(tuning),
      DONDOC_TEST_NOW: h.clock.now().toISOString(),
    },
  });
  let output = '';
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('ready\n')) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    void exited.then((how) => reject(new Error(`the worker process ended (${how}) before it was ready:\n${output}`)));
  });
  return { process: child, ready, exited };
}
