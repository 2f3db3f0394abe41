import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { localDate, localDateTime, localTime } from '@dondoc/calendar';
import {
  MailTasksRepository,
  OutboxRepository,
  outboxKey,
  RecipientsRepository,
  ReminderSettingsRepository,
  type NewNotification,
  type NewStep,
  type NotificationKind,
  type OutboxRow,
  type PublishedTask,
  type Tx,
} from '@dondoc/database';
import {
  directiveLabel,
  effectiveSendWindow,
  effectiveWindowEnd,
  eventMailTiming,
  targetKey,
  type IsoDate,
  type RecipientTarget,
  type Resolution,
} from '@dondoc/domain';
import { Queues } from '@dondoc/queue';
import { CalendarService } from '../calendar/calendar.service';

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

/** Whom a mail is planned for: the role, and who holds it now (null: nobody; looked up again as it leaves). */
interface Addressee {
  target: RecipientTarget;
  resolution: Resolution;
}

/**
 * Event mail (a new task, work submitted, accepted or returned, an extension asked for or
 * decided) goes through the same outbox as reminders, written in the caller's transaction, and in
 * the morning window like them: while the window is open it is queued at once, otherwise held
 * until it opens; urgent mail may leave at once (`eventMailTiming`). Each row names the role it is
 * for, and the address is looked up as it leaves. Should queueing fail, the sweep queues the rows
 * it finds waiting.
 */
@Injectable()
export class EventMailService {
  private readonly logger = new Logger('event-mail');

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly recipients: RecipientsRepository,
    private readonly tasks: MailTasksRepository,
    private readonly settings: ReminderSettingsRepository,
    private readonly calendar: CalendarService,
    private readonly queues: Queues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The heads of each task's lead and coordinating units learn of their new tasks: one mail each per directive. */
  async taskPublished(tx: Tx, directiveId: string, now: Date): Promise<OutboxRow[]> {
    const tasks = await this.tasks.ofDirective(tx, directiveId);
    return this.toUnitHeads(tx, 'task_published', directiveId, tasks, 'published', (address) => outboxKey('published', directiveId, address), {}, now);
  }

  /**
   * A published directive's header was corrected (its number or date filled in, its title fixed,
   * another leader put in charge): the heads of the units of its open tasks are told what changed,
   * one mail each listing their tasks, and a new leader in charge gets one listing them all.
   */
  async directiveCorrected(
    tx: Tx,
    directiveId: string,
    version: number,
    changes: string[],
    reason: string | null,
    now: Date,
    newLeaderId: string | null = null,
  ): Promise<OutboxRow[]> {
    const tasks = await this.tasks.ofDirective(tx, directiveId, true);
    const step = `corrected-v${version}`;
    return this.toUnitHeads(
      tx,
      'task_corrected',
      directiveId,
      tasks,
      step,
      (address) => outboxKey('task_corrected', directiveId, step, address),
      { changes, reason },
      now,
      newLeaderId ? { role: 'user', userId: newLeaderId } : null,
    );
  }

  /**
   * A task of a published directive was corrected or withdrawn: the heads of its lead and
   * coordinating units are told, and the head of the unit that led it before, when that changed.
   */
  async taskCorrected(
    tx: Tx,
    task: EventTask & { version: number; directiveId: string; coordinatingUnitIds: string[] },
    previousLeadUnitId: string,
    changes: string[],
    reason: string | null,
    now: Date,
  ): Promise<OutboxRow[]> {
    const to = await this.addresseeList(tx, unitHeads([task.leadUnitId, ...task.coordinatingUnitIds, previousLeadUnitId]));
    return this.single(
      tx,
      'task_corrected',
      `corrected-v${task.version}`,
      task,
      to,
      { ...(await this.directivePayload(tx, task.directiveId)), changes, reason },
      now,
    );
  }

  /** A task added to a published directive reaches its units as a new task, as publication would have told them. */
  async taskAdded(tx: Tx, task: EventTask & { directiveId: string; coordinatingUnitIds: string[] }, now: Date): Promise<OutboxRow[]> {
    const to = await this.addresseeList(tx, unitHeads([task.leadUnitId, ...task.coordinatingUnitIds]));
    return this.single(tx, 'task_published', 'published', task, to, await this.directivePayload(tx, task.directiveId), now);
  }

  /** A leader's direction on a task (ý kiến chỉ đạo) goes to the head of the unit that leads it. */
  async leaderCommented(tx: Tx, task: EventTask, comment: { id: string; author: string; note: string }, now: Date): Promise<OutboxRow[]> {
    const to = await this.addresseeList(tx, unitHeads([task.leadUnitId]));
    return this.single(tx, 'leader_comment', `comment-${comment.id}`, task, to, { author: comment.author, note: comment.note }, now);
  }

