import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate, RecipientTarget, ResolvedRecipient } from '@dondoc/domain';
import type { Notification, NotificationItem, NotificationKind, NotificationStatus } from '../entities';
import { pageOf, returned, runner, type Page, type Tx } from './executor';

export interface NewNotification {
  key: string;
  kind: NotificationKind;
  recipientUserId: string | null;
  /** Where the role resolves to now; null when nobody holds it (looked up again as the mail leaves). */
  recipientEmail: string | null;
  recipientName: string | null;
  /** Whom a mail of one recipient is for; a mail listing tasks names it per item (`items[].to`). */
  target?: RecipientTarget | null;
  windowId: string | null;
  items: NotificationItem[];
  payload?: Record<string, unknown> | null;
  createdAt: Date;
  /** Planned before its window opens: held, with no delivery job, until then. */
  sendAfter?: Date | null;
  /**
   * The recipient's digest of this window is written already and still held: its id. Nothing new is
   * inserted; the items of the steps that are new are added to that digest.
   */
  heldId?: string;
}

export interface NewStep {
  taskId: string;
  track: string;
  step: string;
  deadlineVersion: number;
  dueOn: IsoDate | null;
  daysOverdue: number;
  /** Keys of the mails (in the same write) that carry the step. */
  notificationKeys: string[];
}

/** A row to queue: its id, and what its job id is made of. */
export interface OutboxRow {
  id: string;
  key: string;
  generation: number;
}

/** A row as its delivery reads it. */
export type ClaimedMail = Pick<
  Notification,
  'id' | 'key' | 'kind' | 'recipientUserId' | 'recipientEmail' | 'recipientName' | 'target' | 'windowId' | 'items' | 'payload' | 'attempts'
>;

/** A task's line left out of a mail because nobody holds the role it was for, and why. */
export interface UnsentItem {
  taskId: string;
  track: string;
  step: string;
  reason: string;
}

export interface SentMark {
  id: string;
  subject: string;
  messageId: string;
  /** Whom it went to, looked up as it left: the record keeps the address it actually reached. */
  recipient: ResolvedRecipient;
  /** The items the mail listed, when some of the planned ones left it; null keeps them. */
  items: NotificationItem[] | null;
  /** Lines left out because nobody holds their role (kept in the payload, for the task's ledger). */
  unsent: UnsentItem[];
}

/** Part of a mail whose lines now resolve to someone else: a mail of its own to that person. */
export interface SplitMail {
  key: string;
  recipient: ResolvedRecipient;
  items: NotificationItem[];
}

/** One row of the admins' outbox list. */
export interface OutboxListItem {
  id: string;
  kind: NotificationKind;
  key: string;
  recipientEmail: string | null;
  recipientName: string | null;
  status: NotificationStatus;
  subject: string | null;
  error: string | null;
  attempts: number;
  sentAt: Date | null;
  sendAfter: Date | null;
  createdAt: Date;
  step: string | null;
  taskIds: string[];
}

export interface CaughtMailItem {
  id: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  createdAt: Date;
  notificationId: string | null;
}

export function outboxKey(...parts: (string | number)[]): string {
  return parts.map((p) => String(p).toLowerCase()).join('|');
}

