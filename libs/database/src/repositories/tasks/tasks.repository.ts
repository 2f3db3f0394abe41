import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { WorkingCalendar } from '@dondoc/calendar';
import { foldVietnamese, type ExtensionStatus, type IsoDate, type TaskStatus, type Timeliness, type TimelinessContext } from '@dondoc/domain';
import { preparedQuery } from '../../prepared-query';
import { pageOf, type Tx } from '../executor';
import { subordinateUnitsSql } from '../units.repository';
import { TASK_COLUMNS, TASK_JOINS, type TaskRow } from './task-row';
import { SqlParams, timelinessCase, timelinessPredicate } from './timeliness.sql';

/** Which tasks a list shows. */
export interface TaskFilter {
  /** A unit's people: only the tasks their unit leads or coordinates (none for someone of no unit). */
  memberOf?: string | null;
  /** A unit's head following the units under his: the tasks they lead, those `mayRead` lets him read as 'oversees' (libs/domain). */
  ledUnder?: string;
  leadUnitId?: string;
  directiveId?: string;
  status?: TaskStatus;
  timeliness?: Timeliness;
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
  /** Words looked for in the task's text, accents and case aside. */
  text?: string;
}

export interface UnitRef {
  id: string;
  code: string;
  name: string;
}

export interface ExtensionRequestListItem {
  id: string;
  requestedDeadline: IsoDate;
  previousDeadline: IsoDate | null;
  reason: string;
  status: ExtensionStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  requestedBy: { id: string; name: string };
  task: { id: string; text: string; leadUnit: UnitRef };
}

