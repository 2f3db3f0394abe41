import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate, TaskStatus } from '@dondoc/domain';
import { runner, type Tx } from './executor';

/** A task as a mail lists it, with the document it comes from. */
export interface MailTask {
  id: string;
  text: string;
  deadline: IsoDate | null;
  unitName: string;
  docType: string | null;
  number: string | null;
  symbol: string | null;
  /** The document's date (ISO). */
  date: IsoDate | null;
}

export interface MailTaskOfRow extends MailTask {
  notificationId: string;
  /** Still open, and the row's step belongs to its current deadline: the mail may still list it. */
  live: boolean;
}

export interface SummaryTask extends MailTask {
  unitId: string;
  status: TaskStatus;
  submittedOn: IsoDate | null;
}

/** A task as its publication mail plans it. */
export interface PublishedTask {
  id: string;
  leadUnitId: string;
  coordinatingUnitIds: string[];
  deadline: IsoDate | null;
  deadlineVersion: number;
}

export interface DirectiveHeader {
  docType: string | null;
  number: string | null;
  symbol: string | null;
  date: IsoDate | null;
  title: string | null;
}

const COLUMNS = `t.id, t.text, to_char(t.deadline, 'YYYY-MM-DD') AS deadline, u.name AS "unitName",
  d.doc_type AS "docType", d.number, d.symbol, to_char(d.date, 'YYYY-MM-DD') AS date`;
const JOINS = 'JOIN units u ON u.id = t.lead_unit_id JOIN directives d ON d.id = t.directive_id';

/** What mails read of tasks and directives, when they are planned and when they are rendered. */
@Injectable()
export class MailTasksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The tasks of many outbox rows in one query, the (row, task) pairs side by side. */
  async ofRows(pairs: { notificationId: string; taskId: string }[]): Promise<MailTaskOfRow[]> {
    if (!pairs.length) return [];
    return this.db.query(
      // Both sides by primary key: just after a sweep's bulk insert the planner may know nothing of
      // reminder_steps, and from a few thousand pairs on it would rather scan all tasks into a hash
      // join (slower, in every measure) than look each one up; OFFSET 0 keeps the lookups.
      `SELECT x.nid AS "notificationId", ${COLUMNS},
              t.status IN ('assigned', 'in_progress') AND EXISTS (SELECT 1 FROM reminder_steps r
                WHERE r.task_id = t.id AND r.deadline_version = t.deadline_version AND x.nid = ANY(r.notification_ids)) AS live
         FROM unnest($1::uuid[], $2::uuid[]) AS x(nid, tid)
              CROSS JOIN LATERAL (SELECT * FROM tasks WHERE id = x.tid OFFSET 0) t ${JOINS}
        ORDER BY t.deadline NULLS LAST, t.created_at`,
      [pairs.map((p) => p.notificationId), pairs.map((p) => p.taskId)],
    );
  }

  /** Every task that is not cancelled, or the ones in a leader's charge, by unit then deadline. */
  async forSummary(leaderId: string | null): Promise<SummaryTask[]> {
    return this.db.query(
      `SELECT ${COLUMNS}, t.status, to_char(t.submitted_on, 'YYYY-MM-DD') AS "submittedOn", u.id AS "unitId"
         FROM tasks t ${JOINS}
        WHERE t.status <> 'cancelled' AND ($1::uuid IS NULL OR t.leader_in_charge_id = $1::uuid)
        ORDER BY u.name, t.deadline NULLS LAST`,
      [leaderId],
    );
  }

  /** The directive's tasks; with `openOnly`, those not yet done or cancelled (the ones a correction still concerns). */
  async ofDirective(tx: Tx, directiveId: string, openOnly = false): Promise<PublishedTask[]> {
    return tx.query(
      `SELECT id, lead_unit_id AS "leadUnitId", coordinating_unit_ids AS "coordinatingUnitIds", to_char(deadline, 'YYYY-MM-DD') AS deadline,
              deadline_version AS "deadlineVersion"
         FROM tasks WHERE directive_id = $1 AND (NOT $2 OR status IN ('assigned', 'in_progress', 'submitted'))`,
      [directiveId, openOnly],
    );
  }

  async directiveHeader(directiveId: string, tx?: Tx): Promise<DirectiveHeader | null> {
    const [row]: DirectiveHeader[] = await runner(this.db, tx).query(
      `SELECT doc_type AS "docType", number, symbol, to_char(date, 'YYYY-MM-DD') AS date, title FROM directives WHERE id = $1`,
      [directiveId],
    );
    return row ?? null;
  }
}
