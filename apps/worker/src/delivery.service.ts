import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, type Job } from 'bullmq';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, withoutAddresses, type AppConfig } from '@dondoc/config';
import {
  effectiveSendWindow, effectiveWindowEnd, nextWindowDay, targetKey, type Clock, type IsoDate, type RecipientTarget, type ReminderPolicy, type Resolution,
  type ResolvedRecipient,
} from '@dondoc/domain';
import { localDate, localDateTime, localTime, type WorkingCalendar } from '@dondoc/calendar';
import {
  CalendarRepository, OutboxRepository, outboxKey, RecipientsRepository, ReminderSettingsRepository, type ClaimedMail, type NotificationItem, type SentMark,
  type SplitMail, type UnsentItem,
} from '@dondoc/database';
import { isPermanentMailError, MailRenderer, type MailSender, type RenderedMail } from '@dondoc/mail';
import { Queues, type DeliverJobData } from '@dondoc/queue';
import { BATCHING } from './batching';
import { MailViewService } from './mail-view.service';
import { MAIL_SENDER } from './tokens';
import { MetricsService } from './metrics.service';
import { WORKER_TUNING, type WorkerTuning } from './worker-options';

type Row = ClaimedMail & {
  /** Some of the digest's tasks left it at send time: the row is marked with the ones it listed. */
  itemsDropped?: boolean;
};

/** Whom a mail goes to as it leaves, and what of it goes: or why it goes to nobody. */
type Addressed =
  | { recipient: ResolvedRecipient; items: NotificationItem[] | null; unsent: UnsentItem[]; split: SplitMail[] }
  | { recipient: null; reason: string };

// How long a delivery trusts the policy and calendar it read (an admin's change reaches it within this).
const WINDOW_SETTINGS_MS = 5_000;

/** Another delivery holds the row (its lease has not run out): try again later. */
class RowBusyError extends Error {}

