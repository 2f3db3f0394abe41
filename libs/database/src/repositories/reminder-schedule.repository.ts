import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate, Role, TaskStatus } from '@dondoc/domain';
import type { NotificationKind, NotificationStatus } from '../entities';
import { runner, type Tx } from './executor';

// Any constant; every worker uses it so that one sweep runs at a time.
const SWEEP_LOCK = 4_242_101;

/** A task whose next reminder step has come, with who is told about it. */
export interface DueTask {
  taskId: string;
  deadline: IsoDate | null;
  deadlineVersion: number;
  status: TaskStatus;
  leadUnitId: string;
  clerkId: string | null;
  leaderInChargeId: string | null;
  /**
   * An extension request waits for the leader's decision, or one was refused today: escalation to
   * the leaders holds (the leader has the request in hand), the unit's own reminders go on.
   */
  escalationHeld: boolean;
}

export interface StepKey {
  taskId: string;
  track: string;
  step: string;
  deadlineVersion: number;
}

/** One mail about a task, as its ledger shows it ("đã đôn đốc"). */
export interface LedgerEntry {
  id: string;
  kind: NotificationKind;
  step: string;
  track: string;
  /** Where it went (sent), or where its role led when it was planned; null when nobody held it. */
  recipientEmail: string | null;
  recipientName: string | null;
  /** The recipient's role now; null for a mailbox that is no one's account (a unit's address). */
  recipientRole: Role | null;
  status: NotificationStatus;
  /** Why it was not sent for this task (nobody holds the role, the task finished first ...), when known. */
  reason: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

/**
 * The reminder schedule (each open task's next step date) and the steps already sent, keyed by
 * task, track, step and deadline version so that none is sent twice.
 */
@Injectable()
export class ReminderScheduleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Takes the sweep's lock for the transaction; false when another worker's sweep holds it. */
  async tryLockSweep(tx: Tx): Promise<boolean> {
    const [row]: { locked: boolean }[] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SWEEP_LOCK]);
    return row?.locked === true;
  }

  /**
   * The tasks whose day has come (the schedule's partial index holds open tasks with a deadline),
   * locked for the transaction; SKIP LOCKED passes over a task an API write holds.
   */
  async due(tx: Tx, today: IsoDate, timezone: string): Promise<DueTask[]> {
    return tx.query(
      `SELECT s.task_id AS "taskId", to_char(t.deadline, 'YYYY-MM-DD') AS deadline, t.deadline_version AS "deadlineVersion", t.status,
              t.lead_unit_id AS "leadUnitId", t.clerk_id AS "clerkId", t.leader_in_charge_id AS "leaderInChargeId",
              EXISTS (SELECT 1 FROM extension_requests e WHERE e.task_id = t.id
                         AND (e.status = 'pending' OR (e.status = 'rejected' AND (e.decided_at AT TIME ZONE $2)::date >= $1::date))) AS "escalationHeld"
         FROM reminder_schedule s JOIN tasks t ON t.id = s.task_id
        WHERE s.next_on IS NOT NULL AND s.next_on <= $1::date
        FOR UPDATE OF s SKIP LOCKED`,
      [today, timezone],
    );
  }

  /** The task is looked at again by the sweep on `day` at the latest (escalation resuming after a refused extension). */
  async lookAgainBy(tx: Tx, taskId: string, day: IsoDate): Promise<void> {
    await tx.query(`UPDATE reminder_schedule SET next_on = LEAST(COALESCE(next_on, $2::date), $2::date), updated_at = now() WHERE task_id = $1`, [taskId, day]);
  }

  /** Of these steps, the ones already recorded (sent or on their way), as `task|track|step`. */
  async recorded(tx: Tx, steps: StepKey[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < steps.length; i += 20_000) {
      const chunk = steps.slice(i, i + 20_000);
      const rows: { task_id: string; track: string; step: string }[] = await tx.query(
        `SELECT r.task_id, r.track, r.step FROM reminder_steps r
           JOIN unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) AS k(task_id, track, step, v)
             ON r.task_id = k.task_id AND r.track = k.track AND r.step = k.step AND r.deadline_version = k.v`,
        [chunk.map((s) => s.taskId), chunk.map((s) => s.track), chunk.map((s) => s.step), chunk.map((s) => s.deadlineVersion)],
      );
      for (const r of rows) found.add(`${r.task_id}|${r.track}|${r.step}`);
    }
    return found;
  }

  /** Each task waits until its next step (null: none will come). */
  async setNext(tx: Tx, next: [taskId: string, on: IsoDate | null][], now: Date): Promise<void> {
    for (let i = 0; i < next.length; i += 20_000) {
      const chunk = next.slice(i, i + 20_000);
      await tx.query(
        `UPDATE reminder_schedule s SET next_on = x.next_on, updated_at = $3
           FROM unnest($1::uuid[], $2::date[]) AS x(task_id, next_on) WHERE s.task_id = x.task_id`,
        [chunk.map(([taskId]) => taskId), chunk.map(([, on]) => on), now],
      );
    }
  }

  async remove(tx: Tx, taskIds: string[]): Promise<void> {
    if (taskIds.length) await tx.query('DELETE FROM reminder_schedule WHERE task_id = ANY($1::uuid[])', [taskIds]);
  }

  /**
   * Open tasks are looked at again by the next sweep, which moves each to its exact next step under
   * the policy and calendar as they are now (steps already sent stay sent). After a policy change:
   * every task; after a calendar change on `changedDay`: the tasks whose plan can cross that day
   * (deadline up to 150 days after it: the longest span of before-steps; any overdue task).
   */
  async replan(tx: Tx, changedDay: IsoDate | null = null): Promise<void> {
    await tx.query(
      `UPDATE reminder_schedule s SET next_on = t.deadline - 60, updated_at = now()
         FROM tasks t
        WHERE t.id = s.task_id AND (s.next_on IS NULL OR s.next_on > t.deadline - 60)
          AND ($1::date IS NULL OR t.deadline <= $1::date + 150)`,
      [changedDay],
    );
  }

  /**
   * Every reminder, notice, escalation and event mail about a task: when, to whom, which step,
   * delivered or not. A digest that went out without this task (finished or rescheduled before the
   * send) counts as skipped for it.
   */
  async ledger(taskId: string, tx?: Tx): Promise<LedgerEntry[]> {
    return runner(this.db, tx).query(
      `SELECT n.id, n.kind, r.step, r.track, n.recipient_email AS "recipientEmail", n.recipient_name AS "recipientName", u.role AS "recipientRole",
              CASE WHEN x.omitted THEN 'skipped' ELSE n.status END AS status,
              CASE WHEN x.omitted THEN (SELECT u->>'reason' FROM jsonb_array_elements(COALESCE(n.payload->'unsent', '[]'::jsonb)) u
                                         WHERE u->>'taskId' = r.task_id::text AND u->>'track' = r.track AND u->>'step' = r.step LIMIT 1)
                   WHEN n.status = 'skipped' THEN n.last_error END AS reason,
              CASE WHEN x.omitted THEN NULL ELSE n.sent_at END AS "sentAt", n.created_at AS "createdAt"
         FROM reminder_steps r JOIN notifications n ON n.id = ANY(r.notification_ids)
         CROSS JOIN LATERAL (
           SELECT n.kind = 'digest' AND n.status = 'sent' AND NOT n.items @> jsonb_build_array(jsonb_build_object('taskId', r.task_id::text)) AS omitted
         ) x
         LEFT JOIN users u ON u.id = n.recipient_user_id
        WHERE r.task_id = $1
        ORDER BY n.created_at, r.created_at, n.recipient_email`,
      [taskId],
    );
  }
}