  /**
   * One mail per unit head, listing every task of theirs among `tasks`, each task's step tied to
   * the mails that carry it; with `leader`, the leader newly in charge gets one listing every task.
   */
  private async toUnitHeads(
    tx: Tx,
    kind: NotificationKind,
    directiveId: string,
    tasks: PublishedTask[],
    step: string,
    keyOf: (address: string) => string,
    payload: Record<string, unknown>,
    now: Date,
    leader: RecipientTarget | null = null,
  ): Promise<OutboxRow[]> {
    const targetsOf = (task: PublishedTask) => [...unitHeads([task.leadUnitId, ...task.coordinatingUnitIds]), ...(leader ? [leader] : [])];
    const heads = await this.addressees(tx, tasks.flatMap(targetsOf));
    const timing = await this.timing(kind, now);
    const mails = new Map<string, NewNotification>();
    const steps: NewStep[] = [];
    for (const task of tasks) {
      // One mail per head: a head of two of the task's units, or of units of two tasks, gets one.
      const to = unique(targetsOf(task).map((target) => heads.get(targetKey(target))!)).map((addressee) => ({ addressee, key: keyOf(addressOf(addressee)) }));
      for (const { addressee, key } of to) {
        let mail = mails.get(key);
        if (!mail) mails.set(key, (mail = this.mail(kind, key, addressee, null, now, { directiveId }, timing)));
        mail.items.push({ taskId: task.id, track: 'event', step, kind: 'event', dueOn: task.deadline, daysOverdue: 0, to: addressee.target });
      }
      const keys = to.map(({ key }) => key);
      if (keys.length) {
        steps.push({
          taskId: task.id,
          track: 'event',
          step,
          deadlineVersion: task.deadlineVersion,
          dueOn: task.deadline,
          daysOverdue: 0,
          notificationKeys: keys,
        });
      }
    }
    const about = { ...(await this.directivePayload(tx, directiveId)), ...payload };
    const leaderKey = leader && targetKey(leader);
    // The leader's mail lists the tasks now in his charge, not a unit's.
    for (const mail of mails.values())
      mail.payload = leaderKey && mail.items.every((item) => item.to && targetKey(item.to) === leaderKey) ? { ...about, inCharge: true } : about;
    return queueNow(await this.outbox.write(tx, [...mails.values()], steps), timing);
  }

  private async directivePayload(tx: Tx, directiveId: string): Promise<{ directive: string | null; directiveTitle: string | null }> {
    const directive = await this.tasks.directiveHeader(directiveId, tx);
    return { directive: directive ? directiveLabel(directive) : null, directiveTitle: directive?.title ?? null };
  }

  /** The one who asked and the lead unit's head learn the leader's decision. */
  async extensionDecided(
    tx: Tx,
    task: EventTask,
    request: { id: string; requestedById: string; requestedDeadline: string; previousDeadline: string | null },
    approved: boolean,
    note: string | null,
    now: Date,
  ): Promise<OutboxRow[]> {
    const to = await this.addresseeList(tx, [
      { role: 'user', userId: request.requestedById },
      { role: 'unit_head', unitId: task.leadUnitId },
    ]);
    const kind: NotificationKind = approved ? 'extension_approved' : 'extension_rejected';
    // Approved, the task carries the deadline granted, which may differ from the one asked for.
    const payload = {
      newDeadline: approved ? task.deadline : request.requestedDeadline,
      previousDeadline: request.previousDeadline,
      requestedDeadline: request.requestedDeadline,
      deadline: task.deadline,
      note,
    };
    return this.single(tx, kind, `extension-${request.id}`, task, to, payload, now);
  }

  /** The lead unit's head learns that submitted work was sent back, and why. */
  async workReturned(tx: Tx, task: EventTask & { version: number }, reason: string, now: Date): Promise<OutboxRow[]> {
    const to = await this.addresseeList(tx, [{ role: 'unit_head', unitId: task.leadUnitId }]);
    return this.single(tx, 'work_returned', `returned-v${task.version}`, task, to, { reason }, now);
  }

  /** The unit submitted its work: the clerk who follows the task and the leader in charge (the chairman when none) are told. */
  async workSubmitted(tx: Tx, task: FollowedTask, note: string | null, now: Date): Promise<OutboxRow[]> {
    const to = await this.addresseeList(tx, assigners(task, true));
    return this.single(tx, 'work_submitted', `submitted-v${task.version}`, task, to, { note }, now);
  }

  /** The unit asked for more time: the leader in charge (the chairman when none) decides, and is told. */
  async extensionRequested(tx: Tx, task: FollowedTask, request: { id: string; requestedDeadline: IsoDate; reason: string }, now: Date): Promise<OutboxRow[]> {
    const to = await this.addresseeList(tx, assigners(task, false));
    return this.single(
      tx,
      'extension_requested',
      `extension-request-${request.id}`,
      task,
      to,
      { requestedDeadline: request.requestedDeadline, reason: request.reason },
      now,
    );
  }

