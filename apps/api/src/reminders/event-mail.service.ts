import { Injectable, Logger } from '@nestjs/common';
import {
  MailTasksRepository, OutboxRepository, outboxKey, RecipientsRepository, uniqueRecipients,
  type NewNotification, type NewStep, type NotificationKind, type OutboxRow, type PublishedTask, type Recipient, type Tx,
} from '@dondoc/database';
import type { IsoDate } from '@dondoc/domain';
import { documentLabel } from '@dondoc/mail';
import { Queues } from '@dondoc/queue';

interface EventTask {
  id: string;
  leadUnitId: string;
  deadline: IsoDate | null;
  deadlineVersion: number;
}

/** A task with the people who assigned and follow it: the ones told of the unit's moves. */
interface FollowedTask extends EventTask {
  version: number;
  clerkId: string | null;
  leaderInChargeId: string | null;
}

/**
 * Event mail (a new task, an extension decided, work returned) goes out at once, through the
 * same outbox as reminders: the rows are written in the caller's transaction, then queued.
 * Should queueing fail, the worker's sweep queues the rows it finds waiting.
 */
@Injectable()
export class EventMailService {
  private readonly logger = new Logger('event-mail');

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly recipients: RecipientsRepository,
    private readonly tasks: MailTasksRepository,
    private readonly queues: Queues,
  ) {}

  /** The heads of each task's lead and coordinating units learn of their new tasks: one mail each per directive. */
  async taskPublished(tx: Tx, directiveId: string, now: Date): Promise<OutboxRow[]> {
    const tasks = await this.tasks.ofDirective(tx, directiveId);
    return this.toUnitHeads(tx, 'task_published', directiveId, tasks, 'published', (email) => outboxKey('published', directiveId, email), {}, now);
  }

  /**
   * A published directive's header was corrected (its number or date filled in, its title fixed):
   * the heads of the units of its open tasks are told what changed, one mail each listing their tasks.
   */
  async directiveCorrected(tx: Tx, directiveId: string, version: number, changes: string[], reason: string | null, now: Date): Promise<OutboxRow[]> {
    const tasks = await this.tasks.ofDirective(tx, directiveId, true);
    const step = `corrected-v${version}`;
    return this.toUnitHeads(tx, 'task_corrected', directiveId, tasks, step, (email) => outboxKey('task_corrected', directiveId, step, email), { changes, reason }, now);
  }

  /**
   * A task of a published directive was corrected or withdrawn: the heads of its lead and
   * coordinating units are told, and the head of the unit that led it before, when that changed.
   */
  async taskCorrected(
    tx: Tx, task: EventTask & { version: number; directiveId: string; coordinatingUnitIds: string[] }, previousLeadUnitId: string,
    changes: string[], reason: string | null, now: Date,
  ): Promise<OutboxRow[]> {
    const to = await this.heads(tx, [task.leadUnitId, ...task.coordinatingUnitIds, previousLeadUnitId]);
    return this.single(tx, 'task_corrected', `corrected-v${task.version}`, task, to, { ...(await this.directivePayload(tx, task.directiveId)), changes, reason }, now);
  }

  /** A task added to a published directive reaches its units as a new task, as publication would have told them. */
  async taskAdded(tx: Tx, task: EventTask & { directiveId: string; coordinatingUnitIds: string[] }, now: Date): Promise<OutboxRow[]> {
    const to = await this.heads(tx, [task.leadUnitId, ...task.coordinatingUnitIds]);
    return this.single(tx, 'task_published', 'published', task, to, await this.directivePayload(tx, task.directiveId), now);
  }

  /** A leader's direction on a task (ý kiến chỉ đạo) goes to the head of the unit that leads it. */
  async leaderCommented(tx: Tx, task: EventTask, comment: { id: string; author: string; note: string }, now: Date): Promise<OutboxRow[]> {
    const to = await this.heads(tx, [task.leadUnitId]);
    return this.single(tx, 'leader_comment', `comment-${comment.id}`, task, to, { author: comment.author, note: comment.note }, now);
  }

  /** One mail per unit head, listing every task of theirs among `tasks`, each task's step tied to the mails that carry it. */
  private async toUnitHeads(
    tx: Tx, kind: NotificationKind, directiveId: string, tasks: PublishedTask[], step: string, keyOf: (email: string) => string,
    payload: Record<string, unknown>, now: Date,
  ): Promise<OutboxRow[]> {
    const units = await this.recipients.unitPeople(tasks.flatMap((t) => [t.leadUnitId, ...t.coordinatingUnitIds]), tx);
    const mails = new Map<string, NewNotification>();
    const steps: NewStep[] = [];
    for (const t of tasks) {
      const heads = uniqueRecipients([t.leadUnitId, ...t.coordinatingUnitIds].map((u) => units.get(u)?.head).filter((r): r is Recipient => !!r));
      const keys = heads.map((r) => keyOf(r.email));
      heads.forEach((r, i) => {
        let mail = mails.get(keys[i]);
        if (!mail) mails.set(keys[i], (mail = this.mail(kind, keys[i], r, now, { directiveId })));
        mail.items.push({ taskId: t.id, track: 'event', step, kind: 'event', dueOn: t.deadline, daysOverdue: 0 });
      });
      if (keys.length) steps.push({ taskId: t.id, track: 'event', step, deadlineVersion: t.deadlineVersion, dueOn: t.deadline, daysOverdue: 0, notificationKeys: keys });
    }
    const about = { ...(await this.directivePayload(tx, directiveId)), ...payload };
    for (const mail of mails.values()) mail.payload = about;
    return this.outbox.write(tx, [...mails.values()], steps);
  }

  /** How a mail names the directive: its label (`Thông báo số 12/TB-UBND ngày …`) and title. */
  private async directivePayload(tx: Tx, directiveId: string): Promise<{ directive: string | null; directiveTitle: string | null }> {
    const directive = await this.tasks.directiveHeader(directiveId, tx);
    return { directive: directive ? documentLabel(directive) : null, directiveTitle: directive?.title ?? null };
  }

  /** The heads of these units (each unit's address when it has none), each once. */
  private async heads(tx: Tx, unitIds: string[]): Promise<Recipient[]> {
    const units = await this.recipients.unitPeople(unitIds, tx);
    return uniqueRecipients(unitIds.map((u) => units.get(u)?.head).filter((r): r is Recipient => !!r));
  }

  /** The one who asked and the lead unit's head learn the leader's decision. */
  async extensionDecided(
    tx: Tx, task: EventTask, request: { id: string; requestedById: string; requestedDeadline: string; previousDeadline: string | null },
    approved: boolean, note: string | null, now: Date,
  ): Promise<OutboxRow[]> {
    const units = await this.recipients.unitPeople([task.leadUnitId], tx);
    const requester = (await this.recipients.activeUsers([request.requestedById], tx)).get(request.requestedById);
    const to = uniqueRecipients([requester, units.get(task.leadUnitId)?.head].filter((r): r is Recipient => !!r));
    const kind: NotificationKind = approved ? 'extension_approved' : 'extension_rejected';
    // Approved, the task carries the deadline granted, which may differ from the one asked for.
    const payload = { newDeadline: approved ? task.deadline : request.requestedDeadline, previousDeadline: request.previousDeadline, requestedDeadline: request.requestedDeadline, deadline: task.deadline, note };
    return this.single(tx, kind, `extension-${request.id}`, task, to, payload, now);
  }

  /** The lead unit's head learns that submitted work was sent back, and why. */
  async workReturned(tx: Tx, task: EventTask & { version: number }, reason: string, now: Date): Promise<OutboxRow[]> {
    const head = (await this.recipients.unitPeople([task.leadUnitId], tx)).get(task.leadUnitId)?.head;
    return this.single(tx, 'work_returned', `returned-v${task.version}`, task, head ? [head] : [], { reason }, now);
  }

  /** The unit submitted its work: the clerk who follows the task and the leader in charge (the chairman when none) are told. */
  async workSubmitted(tx: Tx, task: FollowedTask, note: string | null, now: Date): Promise<OutboxRow[]> {
    const to = await this.assigners(tx, task, true);
    return this.single(tx, 'work_submitted', `submitted-v${task.version}`, task, to, { note }, now);
  }

  /** The unit asked for more time: the leader in charge (the chairman when none) decides, and is told. */
  async extensionRequested(tx: Tx, task: FollowedTask, request: { id: string; requestedDeadline: IsoDate; reason: string }, now: Date): Promise<OutboxRow[]> {
    const to = await this.assigners(tx, task, false);
    return this.single(tx, 'extension_requested', `extension-request-${request.id}`, task, to, { requestedDeadline: request.requestedDeadline, reason: request.reason }, now);
  }

  /** The lead unit's head learns that its work was accepted. */
  async workAccepted(tx: Tx, task: EventTask & { version: number }, note: string | null, now: Date): Promise<OutboxRow[]> {
    const head = (await this.recipients.unitPeople([task.leadUnitId], tx)).get(task.leadUnitId)?.head;
    return this.single(tx, 'work_accepted', `accepted-v${task.version}`, task, head ? [head] : [], { note }, now);
  }

  /** The leader in charge (the committee's chairman for a task with none) and, with `clerk`, the clerk who follows the task. */
  private async assigners(tx: Tx, task: FollowedTask, clerk: boolean): Promise<Recipient[]> {
    const users = await this.recipients.activeUsers([task.leaderInChargeId, clerk ? task.clerkId : null], tx);
    const leader = task.leaderInChargeId ? users.get(task.leaderInChargeId) : await this.recipients.chairman(tx);
    return uniqueRecipients([leader, clerk && task.clerkId ? users.get(task.clerkId) : undefined].filter((r): r is Recipient => !!r));
  }

  /** Queues rows after their transaction committed; a failure here only delays them until the next sweep. */
  async dispatch(rows: OutboxRow[]): Promise<void> {
    if (!rows.length) return;
    try {
      await this.queues.enqueueMail(rows);
    } catch (err) {
      this.logger.warn(`Could not queue ${rows.length} mail(s) now (${(err as Error).message}); the worker's sweep will`);
    }
  }

  private async single(
    tx: Tx, kind: NotificationKind, step: string, task: EventTask, to: Recipient[], payload: Record<string, unknown>, now: Date,
  ): Promise<OutboxRow[]> {
    const keys = to.map((r) => outboxKey(kind, task.id, step, r.email));
    const mails = to.map((r, i) => {
      const mail = this.mail(kind, keys[i], r, now, payload);
      mail.items.push({ taskId: task.id, track: 'event', step, kind: 'event', dueOn: task.deadline, daysOverdue: 0 });
      return mail;
    });
    return this.outbox.write(tx, mails, keys.length
      ? [{ taskId: task.id, track: 'event', step, deadlineVersion: task.deadlineVersion, dueOn: task.deadline, daysOverdue: 0, notificationKeys: keys }]
      : []);
  }

  private mail(kind: NotificationKind, key: string, r: Recipient, now: Date, payload: Record<string, unknown>): NewNotification {
    return { key, kind, recipientUserId: r.userId, recipientEmail: r.email, recipientName: r.name, windowId: null, items: [], payload, createdAt: now };
  }
}
