import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { AppConfig } from '@dondoc/config';
import type { ManualClock } from '@dondoc/domain';
import { DirectiveDraftsService } from '../apps/api/src/directives/directive-drafts.service';
import type { CurrentUser } from '../apps/api/src/common/current-user';
import { DeliveryService } from '../apps/worker/src/delivery.service';
import { Queues } from '@dondoc/queue';
import { RuntimeService } from '../apps/worker/src/runtime.service';
import { SweepService } from '../apps/worker/src/sweep.service';
import { WorkerModule } from '../apps/worker/src/worker.module';
import type { WorkerTuning } from '../apps/worker/src/worker-options';
import { startApi, type ApiHarness } from './support/api-harness';
import { present } from './support/present';
import { runId } from './support/test-services';

/* Reminder tests: the real API and worker on one database, a real SMTP server on loopback, one clock. */

export interface ReceivedMail {
  to: string[];
  subject: string;
  messageId: string;
  /** The outbox row's id, from the Message-ID. */
  notificationId: string;
  text: string;
  html: string;
  raw: string;
}

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** The next `count` messages get this SMTP reply after DATA instead of 250. */
  reject(code: number, count: number): void;
  /** Called when a message has been read, before the server answers 250. */
  beforeAccept: ((mail: ReceivedMail) => Promise<void>) | null;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let rejections: { code: number; left: number } | null = null;
  const sink: SmtpSink = {
    port: 0,
    url: '',
    received: [],
    beforeAccept: null,
    reject(code, count) {
      rejections = { code, left: count };
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (rejections && rejections.left > 0) {
          rejections.left--;
          const err = Object.assign(new Error(rejections.code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: rejections.code });
          callback(err);
          return;
        }
        const mail = parseMail(
          Buffer.concat(chunks).toString('utf8'),
          session.envelope.rcptTo.map((r) => r.address),
        );
        const accept = () => {
          sink.received.push(mail);
          callback();
        };
        if (sink.beforeAccept) void sink.beforeAccept(mail).then(accept, accept);
        else accept();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  sink.port = (server.server.address() as { port: number }).port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  return sink;
}

/** Just enough MIME to read what nodemailer writes: encoded-word headers, QP or base64 parts. */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const [head = ''] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const subject = decodeWords(headers.get('subject') ?? '');
  const messageId = headers.get('message-id') ?? '';
  const part = (type: string) => {
    const match = new RegExp(`Content-Type: ${type}[^\\n]*\\r?\\n((?:[A-Za-z-]+:[^\\n]*\\r?\\n)*)\\r?\\n([\\s\\S]*?)(?:\\r?\\n--|$)`, 'i').exec(raw);
    if (!match) return '';
    // Both groups always take part in a match (each may be empty).
    const [, partHeaders = '', body = ''] = match;
    const encoding = /Content-Transfer-Encoding:\s*(\S+)/i.exec(partHeaders)?.[1]?.toLowerCase();
    if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (encoding === 'quoted-printable') return decodeQp(body);
    return body;
  };
  return { to, subject, messageId, notificationId: /<([^@]+)@/.exec(messageId)?.[1] ?? '', text: part('text/plain'), html: part('text/html'), raw };
}

function decodeQp(encoded: string): string {
  const bytes: number[] = [];
  const input = encoded.replace(/=\r?\n/g, '');
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=' && /^[0-9A-F]{2}$/i.test(input.slice(i + 1, i + 3))) {
      bytes.push(parseInt(input.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(input.charAt(i), 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' ')),
    );
}

export interface PublishedTask {
  unit: string;
  text: string;
  deadline: string | null;
  coordinating?: readonly string[];
}

/** One id for each task published, in the same places. */
type TaskIds<Tasks extends readonly unknown[]> = { -readonly [Index in keyof Tasks]: string };

export interface RemindersHarness {
  api: ApiHarness;
  db: DataSource;
  clock: ManualClock;
  sink: SmtpSink;
  config: AppConfig;
  workers: INestApplicationContext[];
  /** The worker started `index`-th (the first by default); a test that asks for one it did not start fails here. */
  worker(index?: number): INestApplicationContext;
  startWorker(tuning?: Partial<WorkerTuning>, configOverride?: Partial<AppConfig>): Promise<INestApplicationContext>;
  sweep(worker?: INestApplicationContext): ReturnType<SweepService['run']>;
  people: Record<'admin' | 'clerk' | 'leader' | 'deputy' | 'noivu' | 'tckh' | 'gddt' | 'gddtStaff', CurrentUser>;
  units: Record<string, string>;
  /** The tasks' ids, in the order given: one id for each task, so `const [a, b] = await h.publish([…, …])` are both there. */
  publish<const Tasks extends readonly PublishedTask[]>(tasks: Tasks, options?: { leader?: 'leader' | 'deputy' }): Promise<TaskIds<Tasks>>;
  waitFor<T>(fn: () => Promise<T | null | undefined | false> | T | null | undefined | false, what: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** A moment in Vietnam (UTC+7, no summer time), `local` as `HH:MM`, as the ISO instant the injected clock takes. */
export function vietnamTime(date: string, local: string): string {
  const hours = +local.slice(0, 2);
  const minutes = +local.slice(3, 5);
  return new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), hours - 7, minutes)).toISOString();
}

