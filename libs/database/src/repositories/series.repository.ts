import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate, Recurrence, TaskStatus, Timeliness, TimelinessContext } from '@dondoc/domain';
import { returned, runner, type Tx } from './executor';
import { timelinessCase } from './tasks/timeliness.sql';

/** A running series whose next period is to be made. */
export interface DueSeries {
  id: string;
  recurrence: Recurrence;
  dueDay: number | null;
  dueMonth: number | null;
  endsOn: IsoDate | null;
  nextPeriodStart: IsoDate;
}

/** A period's task to make: its period and its deadline, as given and in force. */
export interface NewInstance {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  statedDeadline: IsoDate;
  deadline: IsoDate;
}

/** A series as the task page shows it, with the record of each period. */
export interface SeriesRecord {
  id: string;
  recurrence: Recurrence;
  dueDay: number | null;
  dueMonth: number | null;
  endsOn: IsoDate | null;
  nextPeriodStart: IsoDate | null;
  stoppedAt: Date | null;
  stoppedBy: { id: string; name: string } | null;
  instances: {
    taskId: string;
    periodStart: IsoDate;
    periodEnd: IsoDate;
    deadline: IsoDate | null;
    status: TaskStatus;
    timeliness: Timeliness | null;
    /** ISO instant: read through json_build_object. */
    submittedAt: string | null;
  }[];
}

/** Recurring duties: the series, and the making of each period's task. */
@Injectable()
export class SeriesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The running series whose next period opens by `horizon`, locked for the transaction; SKIP
   * LOCKED leaves a series another worker is making to that worker.
   */
  async due(tx: Tx, horizon: IsoDate): Promise<DueSeries[]> {
    return tx.query(
      `SELECT id, recurrence, due_day AS "dueDay", due_month AS "dueMonth", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn",
              to_char(next_period_start, 'YYYY-MM-DD') AS "nextPeriodStart"
         FROM task_series
        WHERE stopped_at IS NULL AND next_period_start IS NOT NULL AND next_period_start <= $1::date
        ORDER BY next_period_start, id
        FOR UPDATE SKIP LOCKED`,
      [horizon],
    );
  }

  /**
   * Makes these periods' tasks, each a copy of the series' latest task (its text, units and clerk)
   * with its own period and deadline, and the directive's leader in charge (who may have changed
   * by a correction since the latest task was made); a period that already has its task is left alone.
   * Their reminders are planned by the trigger on `tasks`, as for any new task. Returns the new ids.
   */
  async makeInstances(tx: Tx, seriesId: string, periods: NewInstance[]): Promise<string[]> {
    if (!periods.length) return [];
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO tasks (directive_id, assignment_item_id, text, text_folded, lead_unit_id, coordinating_unit_ids, deadline, stated_deadline,
                          original_deadline, deadline_text, recurrence, leader_in_charge_id, clerk_id, series_id, period_start, period_end, status, progress, version)
       SELECT t.directive_id, t.assignment_item_id, t.text, t.text_folded, t.lead_unit_id, t.coordinating_unit_ids, p.deadline, p.stated,
              p.stated, t.deadline_text, t.recurrence, (SELECT d.leader_in_charge_id FROM directives d WHERE d.id = t.directive_id), t.clerk_id, t.series_id, p.period_start, p.period_end, 'assigned', 0, 1
         FROM (SELECT * FROM tasks WHERE series_id = $1 ORDER BY period_start DESC LIMIT 1) t
        CROSS JOIN unnest($2::date[], $3::date[], $4::date[], $5::date[]) AS p(period_start, period_end, stated, deadline)
       ON CONFLICT (series_id, period_start) WHERE series_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [seriesId, periods.map((p) => p.periodStart), periods.map((p) => p.periodEnd), periods.map((p) => p.statedDeadline), periods.map((p) => p.deadline)],
    );
    return rows.map((r) => r.id);
  }

  /** The series waits for its next period (null: it has reached its end). */
  async setNext(tx: Tx, seriesId: string, nextPeriodStart: IsoDate | null): Promise<void> {
    await tx.query('UPDATE task_series SET next_period_start = $2 WHERE id = $1', [seriesId, nextPeriodStart]);
  }

  /**
   * Cancels the series' tasks made ahead for periods that open after `today` and not yet started:
   * a stopped series owes nothing for them. Returns their ids.
   */
  async cancelUnopened(tx: Tx, seriesId: string, today: IsoDate, now: Date): Promise<string[]> {
    const rows = returned<{ id: string }>(
      await tx.query(
        `UPDATE tasks SET status = 'cancelled', cancelled_at = $3, version = version + 1, updated_at = $3
        WHERE series_id = $1 AND period_start > $2::date AND status = 'assigned'
        RETURNING id`,
        [seriesId, today, now],
      ),
    );
    return rows.map((r) => r.id);
  }

  /** The series of a task, with every period's task in order; null for a task of no series. */
  async ofTask(taskId: string, ctx: TimelinessContext, tx?: Tx): Promise<SeriesRecord | null> {
    const [row]: SeriesRecord[] = await runner(this.db, tx).query(
      `SELECT s.id, s.recurrence, s.due_day AS "dueDay", s.due_month AS "dueMonth", to_char(s.ends_on, 'YYYY-MM-DD') AS "endsOn",
              to_char(s.next_period_start, 'YYYY-MM-DD') AS "nextPeriodStart", s.stopped_at AS "stoppedAt",
              CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS "stoppedBy",
              (SELECT json_agg(json_build_object(
                        'taskId', t.id, 'periodStart', to_char(t.period_start, 'YYYY-MM-DD'), 'periodEnd', to_char(t.period_end, 'YYYY-MM-DD'),
                        'deadline', to_char(t.deadline, 'YYYY-MM-DD'), 'status', t.status, 'timeliness', ${timelinessCase('t', '$2::date', '$3::date')},
                        'submittedAt', t.submitted_at) ORDER BY t.period_start)
                 FROM tasks t WHERE t.series_id = s.id) AS instances
         FROM tasks me JOIN task_series s ON s.id = me.series_id LEFT JOIN users u ON u.id = s.stopped_by_id
        WHERE me.id = $1`,
      [taskId, ctx.today, ctx.dueSoonUntil],
    );
    return row ?? null;
  }
}