  /** The lead unit's head learns that its work was accepted. */
  async workAccepted(tx: Tx, task: EventTask & { version: number }, note: string | null, now: Date): Promise<OutboxRow[]> {
    const to = await this.addresseeList(tx, [{ role: 'unit_head', unitId: task.leadUnitId }]);
    return this.single(tx, 'work_accepted', `accepted-v${task.version}`, task, to, { note }, now);
  }

  /** Each target with who holds it now, by `targetKey`. */
  private async addressees(tx: Tx, targets: RecipientTarget[]): Promise<Map<string, Addressee>> {
    const resolved = await this.recipients.resolve(targets, tx);
    return new Map(targets.map((target) => [targetKey(target), { target, resolution: resolved.get(targetKey(target))! }]));
  }

  /** The targets in order, one mail per person who holds them now (the first role of each keeps it). */
  private async addresseeList(tx: Tx, targets: RecipientTarget[]): Promise<Addressee[]> {
    const found = await this.addressees(tx, targets);
    return unique(targets.map((t) => found.get(targetKey(t))!));
  }

  /** Now, or held for the morning window (`eventMailTiming`): the policy and the calendar as they are. */
  private async timing(kind: NotificationKind, now: Date): Promise<{ sendAfter: Date | null; windowId: string | null }> {
    const [policy, calendar] = await Promise.all([this.settings.policy(), this.calendar.calendar()]);
    const window = effectiveSendWindow(policy, this.config.reminderWindow);
    const timezone = this.config.timezone;
    const timing = eventMailTiming(
      kind,
      policy,
      window,
      effectiveWindowEnd(policy, window),
      { date: localDate(now, timezone), time: localTime(now, timezone), instant: now },
      calendar,
    );
    return { sendAfter: timing.held && timing.windowDay ? localDateTime(timing.windowDay, window, timezone) : null, windowId: timing.windowDay };
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
    tx: Tx,
    kind: NotificationKind,
    step: string,
    task: EventTask,
    to: Addressee[],
    payload: Record<string, unknown>,
    now: Date,
  ): Promise<OutboxRow[]> {
    const timing = await this.timing(kind, now);
    const mails = to.map((addressee) => {
      const mail = this.mail(kind, outboxKey(kind, task.id, step, addressOf(addressee)), addressee, addressee.target, now, payload, timing);
      mail.items.push({ taskId: task.id, track: 'event', step, kind: 'event', dueOn: task.deadline, daysOverdue: 0 });
      return mail;
    });
    const keys = mails.map((mail) => mail.key);
    return queueNow(
      await this.outbox.write(
        tx,
        mails,
        keys.length
          ? [{ taskId: task.id, track: 'event', step, deadlineVersion: task.deadlineVersion, dueOn: task.deadline, daysOverdue: 0, notificationKeys: keys }]
          : [],
      ),
      timing,
    );
  }

  private mail(
    kind: NotificationKind,
    key: string,
    addressee: Addressee,
    target: RecipientTarget | null,
    now: Date,
    payload: Record<string, unknown>,
    timing: { sendAfter: Date | null; windowId: string | null },
  ): NewNotification {
    const recipient = addressee.resolution.recipient;
    return {
      key,
      kind,
      recipientUserId: recipient?.userId ?? null,
      recipientEmail: recipient?.email ?? null,
      recipientName: recipient?.name ?? null,
      target,
      windowId: timing.windowId,
      sendAfter: timing.sendAfter,
      items: [],
      payload,
      createdAt: now,
    };
  }
}

/** The leader in charge (the committee's chairman for a task with none) and, with `clerk`, the clerk who follows the task. */
function assigners(task: FollowedTask, clerk: boolean): RecipientTarget[] {
  const leader: RecipientTarget = { role: 'task_leader', taskId: task.id };
  return clerk && task.clerkId ? [leader, { role: 'task_clerk', taskId: task.id }] : [leader];
}

/** The heads of these units, as roles. */
function unitHeads(unitIds: string[]): RecipientTarget[] {
  return unitIds.map((unitId) => ({ role: 'unit_head', unitId }));
}

/** The rows to queue now: none when they are held for the window (the sweep that opens it queues them). */
function queueNow(rows: OutboxRow[], timing: { sendAfter: Date | null }): OutboxRow[] {
  return timing.sendAfter ? [] : rows;
}

/** The address a mail is planned for, or its role's own name when nobody holds it now. */
function addressOf(addressee: Addressee): string {
  return addressee.resolution.recipient?.email ?? targetKey(addressee.target);
}

/** One per address: the same person reached through two roles gets one mail. */
function unique(list: Addressee[]): Addressee[] {
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(addressOf(a)) ? false : (seen.add(addressOf(a)), true)));
}