/**
 * A delivery job: take the outbox row (pending → sending, with a lease), render it, hand it to
 * SMTP, mark it sent at once. Temporary errors go back to pending and the job retries with
 * exponential backoff; permanent ones (5xx) mark it failed for an admin to see and resend.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('delivery');
  private windowCache: { policy: ReminderPolicy; calendar: WorkingCalendar; at: number } | null = null;
  private readonly claims = new DataLoader<string, Row | null>((ids) => this.claim(ids), BATCHING);
  private readonly resolutions = new DataLoader<RecipientTarget[], Map<string, Resolution>>(
    async (lists) => {
      const all = await this.recipients.resolve(lists.flat());
      return lists.map(() => all);
    }, BATCHING);
  private readonly sentMarks = new DataLoader<SentMark, void>(
    (marks) => this.outbox.markSent(marks, this.clock.now()).then(() => marks.map(() => undefined)), BATCHING);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly recipients: RecipientsRepository,
    private readonly queues: Queues,
    private readonly calendars: CalendarRepository,
    private readonly settings: ReminderSettingsRepository,
    private readonly renderer: MailRenderer,
    private readonly views: MailViewService,
    @Inject(MAIL_SENDER) private readonly sender: MailSender,
    private readonly metrics: MetricsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_TUNING) private readonly tuning: WorkerTuning,
  ) {}

  async handle(job: Job<DeliverJobData>): Promise<'sent' | 'skipped' | 'held'> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.deliver(job.data.notificationId, lastAttempt);
  }

  async deliver(id: string, lastAttempt = true): Promise<'sent' | 'skipped' | 'held'> {
    let n = await this.claims.load(id);
    if (!n) {
      const status = await this.outbox.status(id);
      if (status !== 'pending' && status !== 'sending') return 'skipped';
      throw new RowBusyError(`notification ${id} is being sent by another delivery`);
    }
    // Scheduled mail not sent by the time the morning window closes (SMTP retries, a worker down)
    // waits for the next working morning rather than arriving in the afternoon or at night.
    if (n.kind === 'digest' || n.kind === 'weekly_summary' || n.windowId !== null) {
      const next = await this.nextWindowIfEnded(plannedDay(n));
      if (next) {
        await this.outbox.holdUntil(n.id, next.opensAt, next.day, this.clock.now());
        return 'held';
      }
    }

    // Reading the tasks may fail with the database (retried: the lease keeps others off meanwhile);
    // a template that cannot render is permanent.
    let view: object;
    let addressed: Addressed;
    if (n.kind === 'weekly_summary') {
      addressed = await this.address(n);
      if (!addressed.recipient) return this.skip(n, addressed.reason);
      n = { ...n, recipientName: addressed.recipient.name };
      view = await this.views.view(n);
    } else {
      const { lines, live } = await this.views.lines(n);
      if (n.kind === 'digest') {
        // The digest was planned at the sweep; a task finished, cancelled or given a new deadline
        // since then leaves it, and a digest left with nothing is not sent at all.
        const items = n.items.filter((i) => live.has(i.taskId));
        if (!items.length) return this.skip(n, 'Không gửi: mọi nhiệm vụ trong thư đã xong, bị huỷ hoặc được đổi hạn trước giờ gửi');
        if (items.length < n.items.length) n = { ...n, items, itemsDropped: true };
      }
      // Who holds each role now: the mail goes to them, not to whoever held it when it was planned.
      addressed = await this.address(n);
      if (!addressed.recipient) return this.skip(n, addressed.reason);
      if (addressed.split.length) await this.splitOff(n, addressed.items ?? n.items, addressed.split);
      n = { ...n, recipientName: addressed.recipient.name, ...(addressed.items ? { items: addressed.items, itemsDropped: true } : {}) };
      view = this.views.taskView(n, lines);
    }
    const { recipient, unsent } = addressed;
    let mail: RenderedMail;
    try {
      mail = this.renderer.render(n.kind, view);
    } catch (err) {
      await this.markFailed(n, err);
      throw new UnrecoverableError(`render: ${(err as Error).message}`);
    }

    const outgoing = { to: recipient.email, subject: mail.subject, html: mail.html, text: mail.text, notificationId: n.id };
    let messageId: string;
    try {
      if (this.sender.name === 'catcher') {
        // Catching and marking are one transaction: nothing can repeat.
        await this.db.transaction(async (m) => {
          messageId = (await this.sender.send(outgoing, m)).messageId;
          await this.outbox.markSent([sentMark(n, mail.subject, messageId, recipient, unsent)], this.clock.now(), m);
        });
        this.metrics.sent.inc({ kind: n.kind });
        return 'sent';
      }
      messageId = (await this.sender.send(outgoing)).messageId;
    } catch (err) {
      const permanent = isPermanentMailError(err);
      if (permanent || lastAttempt) {
        await this.markFailed(n, err, mail.subject);
        if (permanent) throw new UnrecoverableError(describe(err));
        throw err;
      }
      this.metrics.retried.inc();
      await this.outbox.releaseForRetry(n.id, describe(err), mail.subject, this.clock.now())
        .catch(() => undefined); // the lease runs out anyway
      throw err;
    }

    // SMTP has the mail: from here to the mark is the one window that can repeat a mail (docs/reminders.md).
    await this.retrying(() => this.sentMarks.load(sentMark(n, mail.subject, messageId, recipient, unsent)));
    this.metrics.sent.inc({ kind: n.kind });
    return 'sent';
  }

  /**
   * When the window of `day` (the one the mail was planned for) has ended: the instant the next
   * one opens; null while it is still open or yet to open that day (an admin's resend before the
   * window goes at once), or when mail goes as soon as due.
   */
  private async nextWindowIfEnded(day: IsoDate): Promise<{ day: IsoDate; opensAt: Date } | null> {
    const { policy, calendar } = await this.windowSettings();
    const window = effectiveSendWindow(policy, this.config.reminderWindow);
    if (window === 'any') return null;
    const now = this.clock.now();
    const local = { date: localDate(now, this.config.timezone), time: localTime(now, this.config.timezone) };
    const end = effectiveWindowEnd(policy, window);
    const ended = day < local.date || (day === local.date && end !== null && local.time >= end);
    if (!ended) return null;
    const next = nextWindowDay(window, local, calendar);
    return { day: next, opensAt: localDateTime(next, window, this.config.timezone) };
  }

  /** The policy and calendar, read at most every few seconds: thousands of deliveries share them. */
  private async windowSettings(): Promise<{ policy: ReminderPolicy; calendar: WorkingCalendar }> {
    if (this.windowCache && Date.now() - this.windowCache.at < WINDOW_SETTINGS_MS) return this.windowCache;
    const [policy, calendar] = await Promise.all([this.settings.policy(), this.calendars.workingCalendar()]);
    this.windowCache = { policy, calendar, at: Date.now() };
    return this.windowCache;
  }

  /** Each id gets its row if this delivery took it (pending, or sending with its lease run out). */
  private claim(ids: readonly string[]): Promise<(Row | null)[]> {
    return this.outbox.claim(ids, this.clock.now(), this.tuning.leaseMs);
  }

  private async skip(n: Row, reason: string): Promise<'skipped'> {
    this.metrics.skipped.inc({ kind: n.kind });
    await this.outbox.markSkipped(n.id, reason, this.clock.now());
    return 'skipped';
  }

  /**
   * The address each of the mail's roles resolves to now. A mail for one role (an event, a summary)
   * goes to its holder or to nobody. A mail listing tasks goes to whoever holds each line's role:
   * the lines of the person it was planned for (else of the person most of them now reach) stay in
   * it, the others become a mail of their own, and a line whose role nobody holds is left out with
   * the reason. Rows written before roles were kept go where they were planned.
   */
  private async address(n: Row): Promise<Addressed> {
    if (n.target) {
      const resolved = (await this.resolutions.load([n.target])).get(targetKey(n.target));
      return resolved?.recipient ? { recipient: resolved.recipient, items: null, unsent: [], split: [] }
        : { recipient: null, reason: resolved && !resolved.recipient ? resolved.reason : 'Không gửi: không tìm được người nhận' };
    }
    const targets = n.items.map((i) => i.to).filter((t): t is RecipientTarget => !!t);
    if (!targets.length) {
      return n.recipientEmail
        ? { recipient: { userId: n.recipientUserId, email: n.recipientEmail, name: n.recipientName }, items: null, unsent: [], split: [] }
        : { recipient: null, reason: 'Không gửi: không có người nhận' };
    }
    const resolved = await this.resolutions.load(targets);
    const groups = new Map<string, { recipient: ResolvedRecipient; items: NotificationItem[] }>();
    const unsent: UnsentItem[] = [];
    for (const item of n.items) {
      const r: Resolution | undefined = item.to ? resolved.get(targetKey(item.to))
        : n.recipientEmail ? { recipient: { userId: n.recipientUserId, email: n.recipientEmail, name: n.recipientName } } : undefined;
      if (!r?.recipient) {
        unsent.push({ taskId: item.taskId, track: item.track, step: item.step, reason: r && !r.recipient ? r.reason : 'Không gửi: không có người nhận' });
        continue;
      }
      const group = groups.get(r.recipient.email) ?? { recipient: r.recipient, items: [] };
      group.items.push(item);
      groups.set(r.recipient.email, group);
    }
    const ranked = [...groups.values()].sort((a, b) => b.items.length - a.items.length);
    const main = groups.get(n.recipientEmail ?? '') ?? ranked[0];
    // No line reaches anyone: the mail goes to nobody, for the lines' reasons.
    if (!main) return { recipient: null, reason: [...new Set(unsent.map((u) => u.reason))].join('; ') };
    const split = ranked.filter((g) => g !== main).map((g) => ({ key: outboxKey(n.key, 'to', g.recipient.email), recipient: g.recipient, items: g.items }));
    const changed = unsent.length > 0 || split.length > 0;
    return { recipient: main.recipient, items: changed ? main.items : null, unsent, split };
  }

  /** The lines that now reach someone else leave this row for rows of their own, queued at once. */
  private async splitOff(n: Row, keep: NotificationItem[], split: SplitMail[]): Promise<void> {
    const rows = await this.db.transaction((m) => this.outbox.split(m, n, keep, split, this.clock.now()));
    // Should queueing fail, the sweep queues the rows it finds waiting.
    await this.queues.enqueueMail(rows).catch(() => undefined);
  }

  private async markFailed(n: Row, err: unknown, subject?: string): Promise<void> {
    this.metrics.failed.inc({ kind: n.kind });
    // Logs are read more widely than the outbox: the row id, never the key or an answer naming the recipient.
    this.logger.warn(`Mail ${n.id} (${n.kind}) failed: ${withoutAddresses(describe(err))}`);
    await this.retrying(() => this.outbox.markFailed(n.id, describe(err), subject ?? null, this.clock.now()));
  }

  /** A database write retried through a short outage (PostgreSQL restarting, a dropped connection). */
  private async retrying<T>(fn: () => Promise<T>): Promise<T> {
    const until = Date.now() + this.tuning.markRetryMs;
    for (let delay = 100; ; delay = Math.min(delay * 2, 5000)) {
      try {
        return await fn();
      } catch (err) {
        if (Date.now() + delay > until) throw err;
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}

/**
 * The day a scheduled mail is for: its window's (a digest, an event mail that waited for the
 * window), the morning it was made or held for (a weekly summary).
 */
function plannedDay(n: Row): IsoDate {
  const payload = (n.payload ?? {}) as { today?: unknown; sendOn?: unknown };
  const day = n.kind === 'weekly_summary' ? (payload.sendOn ?? payload.today) : n.windowId;
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '9999-12-31';
}

function sentMark(n: Row, subject: string, messageId: string, recipient: ResolvedRecipient, unsent: UnsentItem[]): SentMark {
  return { id: n.id, subject, messageId, recipient, items: n.itemsDropped ? n.items : null, unsent };
}

function describe(err: unknown): string {
  const e = err as { responseCode?: number; response?: string; code?: string; message?: string };
  if (e?.responseCode) return `SMTP ${e.responseCode}: ${e.response ?? e.message}`.slice(0, 500);
  return `${e?.code ? `${e.code}: ` : ''}${e?.message ?? String(err)}`.slice(0, 500);
}
