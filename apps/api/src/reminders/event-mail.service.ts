import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import type { NotificationKind } from '@dondoc/database';
import { mailJobId, outboxKey, unitPeople, writeOutbox, type NewNotification, type NewStep, type OutboxRow, type Recipient } from '@dondoc/mail';
import { createRedis, enqueueDeliveries, MAIL_QUEUE } from '@dondoc/queue';

interface EventTask {
  id: string;
  leadUnitId: string;
  coordinatingUnitIds: string[];
  deadline: string | null;
  deadlineVersion: number;
}

/**
 * Event mail (a new task, an extension decided, work returned) goes out at once, through the
 * same outbox as reminders: the rows are written in the caller's transaction, then queued.
 * Should queueing fail, the worker's sweep queues the rows it finds waiting.
 */
@Injectable()
export class EventMailService implements OnApplicationShutdown {
  private readonly logger = new Logger('event-mail');
  private readonly connection;
  private readonly queue: Queue;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.connection = createRedis(config.redisUrl, { lazyConnect: false });
    this.connection.on('error', () => undefined);
    this.queue = new Queue(MAIL_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    this.queue.on('error', () => undefined);
  }

  /** The heads of each task's lead and coordinating units learn of their new tasks: one mail each per directive. */
  async taskPublished(m: EntityManager, directiveId: string, now: Date): Promise<OutboxRow[]> {
    const tasks: EventTask[] = await m.query(
      `SELECT id, lead_unit_id AS "leadUnitId", coordinating_unit_ids AS "coordinatingUnitIds", to_char(deadline, 'YYYY-MM-DD') AS deadline,
              deadline_version AS "deadlineVersion"
         FROM tasks WHERE directive_id = $1`,
      [directiveId],
    );
    const units = await unitPeople(m, tasks.flatMap((t) => [t.leadUnitId, ...t.coordinatingUnitIds]));
    const mails = new Map<string, NewNotification>();
    const steps: NewStep[] = [];
    for (const t of tasks) {
      const heads = uniq([t.leadUnitId, ...t.coordinatingUnitIds].map((u) => units.get(u)?.head).filter((r): r is Recipient => !!r));
      const keys = heads.map((r) => outboxKey('published', directiveId, r.email));
      heads.forEach((r, i) => {
        let mail = mails.get(keys[i]);
        if (!mail) mails.set(keys[i], (mail = this.mail('task_published', keys[i], r, now, { directiveId })));
        mail.items.push({ taskId: t.id, track: 'event', step: 'published', kind: 'event', dueOn: t.deadline, daysOverdue: 0 });
      });
      if (keys.length) steps.push({ taskId: t.id, track: 'event', step: 'published', deadlineVersion: t.deadlineVersion, dueOn: t.deadline, daysOverdue: 0, notificationKeys: keys });
    }
    const payload = await m.query(
      `SELECT doc_type, number, symbol, to_char(date, 'DD/MM/YYYY') AS date, title FROM directives WHERE id = $1`, [directiveId],
    ) as { doc_type: string | null; number: string | null; symbol: string | null; date: string | null; title: string | null }[];
    const d = payload[0];
    const label = d ? [d.doc_type ?? 'Văn bản', d.number || d.symbol ? `số ${[d.number, d.symbol].filter(Boolean).join('/')}` : null, d.date ? `ngày ${d.date}` : null].filter(Boolean).join(' ') : null;
    for (const mail of mails.values()) mail.payload = { directive: label, directiveTitle: d?.title ?? null };
    return writeOutbox(m, [...mails.values()], steps);
  }

  /** The one who asked and the lead unit's head learn the leader's decision. */
  async extensionDecided(
    m: EntityManager, task: EventTask, request: { id: string; requestedById: string; requestedDeadline: string; previousDeadline: string | null },
    approved: boolean, note: string | null, now: Date,
  ): Promise<OutboxRow[]> {
    const units = await unitPeople(m, [task.leadUnitId]);
    const [requester] = await m.query('SELECT id, lower(email) AS email, name FROM users WHERE id = $1 AND active', [request.requestedById]) as { id: string; email: string; name: string }[];
    const to = uniq([requester ? { userId: requester.id, email: requester.email, name: requester.name } : null, units.get(task.leadUnitId)?.head].filter((r): r is Recipient => !!r));
    const kind: NotificationKind = approved ? 'extension_approved' : 'extension_rejected';
    // Approved, the task carries the deadline granted, which may differ from the one asked for.
    const payload = { newDeadline: approved ? task.deadline : request.requestedDeadline, previousDeadline: request.previousDeadline, requestedDeadline: request.requestedDeadline, deadline: task.deadline, note };
    return this.single(m, kind, `extension-${request.id}`, task, to, payload, now);
  }

  /** The lead unit's head learns that submitted work was sent back, and why. */
  async workReturned(m: EntityManager, task: EventTask & { version: number }, reason: string, now: Date): Promise<OutboxRow[]> {
    const units = await unitPeople(m, [task.leadUnitId]);
    const head = units.get(task.leadUnitId)?.head;
    return this.single(m, 'work_returned', `returned-v${task.version}`, task, head ? [head] : [], { reason }, now);
  }

  /** Queues rows after their transaction committed; a failure here only delays them until the next sweep. */
  async dispatch(rows: OutboxRow[]): Promise<void> {
    if (!rows.length) return;
    try {
      await enqueueDeliveries(this.queue, rows.map((r) => ({ id: r.id, jobId: mailJobId(r) })));
    } catch (err) {
      this.logger.warn(`Could not queue ${rows.length} mail(s) now (${(err as Error).message}); the worker's sweep will`);
    }
  }

  private async single(
    m: EntityManager, kind: NotificationKind, step: string, task: EventTask, to: Recipient[], payload: Record<string, unknown>, now: Date,
  ): Promise<OutboxRow[]> {
    const keys = to.map((r) => outboxKey(kind, task.id, step, r.email));
    const mails = to.map((r, i) => {
      const mail = this.mail(kind, keys[i], r, now, payload);
      mail.items.push({ taskId: task.id, track: 'event', step, kind: 'event', dueOn: task.deadline, daysOverdue: 0 });
      return mail;
    });
    return writeOutbox(m, mails, keys.length
      ? [{ taskId: task.id, track: 'event', step, deadlineVersion: task.deadlineVersion, dueOn: task.deadline, daysOverdue: 0, notificationKeys: keys }]
      : []);
  }

  private mail(kind: NotificationKind, key: string, r: Recipient, now: Date, payload: Record<string, unknown>): NewNotification {
    return { key, kind, recipientUserId: r.userId, recipientEmail: r.email, recipientName: r.name, windowId: null, items: [], payload, createdAt: now };
  }

  async enqueueAgain(row: OutboxRow): Promise<void> {
    await enqueueDeliveries(this.queue, [{ id: row.id, jobId: mailJobId(row) }]);
  }

  get redis() {
    return this.connection;
  }

  get mailQueue(): Queue {
    return this.queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    this.connection.disconnect();
  }
}

function uniq(list: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(r.email) ? false : (seen.add(r.email), true)));
}
