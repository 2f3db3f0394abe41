import type { Recurrence, TaskStatus, Timeliness } from '@dondoc/domain';

/** A task as the lists and the task page read it: its own columns, its unit, document and people. */
export interface TaskRow {
  id: string;
  text: string;
  status: TaskStatus;
  timeliness: Timeliness | null;
  progress: number;
  deadline: string | null;
  original_deadline: string | null;
  stated_deadline: string | null;
  deadline_text: string | null;
  recurrence: Recurrence | null;
  series_id: string | null;
  period_start: string | null;
  period_end: string | null;
  extension_count: number;
  extended_while_overdue: boolean;
  coordinating_unit_ids: string[];
  lead_unit_id: string;
  lead_unit_code: string;
  lead_unit_name: string;
  directive_id: string;
  directive_doc_type: string | null;
  directive_number: string | null;
  directive_symbol: string | null;
  directive_title: string | null;
  directive_date: string | null;
  leader_id: string | null;
  leader_name: string | null;
  clerk_id: string | null;
  clerk_name: string | null;
  submitted_at: Date | null;
  completed_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const TASK_COLUMNS = `
  t.id, t.text, t.status, t.progress, t.deadline_text, t.recurrence, t.extension_count, t.extended_while_overdue,
  to_char(t.deadline, 'YYYY-MM-DD') AS deadline, to_char(t.original_deadline, 'YYYY-MM-DD') AS original_deadline,
  to_char(t.stated_deadline, 'YYYY-MM-DD') AS stated_deadline,
  t.series_id, to_char(t.period_start, 'YYYY-MM-DD') AS period_start, to_char(t.period_end, 'YYYY-MM-DD') AS period_end,
  t.coordinating_unit_ids, t.submitted_at, t.completed_at, t.version, t.created_at, t.updated_at,
  u.id AS lead_unit_id, u.code AS lead_unit_code, u.name AS lead_unit_name,
  d.id AS directive_id, d.doc_type AS directive_doc_type, d.number AS directive_number, d.symbol AS directive_symbol, d.title AS directive_title,
  to_char(d.date, 'YYYY-MM-DD') AS directive_date,
  li.id AS leader_id, li.name AS leader_name, cl.id AS clerk_id, cl.name AS clerk_name`;

export const TASK_JOINS = `
  JOIN units u ON u.id = t.lead_unit_id
  JOIN directives d ON d.id = t.directive_id
  LEFT JOIN users li ON li.id = t.leader_in_charge_id
  LEFT JOIN users cl ON cl.id = t.clerk_id`;
