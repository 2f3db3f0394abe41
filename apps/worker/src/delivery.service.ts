import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, type Job } from 'bullmq';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, withoutAddresses, type AppConfig } from '@dondoc/config';
import {
  effectiveSendWindow,
  effectiveWindowEnd,
  nextWindowDay,
  targetKey,
  type Clock,
  type IsoDate,
  type RecipientTarget,
  type ReminderPolicy,
  type Resolution,
  type ResolvedRecipient,
} from '@dondoc/domain';
import { localDate, localDateTime, localTime, type WorkingCalendar } from '@dondoc/calendar';
import {
  CalendarRepository,
  OutboxRepository,
  outboxKey,
  RecipientsRepository,
  ReminderSettingsRepository,
  type ClaimedMail,
  type NotificationItem,
  type SentMark,
  type SplitMail,
  type UnsentItem,
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
  { recipient: ResolvedRecipient; items: NotificationItem[] | null; unsent: UnsentItem[]; split: SplitMail[] } | { recipient: null; reason: string };

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
  private readonly resolutions = new DataLoader<RecipientTarget[], Map<string, Resolution>>(async (lists) => {
    const all = await this.recipients.resolve(lists.flat());
    return lists.map(() => all);
  }, BATCHING);
  private readonly sentMarks = new DataLoader<SentMark, void>(
    (marks) => this.outbox.markSent(marks, this.clock.now()).then(() => marks.map(() => undefined)),
    BATCHING,
  );

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
    let row = await this.claims.load(id);
    if (!row) {
      const status = await this.outbox.status(id);
      if (status !== 'pending' && status !== 'sending') return 'skipped';
      throw new RowBusyError(`notification ${id} is being sent by another delivery`);
    }
    // Scheduled mail not sent by the time the morning window closes (SMTP retries, a worker down)
    // waits for the next working morning rather than arriving in the afternoon or at night.
    if (row.kind === 'digest' || row.kind === 'weekly_summary' || row.windowId !== null) {
      const next = await this.nextWindowIfEnded(plannedDay(row));
      if (next) {
        await this.outbox.holdUntil(row.id, next.opensAt, next.day, this.clock.now());
        return 'held';
      }
    }

    // Reading the tasks may fail with the database (retried: the lease keeps others off meanwhile);
    // a template that cannot render is permanent.
    let view: object;
    let addressed: Addressed;
    if (row.kind === 'weekly_summary') {
      addressed = await this.address(row);
      if (!addressed.recipient) return this.skip(row, addressed.reason);
      row = { ...row, recipientName: addressed.recipient.name };
      view = await this.views.view(row);
    } else {
      const { lines, live } = await this.views.lines(row);
      if (row.kind === 'digest') {
        // The digest was planned at the sweep; a task finished, cancelled or given a new deadline
        // since then leaves it, and a digest left with nothing is not sent at all.
        const items = row.items.filter((i) => live.has(i.taskId));
        if (!items.length) return this.skip(row, 'Không gửi: mọi nhiệm vụ trong thư đã xong, bị huỷ hoặc được đổi hạn trước giờ gửi');
        if (items.length < row.items.length) row = { ...row, items, itemsDropped: true };
      }
      // Who holds each role now: the mail goes to them, not to whoever held it when it was planned.
      addressed = await this.address(row);
      if (!addressed.recipient) return this.skip(row, addressed.reason);
      if (addressed.split.length) await this.splitOff(row, addressed.items ?? row.items, addressed.split);
      row = { ...row, recipientName: addressed.recipient.name, ...(addressed.items ? { items: addressed.items, itemsDropped: true } : {}) };
      view = this.views.taskView(row, lines);
    }
    const { recipient, unsent } = addressed;
    let mail: RenderedMail;
    try {
      mail = this.renderer.render(row.kind, view);
    } catch (err) {
      await this.markFailed(row, err);
      throw new UnrecoverableError(`render: ${(err as Error).message}`);
    }

    const outgoing = { to: recipient.email, subject: mail.subject, html: mail.html, text: mail.text, notificationId: row.id };
    let messageId: string;
    try {
      if (this.sender.name === 'catcher') {
        // Catching and marking are one transaction: nothing can repeat.
        await this.db.transaction(async (manager) => {
          messageId = (await this.sender.send(outgoing, manager)).messageId;
          await this.outbox.markSent([sentMark(row, mail.subject, messageId, recipient, unsent)], this.clock.now(), manager);
        });
        this.metrics.sent.inc({ kind: row.kind });
        return 'sent';
      }
      messageId = (await this.sender.send(outgoing)).messageId;
    } catch (err) {
      const permanent = isPermanentMailError(err);
      if (permanent || lastAttempt) {
        await this.markFailed(row, err, mail.subject);
        if (permanent) throw new UnrecoverableError(describe(err));
        throw err;
      }
      this.metrics.retried.inc();
      await this.outbox.releaseForRetry(row.id, describe(err), mail.subject, this.clock.now()).catch(() => undefined); // the lease runs out anyway
      throw err;
    }

    // SMTP has the mail: from here to the mark is the one window that can repeat a mail (docs/reminders.md).
    await this.retrying(() => this.sentMarks.load(sentMark(row, mail.subject, messageId, recipient, unsent)));
    this.metrics.sent.inc({ kind: row.kind });
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

  private async skip(row: Row, reason: string): Promise<'skipped'> {
    this.metrics.skipped.inc({ kind: row.kind });
    await this.outbox.markSkipped(row.id, reason, this.clock.now());
    return 'skipped';
  }

  /**
   * The address each of the mail's roles resolves to now. A mail for one role (an event, a summary)
   * goes to its holder or to nobody. A mail listing tasks goes to whoever holds each line's role:
   * the lines of the person it was planned for (else of the person most of them now reach) stay in
   * it, the others become a mail of their own, and a line whose role nobody holds is left out with
   * the reason. Rows written before roles were kept go where they were planned.
   */
  private async address(row: Row): Promise<Addressed> {
    if (row.target) {
      const resolved = (await this.resolutions.load([row.target])).get(targetKey(row.target));
      return resolved?.recipient
        ? { recipient: resolved.recipient, items: null, unsent: [], split: [] }
        : { recipient: null, reason: resolved && !resolved.recipient ? resolved.reason : 'Không gửi: không tìm được người nhận' };
    }
    const targets = row.items.map((i) => i.to).filter((t): t is RecipientTarget => !!t);
    if (!targets.length) {
      return row.recipientEmail
        ? { recipient: { userId: row.recipientUserId, email: row.recipientEmail, name: row.recipientName }, items: null, unsent: [], split: [] }
        : { recipient: null, reason: 'Không gửi: không có người nhận' };
    }
    const resolved = await this.resolutions.load(targets);
    const groups = new Map<string, { recipient: ResolvedRecipient; items: NotificationItem[] }>();
    const unsent: UnsentItem[] = [];
    for (const item of row.items) {
      const resolution: Resolution | undefined = item.to
        ? resolved.get(targetKey(item.to))
        : row.recipientEmail
          ? { recipient: { userId: row.recipientUserId, email: row.recipientEmail, name: row.recipientName } }
          : undefined;
      if (!resolution?.recipient) {
        unsent.push({
          taskId: item.taskId,
          track: item.track,
          step: item.step,
          reason: resolution && !resolution.recipient ? resolution.reason : 'Không gửi: không có người nhận',
        });
        continue;
      }
      const group = groups.get(resolution.recipient.email) ?? { recipient: resolution.recipient, items: [] };
      group.items.push(item);
      groups.set(resolution.recipient.email, group);
    }
    const ranked = [...groups.values()].sort((a, b) => b.items.length - a.items.length);
    const main = groups.get(row.recipientEmail ?? '') ?? ranked[0];
    // No line reaches anyone: the mail goes to nobody, for the lines' reasons.
    if (!main) return { recipient: null, reason: [...new Set(unsent.map((u) => u.reason))].join('; ') };
    const split = ranked.filter((g) => g !== main).map((g) => ({ key: outboxKey(row.key, 'to', g.recipient.email), recipient: g.recipient, items: g.items }));
    const changed = unsent.length > 0 || split.length > 0;
    return { recipient: main.recipient, items: changed ? main.items : null, unsent, split };
  }

  /** The lines that now reach someone else leave this row for rows of their own, queued at once. */
  private async splitOff(row: Row, keep: NotificationItem[], split: SplitMail[]): Promise<void> {
    const rows = await this.db.transaction((m) => this.outbox.split(m, row, keep, split, this.clock.now()));
    // Should queueing fail, the sweep queues the rows it finds waiting.
    await this.queues.enqueueMail(rows).catch(() => undefined);
  }

  private async markFailed(row: Row, err: unknown, subject?: string): Promise<void> {
    this.metrics.failed.inc({ kind: row.kind });
    // Logs are read more widely than the outbox: the row id, never the key or an answer naming the recipient.
    this.logger.warn(`Mail ${row.id} (${row.kind}) failed: ${withoutAddresses(describe(err))}`);
    await this.retrying(() => this.outbox.markFailed(row.id, describe(err), subject ?? null, this.clock.now()));
  }

  /** A database write retried through a short outage (PostgreSQL restarting, a dropped connection). */
  private async retrying<T>(write: () => Promise<T>): Promise<T> {
    const until = Date.now() + this.tuning.markRetryMs;
    for (let delay = 100; ; delay = Math.min(delay * 2, 5000)) {
      try {
        return await write();
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
function plannedDay(row: Row): IsoDate {
  const payload = (row.payload ?? {}) as { today?: unknown; sendOn?: unknown };
  const day = row.kind === 'weekly_summary' ? (payload.sendOn ?? payload.today) : row.windowId;
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '9999-12-31';
}

function sentMark(row: Row, subject: string, messageId: string, recipient: ResolvedRecipient, unsent: UnsentItem[]): SentMark {
  return { id: row.id, subject, messageId, recipient, items: row.itemsDropped ? row.items : null, unsent };
}

function describe(err: unknown): string {
  const failure = err as { responseCode?: number; response?: string; code?: string; message?: string };
  if (failure?.responseCode) return `SMTP ${failure.responseCode}: ${failure.response ?? failure.message}`.slice(0, 500);
  return `${failure?.code ? `${failure.code}: ` : ''}${failure?.message ?? String(err)}`.slice(0, 500);
}