export const FAST_TUNING: Partial<WorkerTuning> = {
  schedule: false,
  lockDurationMs: 2000,
  stalledIntervalMs: 1000,
  retryDelayMs: 100,
  leaseMs: 2000,
  recoverAfterMs: 1000,
  markRetryMs: 8000,
  probeIntervalMs: 0,
  probeTimeoutMs: 1500,
  shutdownTimeoutMs: 3000,
  healthPort: null,
};

/**
 * The API (seeded, its demo tasks cancelled so only a test's own tasks are chased), an SMTP sink,
 * and worker(s) on the same database, Redis prefix of its own, and clock.
 */
export async function startReminders(
  options: { now: string; window?: string; smtp?: boolean; tuning?: Partial<WorkerTuning>; workers?: number; env?: Record<string, string> } = {
    now: '2026-11-26T00:30:00Z',
  },
): Promise<RemindersHarness> {
  const sink = await startSmtpSink();
  const prefix = `{dondoc-test-${runId()}-${randomBytes(3).toString('hex')}}`;
  const api = await startApi({
    now: options.now,
    env: {
      QUEUE_PREFIX: prefix,
      REMINDER_WINDOW: options.window ?? '07:30',
      APP_URL: 'https://dondoc.example',
      ...(options.smtp === false ? {} : { SMTP_URL: sink.url }),
      ...options.env,
    },
  });
  const db = api.app.get<DataSource>(getDataSourceToken());
  await db.query(`UPDATE tasks SET status = 'cancelled', cancelled_at = now()`);
  await db.query('DELETE FROM notifications');
  const config = api.config;
  const workers: INestApplicationContext[] = [];
  const users: { id: string; email: string; name: string; role: CurrentUser['role']; unit_id: string | null }[] = await db.query(
    'SELECT id, email, name, role, unit_id FROM users',
  );
  const person = (email: string): CurrentUser => {
    const u = users.find((x) => x.email === email)!;
    return { id: u.id, email: u.email, name: u.name, role: u.role, unitId: u.unit_id };
  };
  const units = Object.fromEntries((await db.query('SELECT code, id FROM units')).map((u: { code: string; id: string }) => [u.code, u.id]));
  const people = {
    admin: person('admin@dondoc.local'),
    clerk: person('vanphong@dondoc.local'),
    leader: person('chutich@dondoc.local'),
    deputy: person('phochutich@dondoc.local'),
    noivu: person('truongphong.noivu@dondoc.local'),
    tckh: person('truongphong.tckh@dondoc.local'),
    gddt: person('truongphong.gddt@dondoc.local'),
    gddtStaff: person('chuyenvien.gddt@dondoc.local'),
  };
  const h: RemindersHarness = {
    api,
    db,
    clock: api.clock,
    sink,
    config,
    workers,
    people,
    units,
    async startWorker(tuning = {}, configOverride = {}) {
      const worker = await NestFactory.createApplicationContext(
        WorkerModule.register(
          { ...config, ...configOverride },
          { clock: api.clock, tuning: { ...FAST_TUNING, ...options.tuning, name: `test-worker-${workers.length + 1}`, ...tuning } },
        ),
        { logger: false },
      );
      await worker.init();
      workers.push(worker);
      return worker;
    },
    worker(index = 0) {
      return present(workers[index], `worker ${index + 1} of ${workers.length}`);
    },
    sweep(worker = h.worker()) {
      return worker.get(SweepService).run();
    },
    async publish<const Tasks extends readonly PublishedTask[]>(tasks: Tasks, opts: { leader?: 'leader' | 'deputy' } = {}) {
      const directives = api.app.get(DirectiveDraftsService);
      const created = await directives.create(
        {
          number: String(Math.floor(Math.random() * 900) + 100),
          symbol: 'TB-UBND',
          docType: 'Thông báo',
          issuer: 'UBND huyện',
          date: '2026-11-20',
          title: 'Kết luận giao ban',
          signer: null,
          recipients: [],
          leaderInChargeId: people[opts.leader ?? 'leader'].id,
          clerkId: people.clerk.id,
          assignments: tasks.map((t) => ({
            unitText: t.unit,
            unitIds: [units[t.unit]],
            group: false,
            coordinating: (t.coordinating ?? []).map((c) => ({ text: c, unitId: units[c] })),
            tasks: [{ text: t.text, deadline: t.deadline, deadlineText: null, coordinating: [], recurrence: null, recurrenceText: null }],
          })),
        } as never,
        people.clerk,
      );
      await directives.publish(created.id, people.clerk);
      const rows: { id: string; text: string }[] = await db.query('SELECT id, text FROM tasks WHERE directive_id = $1', [created.id]);
      return tasks.map((t) => rows.find((r) => r.text === t.text)!.id) as TaskIds<Tasks>;
    },
    async waitFor(fn, what, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const v = await fn();
        if (v) return v as never;
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      // Leave nothing of this test in the shared Redis.
      const cleaner = new Queues(config.redisUrl, config.queuePrefix);
      for (const w of workers) await w.close().catch(() => undefined);
      await Promise.allSettled([cleaner.mail.obliterate({ force: true }), cleaner.reminders.obliterate({ force: true })]);
      await cleaner.connection.del(`${config.queuePrefix}:stats:sweep`).catch(() => undefined);
      await cleaner.close();
      await api.close();
      await sink.close();
    },
  };
  for (let i = 0; i < (options.workers ?? 1); i++) await h.startWorker();
  return h;
}

export { DeliveryService, RuntimeService, SweepService };
