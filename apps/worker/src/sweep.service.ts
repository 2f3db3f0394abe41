import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import { addCalendarDays, localDate, localDateTime, localTime, type WorkingCalendar } from '@dondoc/calendar';
import {
  dueSteps,
  effectiveSendWindow,
  effectiveWindowEnd,
  nextStepDate,
  sendWindowState,
  targetKey,
  type Clock,
  type PlannedStep,
  type RecipientTarget,
  type ReminderPolicy,
  type ReminderTrack,
} from '@dondoc/domain';
import {
  CalendarRepository,
  OutboxRepository,
  outboxKey,
  RecipientsRepository,
  ReminderScheduleRepository,
  ReminderSettingsRepository,
  type DueTask,
  type NewNotification,
  type NewStep,
  type NotificationItem,
  type OutboxRow,
  type Tx,
} from '@dondoc/database';
import { mailJobId, Queues } from '@dondoc/queue';
import { MetricsService } from './metrics.service';
import { SummaryService } from './summary.service';
import { WORKER_TUNING, type WorkerTuning } from './worker-options';

export interface SweepResult {
  windowOpen: boolean;
  locked: boolean;
  due: number;
  steps: number;
  /** Digests queued for delivery: new ones, and the held ones when their window opens. */
  mails: number;
  /** Digests planned before their window opened and held until it does. */
  held: number;
  deferred: number;
  recovered: number;
  summaries: number;
  durationMs: number;
}

/**
 * The sweep: what is due now, read from PostgreSQL (the schedule's partial index: only rows whose
 * day has come), turned into outbox rows (steps keyed by task, track, step and deadline version;
 * one digest per recipient and window), then queued. Also queues again any row whose job was lost.
 */
