import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { TZDate } from '@date-fns/tz';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import { addCalendarDays, localDate, localDateTime, type WorkingCalendar } from '@dondoc/calendar';
import {
  dueSteps, nextStepDate, sendWindowState, type Clock, type PlannedStep, type ReminderPolicy, type ReminderTrack,
} from '@dondoc/domain';
import type { NotificationItem } from '@dondoc/database';
import {
  activeUsers, chairman, mailJobId, outboxKey, returned, unitPeople, writeOutbox, type NewNotification, type NewStep, type OutboxRow, type Recipient,
} from '@dondoc/mail';
import { QueuesService } from './mail-queue.service';
import { MetricsService } from './metrics.service';
import { SettingsService } from './settings.service';
import { SummaryService } from './summary.service';
import { WORKER_TUNING, type WorkerTuning } from './worker-options';

// Any constant; every worker uses it so that one sweep runs at a time.
const SWEEP_LOCK = 4_242_101;

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

interface DueRow {
  task_id: string;
  deadline: string | null;
  deadline_version: number;
  status: string;
  lead_unit_id: string;
  clerk_id: string | null;
  leader_in_charge_id: string | null;
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
    private readonly settings: SettingsService,
    private readonly queues: QueuesService,
    private readonly summaries: SummaryService,
    private readonly metrics: MetricsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_TUNING) private readonly tuning: WorkerTuning,
  ) {}

  async run(): Promise<SweepResult> {
    const started = performance.now();
    const now = this.clock.now();
    const [policy, cal] = await Promise.all([this.settings.policy(), this.settings.calendar()]);
    const window = this.settings.window(policy);
    const today = localDate(now, this.config.timezone);
    const local = new TZDate(now.getTime(), this.config.timezone);
    const time = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    const state = sendWindowState(window, { date: today, time, instant: now }, cal);
    const result: SweepResult = {
      windowOpen: state.open, locked: false, due: 0, steps: 0, mails: 0, held: 0, deferred: 0, recovered: 0, summaries: 0, durationMs: 0,
    };

    let rows: OutboxRow[] = [];
    if (state.open || state.preparing) {
      // Before the window: its digests are planned now and held, so that they leave as it opens.
      const holdUntil = state.preparing ? localDateTime(today, window, this.config.timezone) : null;
      rows = await this.db.transaction(async (m) => {
        const [{ locked }] = await m.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SWEEP_LOCK]);
        if (!locked) return [];
        result.locked = true;
        const written = await this.plan(m, policy, cal, today, state.windowId, window === 'any', now, holdUntil, result);
        if (holdUntil) {
          result.held = written.length;
          return [];
        }
        const digests = [...written, ...await release(m)];
        result.mails = digests.length;
        const summaries = policy.weeklySummary ? await this.summaries.createDue(m, today, cal, now) : [];
        result.summaries = summaries.length;
        return [...digests, ...summaries];
      });
    }
    if (rows.length) await this.queues.enqueue(rows);
    result.recovered = await this.recover();
    result.durationMs = performance.now() - started;
    this.metrics.sweepDone(result);
    if (result.mails || result.recovered) {
      this.logger.log(`Sweep: ${result.due} tasks looked at, ${result.steps} steps, ${result.mails} mails, ${result.recovered} requeued in ${result.durationMs.toFixed(0)} ms`);
    }
    return result;
  }

  private async plan(
    m: EntityManager, policy: ReminderPolicy, cal: WorkingCalendar, today: string, windowId: string, asSoonAsDue: boolean, now: Date,
    holdUntil: Date | null, result: SweepResult,
  ): Promise<OutboxRow[]> {
    // The index holds open tasks with a deadline; SKIP LOCKED passes over a task an API write holds.
    const due: DueRow[] = await m.query(
      `SELECT s.task_id, to_char(t.deadline, 'YYYY-MM-DD') AS deadline, t.deadline_version, t.status,
              t.lead_unit_id, t.clerk_id, t.leader_in_charge_id
         FROM reminder_schedule s JOIN tasks t ON t.id = s.task_id
        WHERE s.next_on IS NOT NULL AND s.next_on <= $1::date
        FOR UPDATE OF s SKIP LOCKED`,
      [today],
    );
    result.due = due.length;
    if (!due.length) return [];

    const head = await chairman(m);
    const planned: { row: DueRow; step: PlannedStep }[] = [];
    const nextOn = new Map<string, string | null>();
    const closed: string[] = [];
    const plans = new Map<string, { due: PlannedStep[]; next: string | null }>();
    for (const row of due) {
      if (!row.deadline || (row.status !== 'assigned' && row.status !== 'in_progress')) {
        closed.push(row.task_id);
        continue;
      }
      const tracks: ReminderTrack[] = ['unit'];
      if (row.clerk_id) tracks.push('clerk');
      if (row.leader_in_charge_id) tracks.push('leader');
      if (head && head.userId !== row.leader_in_charge_id) tracks.push('chairman');
      // Tasks sharing a deadline and tracks share a plan: computed once per sweep.
      const memoKey = `${row.deadline}|${tracks.join(',')}`;
      let plan = plans.get(memoKey);
      if (!plan) plans.set(memoKey, (plan = { due: dueSteps(policy, row.deadline, today, cal, tracks), next: nextStepDate(policy, row.deadline, today, cal, tracks) }));
      for (const step of plan.due) planned.push({ row, step });
      nextOn.set(row.task_id, plan.next);
    }

    // Steps already sent for this deadline version are not sent again.
    const sent = new Set<string>();
    const stepKey = (taskId: string, track: string, step: string) => `${taskId}|${track}|${step}`;
    for (let i = 0; i < planned.length; i += 20_000) {
      const chunk = planned.slice(i, i + 20_000);
      const rows: { task_id: string; track: string; step: string }[] = await m.query(
        `SELECT r.task_id, r.track, r.step FROM reminder_steps r
           JOIN unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) AS k(task_id, track, step, v)
             ON r.task_id = k.task_id AND r.track = k.track AND r.step = k.step AND r.deadline_version = k.v`,
        [chunk.map((p) => p.row.task_id), chunk.map((p) => p.step.track), chunk.map((p) => p.step.step), chunk.map((p) => p.row.deadline_version)],
      );
      for (const r of rows) sent.add(stepKey(r.task_id, r.track, r.step));
    }
    const fresh = planned.filter((p) => !sent.has(stepKey(p.row.task_id, p.step.track, p.step.step)));

    // Recipients, looked up now.
    const units = await unitPeople(m, fresh.map((p) => p.row.lead_unit_id));
    const users = await activeUsers(m, fresh.flatMap((p) => [p.row.clerk_id, p.row.leader_in_charge_id]));
    const recipientsOf = (p: { row: DueRow; step: PlannedStep }): Recipient[] => {
      switch (p.step.track) {
        case 'unit': {
          const unit = units.get(p.row.lead_unit_id);
          if (!unit) return [];
          const list = unit.head ? [unit.head] : [];
          return p.step.kind === 'overdue' ? list : [...list, ...unit.staff];
        }
        case 'clerk': return p.row.clerk_id && users.has(p.row.clerk_id) ? [users.get(p.row.clerk_id)!] : [];
        case 'leader': return p.row.leader_in_charge_id && users.has(p.row.leader_in_charge_id) ? [users.get(p.row.leader_in_charge_id)!] : [];
        case 'chairman': return head ? [head] : [];
      }
    };
    const digestKey = (email: string) => outboxKey('digest', windowId, email);
    const withRecipients = fresh.map((p) => ({ ...p, to: uniqueByEmail(recipientsOf(p)) })).filter((p) => p.to.length > 0);

    // One digest per recipient and window: one still held gets these steps too; a recipient whose
    // digest of this window already left gets them in the next window (the plan then gives the latest step).
    const keys = [...new Set(withRecipients.flatMap((p) => p.to.map((r) => digestKey(r.email))))];
    const existing = new Set<string>();
    const held = new Map<string, string>();
    for (let i = 0; i < keys.length; i += 20_000) {
      const rows: { id: string; key: string; held: boolean }[] = await m.query(
        `SELECT id, key, send_after IS NOT NULL AND status = 'pending' AS held FROM notifications WHERE key = ANY($1::text[])`, [keys.slice(i, i + 20_000)]);
      for (const r of rows) (r.held ? held.set(r.key, r.id) : existing.add(r.key));
    }
    const digests = new Map<string, NewNotification>();
    const steps: NewStep[] = [];
    for (const p of withRecipients) {
      const recipientKeys = p.to.map((r) => digestKey(r.email));
      if (recipientKeys.some((k) => existing.has(k))) {
        result.deferred++;
        const retryOn = asSoonAsDue ? today : addCalendarDays(today, 1);
        const next = nextOn.get(p.row.task_id);
        if (next === null || next === undefined || retryOn < next) nextOn.set(p.row.task_id, retryOn);
        continue;
      }
      const item: NotificationItem = {
        taskId: p.row.task_id, track: p.step.track, step: p.step.step, kind: p.step.kind, dueOn: p.step.dueOn, daysOverdue: p.step.daysOverdue,
      };
      p.to.forEach((r, i) => {
        let digest = digests.get(recipientKeys[i]);
        if (!digest) {
          digest = {
            key: recipientKeys[i], kind: 'digest', recipientUserId: r.userId, recipientEmail: r.email, recipientName: r.name,
            windowId, items: [], payload: { escalateAfter: policy.escalateAfter, today }, createdAt: now, sendAfter: holdUntil, heldId: held.get(recipientKeys[i]),
          };
          digests.set(recipientKeys[i], digest);
        }
        digest.items.push(item);
      });
      steps.push({
        taskId: p.row.task_id, track: p.step.track, step: p.step.step, deadlineVersion: p.row.deadline_version,
        dueOn: p.step.dueOn, daysOverdue: p.step.daysOverdue, notificationKeys: recipientKeys,
      });
    }
    const written = await writeOutbox(m, [...digests.values()], steps);
    result.steps = steps.length;

    // Each task waits until its next step (or leaves the schedule when none will come).
    const updates = [...nextOn];
    for (let i = 0; i < updates.length; i += 20_000) {
      const chunk = updates.slice(i, i + 20_000);
      await m.query(
        `UPDATE reminder_schedule s SET next_on = x.next_on, updated_at = now()
           FROM unnest($1::uuid[], $2::date[]) AS x(task_id, next_on) WHERE s.task_id = x.task_id`,
        [chunk.map(([taskId]) => taskId), chunk.map(([, next]) => next)],
      );
    }
    if (closed.length) await m.query('DELETE FROM reminder_schedule WHERE task_id = ANY($1::uuid[])', [closed]);
    return written;
  }

  /**
   * Rows that should be in flight but have no live job (Redis lost it, the process died between
   * the commit and the queueing, a delivery died while sending) are queued again under a new job id.
   */
  async recover(): Promise<number> {
    const stale: { id: string; key: string; generation: number; status: string }[] = await this.db.query(
      `SELECT id, key, generation, status FROM notifications
        WHERE status IN ('pending', 'sending') AND send_after IS NULL AND updated_at < now() - $1::interval
          AND (locked_until IS NULL OR locked_until < now())
        ORDER BY updated_at LIMIT 1000`,
      [`${this.tuning.recoverAfterMs} milliseconds`],
    );
    const again: OutboxRow[] = [];
    for (const row of stale) {
      const job = await this.queues.mail.getJob(mailJobId(row));
      const state = job ? await job.getState() : 'missing';
      if (state === 'waiting' || state === 'active' || state === 'delayed' || state === 'prioritized' || state === 'waiting-children') continue;
      const bumped = returned<{ generation: number }>(await this.db.query(
        `UPDATE notifications SET generation = generation + 1, updated_at = now() WHERE id = $1 AND generation = $2 AND status IN ('pending', 'sending')
         RETURNING generation`,
        [row.id, row.generation],
      ));
      if (bumped.length) again.push({ id: row.id, key: row.key, generation: bumped[0].generation });
    }
    if (again.length) {
      await this.queues.enqueue(again);
      this.logger.warn(`Queued again ${again.length} mail(s) whose job was lost`);
    }
    return again.length;
  }
}

/** The held digests, queued now that their window is open (ones whose window the system missed, too). */
async function release(m: EntityManager): Promise<OutboxRow[]> {
  return returned<OutboxRow>(await m.query(
    `UPDATE notifications SET send_after = NULL, updated_at = now() WHERE send_after IS NOT NULL AND status = 'pending'
     RETURNING id, key, generation`,
  ));
}

function uniqueByEmail(list: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(r.email) ? false : (seen.add(r.email), true)));
}