/**
 * The outbox: one row per mail to one recipient, written in the transaction of the change it tells
 * of, then queued. Times that decide what is due or stale come from the caller's clock.
 */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Writes mails and the plan steps they carry in the caller's transaction. Keys are unique: a mail
   * whose key exists is not written again (ON CONFLICT DO NOTHING), a step already recorded for the
   * task, track, step and deadline version is not recorded again, and a mail left with no new step
   * is dropped. A held digest (`heldId`) gets the items of its new steps added. Returns the rows
   * written, to be queued once the transaction commits (unless they are held).
   */
  async write(tx: Tx, notifications: NewNotification[], steps: NewStep[]): Promise<OutboxRow[]> {
    if (!notifications.length) return [];
    const fresh = notifications.filter((n) => !n.heldId);
    const ids = new Map(fresh.map((n) => [n.key, randomUUID()]));
    const created: { id: string; key: string }[] = fresh.length
      ? await tx.query(
          `INSERT INTO notifications (id, key, kind, recipient_user_id, recipient_email, recipient_name, target, window_id, items, payload, created_at, send_after, updated_at)
       SELECT id, key, kind, recipient_user_id, recipient_email, recipient_name, target, window_id, items, payload, created_at, send_after, created_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, key text, kind text, recipient_user_id uuid, recipient_email text,
              recipient_name text, target jsonb, window_id text, items jsonb, payload jsonb, created_at timestamptz, send_after timestamptz)
       ON CONFLICT (key) DO NOTHING
       RETURNING id, key`,
          [
            JSON.stringify(
              fresh.map((n) => ({
                id: ids.get(n.key),
                key: n.key,
                kind: n.kind,
                recipient_user_id: n.recipientUserId,
                recipient_email: n.recipientEmail,
                recipient_name: n.recipientName,
                target: n.target ?? null,
                window_id: n.windowId,
                items: n.items,
                payload: n.payload ?? null,
                created_at: n.createdAt.toISOString(),
                send_after: n.sendAfter?.toISOString() ?? null,
              })),
            ),
          ],
        )
      : [];
    const createdIds = new Map(created.map((r) => [r.key, r.id]));
    const held = notifications.filter((n): n is NewNotification & { heldId: string } => !!n.heldId);
    for (const n of held) createdIds.set(n.key, n.heldId);
    const stepRows = steps
      .map((s) => ({ ...s, ids: s.notificationKeys.map((k) => createdIds.get(k)).filter((id): id is string => !!id) }))
      .filter((s) => s.ids.length > 0);
    const inserted: { task_id: string; track: string; step: string }[] = [];
    for (let i = 0; i < stepRows.length; i += 20_000) {
      const chunk = stepRows.slice(i, i + 20_000);
      // Parallel arrays rather than one JSON document: nothing to parse per row (a fifth faster on 100,000 steps).
      inserted.push(
        ...(await tx.query(
          `INSERT INTO reminder_steps (task_id, track, step, deadline_version, due_on, days_overdue, notification_ids)
         SELECT task_id, track, step, v, due_on, days_overdue, ids::uuid[]
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::date[], $6::int[], $7::text[])
                AS x(task_id, track, step, v, due_on, days_overdue, ids)
         ON CONFLICT (task_id, track, step, deadline_version) DO NOTHING
         RETURNING task_id, track, step`,
          [
            chunk.map((s) => s.taskId),
            chunk.map((s) => s.track),
            chunk.map((s) => s.step),
            chunk.map((s) => s.deadlineVersion),
            chunk.map((s) => s.dueOn),
            chunk.map((s) => s.daysOverdue),
            chunk.map((s) => `{${s.ids.join(',')}}`),
          ],
        )),
      );
    }
    const isNew = new Set(inserted.map((r) => `${r.task_id}|${r.track}|${r.step}`));
    const additions = held
      .map((n) => ({ id: n.heldId, items: n.items.filter((it) => isNew.has(`${it.taskId}|${it.track}|${it.step}`)), at: n.createdAt }))
      .filter((a) => a.items.length > 0);
    if (additions.length) {
      await tx.query(
        `UPDATE notifications n SET items = n.items || x.items, updated_at = x.at
           FROM unnest($1::uuid[], $2::jsonb[], $3::timestamptz[]) AS x(id, items, at) WHERE n.id = x.id`,
        [additions.map((a) => a.id), additions.map((a) => JSON.stringify(a.items)), additions.map((a) => a.at)],
      );
    }
    // A mail must carry at least one step that was new; one whose steps were all sent before goes.
    // (A mail that carries no step at all, such as a weekly summary, stands on its own key.)
    const carrying = new Set<string>();
    const referenced = new Set(steps.flatMap((s) => s.notificationKeys));
    for (const r of created) if (!referenced.has(r.key)) carrying.add(r.id);
    for (const s of stepRows) if (isNew.has(`${s.taskId}|${s.track}|${s.step}`)) s.ids.forEach((id) => carrying.add(id));
    const empty = created.filter((r) => !carrying.has(r.id)).map((r) => r.id);
    if (empty.length) await tx.query('DELETE FROM notifications WHERE id = ANY($1::uuid[])', [empty]);
    return created.filter((r) => carrying.has(r.id)).map((r) => ({ id: r.id, key: r.key, generation: 0 }));
  }

  /** Of these keys, the digests still held for their window (key → id) and the ones already made. */
  async existingKeys(tx: Tx, keys: string[]): Promise<{ held: Map<string, string>; made: Set<string> }> {
    const held = new Map<string, string>();
    const made = new Set<string>();
    for (let i = 0; i < keys.length; i += 20_000) {
      const rows: { id: string; key: string; held: boolean }[] = await tx.query(
        `SELECT id, key, send_after IS NOT NULL AND status = 'pending' AS held FROM notifications WHERE key = ANY($1::text[])`,
        [keys.slice(i, i + 20_000)],
      );
      for (const r of rows) r.held ? held.set(r.key, r.id) : made.add(r.key);
    }
    return { held, made };
  }

  /** The held mails whose time has come, to be queued now that their window is open (ones whose window was missed, too). */
  async releaseHeld(tx: Tx, now: Date): Promise<OutboxRow[]> {
    return returned<OutboxRow>(
      await tx.query(
        `UPDATE notifications SET send_after = NULL, updated_at = $1 WHERE send_after IS NOT NULL AND send_after <= $1 AND status = 'pending'
       RETURNING id, key, generation`,
        [now],
      ),
    );
  }

  /**
   * Each id gets its row if this delivery took it: pending, or sending with its lease run out. The
   * row becomes `sending` under a lease of `leaseMs`.
   */
  async claim(ids: readonly string[], now: Date, leaseMs: number): Promise<(ClaimedMail | null)[]> {
    const claimed = returned<ClaimedMail>(
      await this.db.query(
        `UPDATE notifications SET status = 'sending', attempts = attempts + 1, locked_until = $2::timestamptz + $3::interval, updated_at = $2
        WHERE id = ANY($1::uuid[]) AND (status = 'pending' OR (status = 'sending' AND (locked_until IS NULL OR locked_until < $2)))
        RETURNING id, key, kind, recipient_user_id AS "recipientUserId", recipient_email AS "recipientEmail", recipient_name AS "recipientName", target,
                  window_id AS "windowId", items, payload, attempts`,
        [ids, now, `${leaseMs} milliseconds`],
      ),
    );
    const byId = new Map(claimed.map((n) => [n.id, n]));
    // Two jobs of one row in the same batch: only the first has it, the other finds it busy.
    return ids.map((id) => {
      const n = byId.get(id) ?? null;
      byId.delete(id);
      return n;
    });
  }

  async status(id: string): Promise<NotificationStatus | null> {
    const [row]: { status: NotificationStatus }[] = await this.db.query('SELECT status FROM notifications WHERE id = $1', [id]);
    return row?.status ?? null;
  }

  /**
   * Sent: to the address it reached, with the items it listed, so each task's ledger tells whether
   * it was in it and to whom it went; lines nobody held the role of are kept with the reason.
   */
  async markSent(marks: readonly SentMark[], now: Date, tx?: Tx): Promise<void> {
    await runner(this.db, tx).query(
      `UPDATE notifications n SET status = 'sent', sent_at = $1, subject = x.subject, message_id = x.message_id, items = COALESCE(x.items::jsonb, n.items),
              recipient_user_id = x.user_id, recipient_email = x.email, recipient_name = x.name,
              payload = CASE WHEN x.unsent IS NULL THEN n.payload ELSE COALESCE(n.payload, '{}'::jsonb) || jsonb_build_object('unsent', x.unsent::jsonb) END,
              locked_until = NULL, last_error = NULL, updated_at = $1
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[], $9::text[])
              AS x(id, subject, message_id, items, user_id, email, name, unsent)
        WHERE n.id = x.id`,
      [
        now,
        marks.map((m) => m.id),
        marks.map((m) => m.subject),
        marks.map((m) => m.messageId),
        marks.map((m) => (m.items ? JSON.stringify(m.items) : null)),
        marks.map((m) => m.recipient.userId),
        marks.map((m) => m.recipient.email),
        marks.map((m) => m.recipient.name),
        marks.map((m) => (m.unsent.length ? JSON.stringify(m.unsent) : null)),
      ],
    );
  }

  /**
   * A mail whose lines now resolve to more than one person (a unit's head changed, and the planned
   * recipient still holds another of its roles): the row keeps `keep`, and each other person gets a
   * row of its own, carrying the same steps (so each task's ledger finds it), queued by the caller.
   * In one transaction, before anything is sent: a retry finds the row already narrowed.
   */
  async split(
    tx: Tx,
    row: Pick<ClaimedMail, 'id' | 'kind' | 'windowId' | 'payload'>,
    keep: NotificationItem[],
    others: SplitMail[],
    now: Date,
  ): Promise<OutboxRow[]> {
    await tx.query('UPDATE notifications SET items = $2::jsonb, updated_at = $3 WHERE id = $1', [row.id, JSON.stringify(keep), now]);
    const created: OutboxRow[] = [];
    for (const o of others) {
      const [made] = returned<OutboxRow>(
        await tx.query(
          `INSERT INTO notifications (key, kind, recipient_user_id, recipient_email, recipient_name, window_id, items, payload, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $9)
         ON CONFLICT (key) DO NOTHING RETURNING id, key, generation`,
          [
            o.key,
            row.kind,
            o.recipient.userId,
            o.recipient.email,
            o.recipient.name,
            row.windowId,
            JSON.stringify(o.items),
            row.payload ? JSON.stringify(row.payload) : null,
            now,
          ],
        ),
      );
      if (!made) continue;
      created.push(made);
      await tx.query(
        `UPDATE reminder_steps r SET notification_ids = array_replace(r.notification_ids, $5::uuid, $1::uuid)
           FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(task_id, track, step)
          WHERE r.task_id = x.task_id AND r.track = x.track AND r.step = x.step AND $5::uuid = ANY(r.notification_ids)`,
        [made.id, o.items.map((i) => i.taskId), o.items.map((i) => i.track), o.items.map((i) => i.step), row.id],
      );
    }
    return created;
  }

  async markSkipped(id: string, reason: string, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET status = 'skipped', items = '[]'::jsonb, last_error = $2, locked_until = NULL, updated_at = $3 WHERE id = $1`,
      [id, reason, now],
    );
  }

  async markFailed(id: string, error: string, subject: string | null, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET status = 'failed', last_error = $2, subject = COALESCE($3, subject), locked_until = NULL, updated_at = $4 WHERE id = $1`,
      [id, error, subject, now],
    );
  }

  /**
   * Not sent in its window: back to pending, held (no job) until `sendAfter`, the opening of the
   * window of `day`, when the sweep queues it again under a new generation (the job that held it
   * keeps the old job id).
   */
  async holdUntil(id: string, sendAfter: Date, day: IsoDate, now: Date): Promise<void> {
    // The mail now belongs to the window of `day`: a digest's or event mail's window, a summary's day of sending.
    await this.db.query(
      `UPDATE notifications SET status = 'pending', send_after = $2, locked_until = NULL, generation = generation + 1, updated_at = $3,
              window_id = CASE WHEN kind = 'weekly_summary' THEN window_id ELSE $4 END,
              payload = CASE WHEN kind = 'weekly_summary' THEN COALESCE(payload, '{}'::jsonb) || jsonb_build_object('sendOn', $4::text) ELSE payload END
        WHERE id = $1`,
      [id, sendAfter, now, day],
    );
  }

  /** A temporary error: back to pending for the job's next attempt. */
  async releaseForRetry(id: string, error: string, subject: string, now: Date): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET status = 'pending', locked_until = NULL, last_error = $2, subject = $3, updated_at = $4 WHERE id = $1 AND status = 'sending'`,
      [id, error, subject, now],
    );
  }

  /** Rows that should be in flight and have not moved for `olderThanMs`, with no lease running. */
  async stale(now: Date, olderThanMs: number): Promise<OutboxRow[]> {
    return this.db.query(
      `SELECT id, key, generation FROM notifications
        WHERE status IN ('pending', 'sending') AND send_after IS NULL AND updated_at < $1::timestamptz - $2::interval
          AND (locked_until IS NULL OR locked_until < $1)
        ORDER BY updated_at LIMIT 1000`,
      [now, `${olderThanMs} milliseconds`],
    );
  }

  /** A new generation (so a new job id) for a row still in flight; null when it has moved on meanwhile. */
  async nextGeneration(row: OutboxRow, now: Date): Promise<OutboxRow | null> {
    const bumped = returned<{ generation: number }>(
      await this.db.query(
        `UPDATE notifications SET generation = generation + 1, updated_at = $3 WHERE id = $1 AND generation = $2 AND status IN ('pending', 'sending')
       RETURNING generation`,
        [row.id, row.generation, now],
      ),
    );
    return bumped[0] ? { ...row, generation: bumped[0].generation } : null;
  }

  /**
   * Back to pending under a new generation, at once (a held digest too); a row being sent is left
   * alone. 'missing' when there is no such row, 'busy' when it is being sent.
   */
  async resend(id: string, now: Date): Promise<OutboxRow | 'missing' | 'busy'> {
    const rows = returned<OutboxRow>(
      await this.db.query(
        `UPDATE notifications SET status = 'pending', attempts = 0, last_error = NULL, locked_until = NULL, send_after = NULL, generation = generation + 1, updated_at = $2
        WHERE id = $1 AND status <> 'sending' RETURNING id, key, generation`,
        [id, now],
      ),
    );
    if (rows[0]) return rows[0];
    return (await this.status(id)) ? 'busy' : 'missing';
  }

  /** The outbox, newest first, optionally of one status. */
  async list(page: { limit: number; offset: number }, status?: NotificationStatus): Promise<Page<OutboxListItem>> {
    const rows: (OutboxListItem & { total: string })[] = await this.db.query(
      `SELECT n.id, n.kind, n.key, n.recipient_email AS "recipientEmail", n.recipient_name AS "recipientName", n.status, n.subject,
              n.last_error AS error, n.attempts, n.sent_at AS "sentAt", n.send_after AS "sendAfter", n.created_at AS "createdAt",
              (SELECT string_agg(DISTINCT i->>'step', ', ') FROM jsonb_array_elements(n.items) i) AS step,
              COALESCE((SELECT json_agg(DISTINCT i->>'taskId') FROM jsonb_array_elements(n.items) i), '[]') AS "taskIds",
              count(*) OVER () AS total
         FROM notifications n WHERE ($3::text IS NULL OR n.status = $3)
        ORDER BY n.created_at DESC, n.id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset, status ?? null],
    );
    return pageOf(rows);
  }

  async countByStatus(): Promise<{ status: NotificationStatus; count: number }[]> {
    return this.db.query('SELECT status, count(*)::int AS count FROM notifications GROUP BY status');
  }

  /** The built-in catcher keeps a mail: with the transaction that marks it sent, catching and marking are one write. */
  async catchMail(mail: { notificationId: string; to: string; from: string; subject: string; html: string; text: string }, tx?: Tx): Promise<void> {
    await runner(this.db, tx).query(`INSERT INTO caught_mails (notification_id, "to", "from", subject, html, text) VALUES ($1, $2, $3, $4, $5, $6)`, [
      mail.notificationId,
      [mail.to],
      mail.from,
      mail.subject,
      mail.html,
      mail.text,
    ]);
  }

  /** One caught mail's HTML, or null when there is no such mail. */
  async caughtMailHtml(id: string): Promise<string | null> {
    const rows: { html: string }[] = await this.db.query(`SELECT html FROM caught_mails WHERE id = $1`, [id]);
    return rows[0]?.html ?? null;
  }

  async caughtMails(page: { limit: number; offset: number }): Promise<Page<CaughtMailItem>> {
    const rows: (CaughtMailItem & { total: string })[] = await this.db.query(
      `SELECT id, "to", subject, html, text, created_at AS "createdAt", notification_id AS "notificationId", count(*) OVER () AS total
         FROM caught_mails ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
    return pageOf(rows);
  }
}
