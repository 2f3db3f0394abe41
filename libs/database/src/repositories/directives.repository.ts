import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate } from '@dondoc/domain';
import type { DirectiveStatus } from '../entities';
import { pageOf, returned, type Page, type Tx } from './executor';
import { unitTaskSql } from './tasks/tasks.repository';
import { subordinateUnitsSql } from './units.repository';
import { timelinessPredicate } from './tasks/timeliness.sql';

// Overdue as every other count judges it: late work awaiting review is still overdue. The overdue
// test never reads the due-soon boundary, so none is bound.
const today = () => '$1::date';
const OVERDUE = timelinessPredicate('overdue', 't', { today, dueSoon: today });

/** A directive in the list: its header and how its tasks stand. */
export interface DirectiveListItem {
  id: string;
  number: string | null;
  symbol: string | null;
  docType: string | null;
  title: string | null;
  date: IsoDate | null;
  status: DirectiveStatus;
  publishedAt: Date | null;
  taskCount: number;
  doneCount: number;
  overdueCount: number;
}

/** How the tasks of a part of a directive stand: a group's members are counted every one, not a page of them. */
export interface TaskProgress {
  /** Tasks not cancelled. */
  total: number;
  done: number;
  overdue: number;
  /** Lead units with a task not cancelled, and those of them whose every such task is done (`9/12 trường`). */
  units: number;
  unitsDone: number;
}

/**
 * Which directives a reader may list, the SQL twin of `directiveReading` (libs/domain): every one;
 * the published ones and the drafts a leader is in charge of; or the published ones that give a
 * unit a task (lead or coordinating), counting only that unit's tasks, and with `subordinates` (a
 * head following the units under his) also the tasks those units lead. A unit member without a
 * unit sees none.
 */
export type DirectiveScope = { kind: 'all' } | { kind: 'leader'; leaderId: string } | { kind: 'unit'; unitId: string | null; subordinates: boolean };

/** The tasks a unit's people read, and the tasks of the units under it that its head follows. */
export interface UnitReader {
  unitId: string;
  subordinates: boolean;
}

/**
 * A task `t` a unit's reader reads: one the unit in `unit` leads or coordinates, or, when the
 * boolean in `subordinates` holds, one a unit under it leads (the head's following, read-only).
 * The SQL twin of `mayRead` (libs/domain) for a unit's people, their relation to the task as
 * `unitRelation` and `mayOversee` find it.
 */
const readerTaskSql = (unit: string, subordinates: string): string =>
  `(${unitTaskSql(unit)} OR (${subordinates} AND t.lead_unit_id IN ${subordinateUnitsSql(unit)}))`;

/** The directive reads that TypeORM's finders do not express. */
@Injectable()
export class DirectivesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first (published, else created), each with its task counts as of `today`. */
  async list(
    today: IsoDate,
    page: { limit: number; offset: number },
    filter: { scope: DirectiveScope; status?: DirectiveStatus },
  ): Promise<Page<DirectiveListItem>> {
    const { scope } = filter;
    const unit = scope.kind === 'unit' ? scope.unitId : null;
    const subordinates = scope.kind === 'unit' && scope.subordinates;
    const leader = scope.kind === 'leader' ? scope.leaderId : null;
    const rows: (DirectiveListItem & { total: string })[] = await this.db.query(
      `SELECT d.id, d.number, d.symbol, d.doc_type AS "docType", d.title, to_char(d.date, 'YYYY-MM-DD') AS date, d.status,
              d.published_at AS "publishedAt",
              COALESCE(s.task_count, 0)::int AS "taskCount", COALESCE(s.done_count, 0)::int AS "doneCount",
              COALESCE(s.overdue_count, 0)::int AS "overdueCount", count(*) OVER () AS total
         FROM directives d
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE t.status <> 'cancelled') AS task_count,
                  count(*) FILTER (WHERE t.status = 'done') AS done_count,
                  count(*) FILTER (WHERE ${OVERDUE}) AS overdue_count
             FROM tasks t WHERE t.directive_id = d.id AND ($6::uuid IS NULL OR ${readerTaskSql('$6::uuid', '$8::boolean')})) s ON true
        WHERE ($4::text IS NULL OR d.status = $4)
          AND ($5::text <> 'leader' OR d.status = 'published' OR d.leader_in_charge_id = $7::uuid)
          AND ($5::text <> 'unit' OR (d.status = 'published'
               AND EXISTS (SELECT 1 FROM tasks t WHERE t.directive_id = d.id AND ${readerTaskSql('$6::uuid', '$8::boolean')})))
        ORDER BY COALESCE(d.published_at, d.created_at) DESC, d.id
        LIMIT $2 OFFSET $3`,
      [today, page.limit, page.offset, filter.status ?? null, scope.kind, unit, leader, subordinates],
    );
    return pageOf(rows);
  }

  /**
   * Each section's task counts as of `today`, by assignment id; with a unit's reader, only the tasks
   * that reader may read.
   */
  async progress(directiveId: string, today: IsoDate, reader: UnitReader | null): Promise<Map<string, TaskProgress>> {
    const rows: (TaskProgress & { assignmentId: string })[] = await this.db.query(
      `WITH per_unit AS (
         SELECT i.assignment_id, t.lead_unit_id,
                count(*) FILTER (WHERE t.status <> 'cancelled') AS total,
                count(*) FILTER (WHERE t.status = 'done') AS done,
                count(*) FILTER (WHERE ${OVERDUE}) AS overdue
           FROM tasks t JOIN assignment_items i ON i.id = t.assignment_item_id
          WHERE t.directive_id = $2 AND ($3::uuid IS NULL OR ${readerTaskSql('$3::uuid', '$4::boolean')})
          GROUP BY i.assignment_id, t.lead_unit_id)
       SELECT assignment_id AS "assignmentId", sum(total)::int AS total, sum(done)::int AS done, sum(overdue)::int AS overdue,
              count(*) FILTER (WHERE total > 0)::int AS units, count(*) FILTER (WHERE total > 0 AND done = total)::int AS "unitsDone"
         FROM per_unit GROUP BY assignment_id`,
      [today, directiveId, reader?.unitId ?? null, reader?.subordinates ?? false],
    );
    return new Map(rows.map(({ assignmentId, ...p }) => [assignmentId, p]));
  }

  /**
   * Hands the directive's open tasks to another leader in charge (null: none, the chairman
   * decides): their decisions and escalations are the new leader's. Finished and cancelled tasks
   * keep the leader they had. Returns the ids of the tasks handed over.
   */
  async reassignLeader(tx: Tx, directiveId: string, leaderId: string | null, now: Date): Promise<string[]> {
    const rows = returned<{ id: string }>(
      await tx.query(
        `UPDATE tasks SET leader_in_charge_id = $2, version = version + 1, updated_at = $3
        WHERE directive_id = $1 AND status IN ('assigned', 'in_progress', 'submitted') AND leader_in_charge_id IS DISTINCT FROM $2::uuid
        RETURNING id`,
        [directiveId, leaderId, now],
      ),
    );
    return rows.map((row) => row.id);
  }

  /** Whether the published directive has a task the reader may read: their unit's, or one a unit under it leads that the head follows. */
  async givesTaskTo(directiveId: string, reader: UnitReader): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM tasks t WHERE t.directive_id = $1 AND ${readerTaskSql('$2::uuid', '$3::boolean')} LIMIT 1`, [
      directiveId,
      reader.unitId,
      reader.subordinates,
    ]);
    return rows.length > 0;
  }
}