/** The task reads of the lists and the task page (the writes go through TypeORM's entity manager in one transaction). */
@Injectable()
export class TasksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The contract's order: overdue first (oldest deadline first), then by deadline, standing tasks last. */
  async page(filter: TaskFilter, ctx: TimelinessContext, page: { limit: number; offset: number }): Promise<{ rows: TaskRow[]; total: number }> {
    const listParams = new SqlParams();
    const list = where(filter, ctx, listParams);
    const today = list.dates.today();
    const dueSoon = list.dates.dueSoon();
    const countParams = new SqlParams();
    const count = where(filter, ctx, countParams);
    // Prepared: for the list, planning cost more than running.
    const [rows, counted] = await Promise.all([
      preparedQuery<TaskRow>(
        this.db,
        `SELECT ${TASK_COLUMNS}, ${timelinessCase('t', today, dueSoon)} AS timeliness
           FROM tasks t ${TASK_JOINS}
           ${list.sql}
          ORDER BY (t.status IN ('assigned', 'in_progress') AND t.deadline < ${today}) IS TRUE DESC,
                   t.deadline ASC NULLS LAST, t.created_at, t.id
          LIMIT ${listParams.add(page.limit)} OFFSET ${listParams.add(page.offset)}`,
        listParams.values,
      ),
      preparedQuery<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM tasks t ${count.sql}`, countParams.values),
    ]);
    return { rows, total: counted[0]?.n ?? 0 };
  }

  async one(id: string, ctx: TimelinessContext): Promise<TaskRow | null> {
    const [row]: TaskRow[] = await this.db.query(
      `SELECT ${TASK_COLUMNS}, ${timelinessCase('t', '$2::date', '$3::date')} AS timeliness
         FROM tasks t ${TASK_JOINS} WHERE t.id = $1`,
      [id, ctx.today, ctx.dueSoonUntil],
    );
    return row ?? null;
  }

  async units(ids: string[]): Promise<Map<string, UnitRef>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows: UnitRef[] = await this.db.query('SELECT id, code, name FROM units WHERE id = ANY($1::uuid[])', [unique]);
    return new Map(rows.map((u) => [u.id, u]));
  }

  /** The paragraph of the document the task was read from, for the clerk to check against. */
  async sourceParagraph(id: string): Promise<string | null> {
    const [row]: { paragraph: string | null }[] = await this.db.query(
      `SELECT CASE WHEN i.source_range IS NULL OR d.source_text IS NULL THEN NULL
                   ELSE substr(d.source_text, (i.source_range->>'start')::int + 1,
                               (i.source_range->>'end')::int - (i.source_range->>'start')::int) END AS paragraph
         FROM tasks t JOIN assignment_items i ON i.id = t.assignment_item_id JOIN directives d ON d.id = t.directive_id
        WHERE t.id = $1`,
      [id],
    );
    return row?.paragraph ?? null;
  }

  /** Extension requests, oldest first, optionally of one status or of the tasks one unit leads. */
  async extensionRequests(
    filter: { status?: ExtensionStatus; leadUnitId?: string | null; leaderInChargeId?: string },
    page: { limit: number; offset: number },
  ): Promise<{ items: ExtensionRequestListItem[]; total: number }> {
    const p = new SqlParams();
    const conditions: string[] = [];
    if (filter.status) conditions.push(`e.status = ${p.add(filter.status)}`);
    if (filter.leadUnitId !== undefined) conditions.push(`t.lead_unit_id = ${p.add(filter.leadUnitId)}`);
    if (filter.leaderInChargeId !== undefined) conditions.push(`t.leader_in_charge_id = ${p.add(filter.leaderInChargeId)}::uuid`);
    const rows: (ExtensionRequestListItem & { total: string })[] = await this.db.query(
      `SELECT e.id, to_char(e.requested_deadline, 'YYYY-MM-DD') AS "requestedDeadline", to_char(e.previous_deadline, 'YYYY-MM-DD') AS "previousDeadline",
              e.reason, e.status, e.created_at AS "createdAt", e.decided_at AS "decidedAt", e.decision_note AS "decisionNote",
              json_build_object('id', rb.id, 'name', rb.name) AS "requestedBy",
              json_build_object('id', t.id, 'text', t.text, 'leadUnit', json_build_object('id', u.id, 'code', u.code, 'name', u.name)) AS task,
              count(*) OVER () AS total
         FROM extension_requests e JOIN tasks t ON t.id = e.task_id JOIN units u ON u.id = t.lead_unit_id
         JOIN users rb ON rb.id = e.requested_by_id
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY e.created_at, e.id LIMIT ${p.add(page.limit)} OFFSET ${p.add(page.offset)}`,
      p.values,
    );
    return pageOf(rows);
  }

  /**
   * Each open task's deadline in force, worked out again from its stated date under `calendar`;
   * the ones that move get a new deadline version (their reminders are planned anew) and a line
   * in their deadline history at `change.at` (the business clock), so that a report as of an
   * earlier day keeps the deadline then in force. Returns how many moved.
   */
  async moveDeadlinesInForce(tx: Tx, calendar: WorkingCalendar, change: { changedById: string; at: Date; reason: string }): Promise<number> {
    const open: { id: string; stated: IsoDate; deadline: IsoDate | null }[] = await tx.query(
      `SELECT id, to_char(stated_deadline, 'YYYY-MM-DD') AS stated, to_char(deadline, 'YYYY-MM-DD') AS deadline
         FROM tasks WHERE status IN ('assigned', 'in_progress', 'submitted') AND stated_deadline IS NOT NULL`,
    );
    const moved = open.map((t) => ({ id: t.id, to: calendar.dateInForce(t.stated), from: t.deadline })).filter((t) => t.to !== t.from);
    if (moved.length) {
      await tx.query(
        `UPDATE tasks t SET deadline = x.deadline, deadline_version = t.deadline_version + 1, version = t.version + 1, updated_at = now()
           FROM unnest($1::uuid[], $2::date[]) AS x(id, deadline) WHERE t.id = x.id`,
        [moved.map((t) => t.id), moved.map((t) => t.to)],
      );
      await tx.query(
        `INSERT INTO deadline_changes (task_id, previous_deadline, new_deadline, reason, extension_request_id, changed_by_id, at)
         SELECT x.id, x.previous, x.deadline, $4, NULL, $5, $6 FROM unnest($1::uuid[], $2::date[], $3::date[]) AS x(id, previous, deadline)`,
        [moved.map((t) => t.id), moved.map((t) => t.from), moved.map((t) => t.to), change.reason, change.changedById, change.at],
      );
    }
    return moved.length;
  }
}

/**
 * A task `t` that the unit in the parameter `unit` leads or coordinates: what a unit's people may
 * read, `mayRead` (libs/domain) for the relations `unitRelation` finds ('lead', 'coordinating').
 */
export const unitTaskSql = (unit: string): string => `(t.lead_unit_id = ${unit} OR t.coordinating_unit_ids @> ARRAY[${unit}]::uuid[])`;

/** The WHERE clause of a list; each query adds only the parameters it uses (PostgreSQL refuses one whose type it cannot infer). */
function where(filter: TaskFilter, ctx: TimelinessContext, p: SqlParams) {
  let today: string | undefined;
  let dueSoon: string | undefined;
  const dates = {
    today: () => (today ??= `${p.add(ctx.today)}::date`),
    dueSoon: () => (dueSoon ??= `${p.add(ctx.dueSoonUntil)}::date`),
  };
  const conditions: string[] = [];
  if (filter.memberOf !== undefined) {
    const mine = p.add(filter.memberOf);
    conditions.push(unitTaskSql(mine));
  }
  if (filter.ledUnder) conditions.push(`t.lead_unit_id IN ${subordinateUnitsSql(`${p.add(filter.ledUnder)}::uuid`)}`);
  if (filter.leadUnitId) conditions.push(`t.lead_unit_id = ${p.add(filter.leadUnitId)}`);
  if (filter.directiveId) conditions.push(`t.directive_id = ${p.add(filter.directiveId)}`);
  if (filter.status) conditions.push(`t.status = ${p.add(filter.status)}`);
  if (filter.timeliness) conditions.push(timelinessPredicate(filter.timeliness, 't', dates));
  if (filter.dueFrom) conditions.push(`t.deadline >= ${p.add(filter.dueFrom)}::date`);
  if (filter.dueTo) conditions.push(`t.deadline <= ${p.add(filter.dueTo)}::date`);
  if (filter.text) {
    const words = foldVietnamese(filter.text).split(' ').filter(Boolean).slice(0, 10);
    for (const w of words) conditions.push(`t.text_folded LIKE ${p.add(`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', dates };
}