@Injectable()
export class SweepService {
  private readonly logger = new Logger('sweep');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ReminderSettingsRepository,
    private readonly calendars: CalendarRepository,
    private readonly schedule: ReminderScheduleRepository,
    private readonly outbox: OutboxRepository,
    private readonly recipients: RecipientsRepository,
    private readonly queues: Queues,
    private readonly summaries: SummaryService,
    private readonly metrics: MetricsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_TUNING) private readonly tuning: WorkerTuning,
  ) {}

  async run(): Promise<SweepResult> {
    const started = performance.now();
    const now = this.clock.now();
    const [policy, calendar] = await Promise.all([this.settings.policy(), this.calendars.workingCalendar()]);
    const window = effectiveSendWindow(policy, this.config.reminderWindow);
    const today = localDate(now, this.config.timezone);
    const state = sendWindowState(
      window,
      { date: today, time: localTime(now, this.config.timezone), instant: now },
      calendar,
      undefined,
      effectiveWindowEnd(policy, window),
    );
    const result: SweepResult = {
      windowOpen: state.open,
      locked: false,
      due: 0,
      steps: 0,
      mails: 0,
      held: 0,
      deferred: 0,
      recovered: 0,
      summaries: 0,
      durationMs: 0,
    };

    let rows: OutboxRow[] = [];
    if (state.open || state.preparing) {
      // Before the window: its digests are planned now and held, so that they leave as it opens.
      const holdUntil = state.preparing ? localDateTime(today, window, this.config.timezone) : null;
      rows = await this.db.transaction(async (manager) => {
        if (!(await this.schedule.tryLockSweep(manager))) return [];
        result.locked = true;
        const written = await this.plan(manager, policy, calendar, today, state.windowId, window === 'any', now, holdUntil, result);
        if (holdUntil) {
          result.held = written.length;
          return [];
        }
        const digests = [...written, ...(await this.outbox.releaseHeld(manager, now))];
        result.mails = digests.length;
        const summaries = policy.weeklySummary ? await this.summaries.createDue(manager, today, calendar, now) : [];
        result.summaries = summaries.length;
        return [...digests, ...summaries];
      });
    }
    if (rows.length) await this.queues.enqueueMail(rows);
    result.recovered = await this.recover(now);
    result.durationMs = performance.now() - started;
    this.metrics.sweepDone(result);
    if (result.mails || result.recovered) {
      this.logger.log(
        `Sweep: ${result.due} tasks looked at, ${result.steps} steps, ${result.mails} mails, ${result.recovered} requeued in ${result.durationMs.toFixed(0)} ms`,
      );
    }
    return result;
  }

  private async plan(
    tx: Tx,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    today: string,
    windowId: string,
    asSoonAsDue: boolean,
    now: Date,
    holdUntil: Date | null,
    result: SweepResult,
  ): Promise<OutboxRow[]> {
    const due = await this.schedule.due(tx, today, this.config.timezone);
    result.due = due.length;
    if (!due.length) return [];

    const head = await this.recipients.chairman(tx);
    const planned: { row: DueTask; step: PlannedStep }[] = [];
    const nextOn = new Map<string, string | null>();
    const closed: string[] = [];
    const plans = new Map<string, { due: PlannedStep[]; next: string | null }>();
    for (const row of due) {
      if (!row.deadline || (row.status !== 'assigned' && row.status !== 'in_progress')) {
        closed.push(row.taskId);
        continue;
      }
      const tracks: ReminderTrack[] = ['unit'];
      if (row.clerkId) tracks.push('clerk');
      // While an extension request waits (and on the day it is refused), the leaders are not chased: they hold the request.
      if (!row.escalationHeld) {
        if (row.leaderInChargeId) tracks.push('leader');
        if (head && head.userId !== row.leaderInChargeId) tracks.push('chairman');
      }
      // Tasks sharing a deadline and tracks share a plan: computed once per sweep.
      const memoKey = `${row.deadline}|${tracks.join(',')}`;
      let plan = plans.get(memoKey);
      if (!plan)
        plans.set(
          memoKey,
          (plan = { due: dueSteps(policy, row.deadline, today, calendar, tracks), next: nextStepDate(policy, row.deadline, today, calendar, tracks) }),
        );
      for (const step of plan.due) planned.push({ row, step });
      nextOn.set(row.taskId, plan.next);
    }

    // Steps already sent for this deadline version are not sent again.
    const sent = await this.schedule.recorded(
      tx,
      planned.map((entry) => ({
        taskId: entry.row.taskId,
        track: entry.step.track,
        step: entry.step.step,
        deadlineVersion: entry.row.deadlineVersion,
      })),
    );
    const fresh = planned.filter((p) => !sent.has(`${p.row.taskId}|${p.step.track}|${p.step.step}`));

    // Whom each step is for, as roles; who holds them now decides which digest a step joins, and
    // the delivery looks them up again as the mail leaves (docs/reminders.md).
    const staffOf = await this.recipients.unitStaff(
      fresh.filter((p) => p.step.track === 'unit' && p.step.kind !== 'overdue').map((p) => p.row.leadUnitId),
      tx,
    );
    const targetsOf = (entry: { row: DueTask; step: PlannedStep }): RecipientTarget[] => {
      switch (entry.step.track) {
        case 'unit': {
          const unitHead: RecipientTarget = { role: 'unit_head', unitId: entry.row.leadUnitId };
          if (entry.step.kind === 'overdue') return [unitHead];
          const staff = staffOf.get(entry.row.leadUnitId) ?? [];
          return [unitHead, ...staff.map((s): RecipientTarget => ({ role: 'unit_staff', unitId: entry.row.leadUnitId, userId: s.userId! }))];
        }
        case 'clerk':
          return [{ role: 'task_clerk', taskId: entry.row.taskId }];
        case 'leader':
          return [{ role: 'task_leader', taskId: entry.row.taskId }];
        case 'chairman':
          return [{ role: 'chairman' }];
      }
    };
    const withTargets = fresh.map((p) => ({ ...p, targets: targetsOf(p) }));
    const resolved = await this.recipients.resolve(
      withTargets.flatMap((p) => p.targets),
      tx,
    );
    // A role nobody holds now still gets its mail planned, under the role's own key: it is looked
    // up again as it leaves, and recorded as skipped, with the reason, if nobody holds it then.
    const digestKey = (to: string) => outboxKey('digest', windowId, to);
    const withRecipients = withTargets.map((entry) => {
      const seen = new Set<string>();
      const to = entry.targets.flatMap((target) => {
        const resolution = resolved.get(targetKey(target));
        const recipient = resolution?.recipient ?? null;
        const key = digestKey(recipient?.email ?? targetKey(target));
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ key, target, recipient }];
      });
      return { ...entry, to };
    });

    // One digest per recipient and window: one still held gets these steps too; a recipient whose
    // digest of this window already left gets them in the next window (the plan then gives the latest step).
    const keys = [...new Set(withRecipients.flatMap((p) => p.to.map((r) => r.key)))];
    const { held, made: existing } = await this.outbox.existingKeys(tx, keys);
    const digests = new Map<string, NewNotification>();
    const steps: NewStep[] = [];
    for (const entry of withRecipients) {
      const recipientKeys = entry.to.map((r) => r.key);
      if (recipientKeys.some((k) => existing.has(k))) {
        result.deferred++;
        const retryOn = asSoonAsDue ? today : addCalendarDays(today, 1);
        const next = nextOn.get(entry.row.taskId);
        if (next === null || next === undefined || retryOn < next) nextOn.set(entry.row.taskId, retryOn);
        continue;
      }
      const item: NotificationItem = {
        taskId: entry.row.taskId,
        track: entry.step.track,
        step: entry.step.step,
        kind: entry.step.kind,
        dueOn: entry.step.dueOn,
        daysOverdue: entry.step.daysOverdue,
      };
      for (const { key, target, recipient } of entry.to) {
        let digest = digests.get(key);
        if (!digest) {
          digest = {
            key,
            kind: 'digest',
            recipientUserId: recipient?.userId ?? null,
            recipientEmail: recipient?.email ?? null,
            recipientName: recipient?.name ?? null,
            windowId,
            items: [],
            payload: { escalateAfter: policy.escalateAfter, today },
            createdAt: now,
            sendAfter: holdUntil,
            heldId: held.get(key),
          };
          digests.set(key, digest);
        }
        digest.items.push({ ...item, to: target });
      }
      steps.push({
        taskId: entry.row.taskId,
        track: entry.step.track,
        step: entry.step.step,
        deadlineVersion: entry.row.deadlineVersion,
        dueOn: entry.step.dueOn,
        daysOverdue: entry.step.daysOverdue,
        notificationKeys: recipientKeys,
      });
    }
    const written = await this.outbox.write(tx, [...digests.values()], steps);
    result.steps = steps.length;

    // Each task waits until its next step (or leaves the schedule when none will come).
    await this.schedule.setNext(tx, [...nextOn], now);
    await this.schedule.remove(tx, closed);
    return written;
  }

  /**
   * Rows that should be in flight but have no live job (Redis lost it, the process died between
   * the commit and the queueing, a delivery died while sending) are queued again under a new job id.
   */
  async recover(now: Date = this.clock.now()): Promise<number> {
    const again: OutboxRow[] = [];
    for (const row of await this.outbox.stale(now, this.tuning.recoverAfterMs)) {
      const job = await this.queues.mail.getJob(mailJobId(row));
      const state = job ? await job.getState() : 'missing';
      if (state === 'waiting' || state === 'active' || state === 'delayed' || state === 'prioritized' || state === 'waiting-children') continue;
      const bumped = await this.outbox.nextGeneration(row, now);
      if (bumped) again.push(bumped);
    }
    if (again.length) {
      await this.queues.enqueueMail(again);
      this.logger.warn(`Queued again ${again.length} mail(s) whose job was lost`);
    }
    return again.length;
  }
}
