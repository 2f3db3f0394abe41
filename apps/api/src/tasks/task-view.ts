import type { TaskRow } from '@dondoc/database';
import type { Recurrence, TaskStatus, Timeliness } from '@dondoc/domain';

/** A task as the API shows it in lists and on its page. */
export interface TaskView {
  id: string;
  text: string;
  status: TaskStatus;
  timeliness: Timeliness | null;
  progress: number;
  /** The deadline in force: the stated date, or the next working day when that is a day off. */
  deadline: string | null;
  /** The date the document (or the extension granted) gives. */
  statedDeadline: string | null;
  originalDeadline: string | null;
  deadlineText: string | null;
  recurrence: Recurrence | null;
  /** A recurring duty's task: its series, and the first and last day of its period. */
  seriesId: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  extensionCount: number;
  extendedWhileOverdue: boolean;
  leadUnit: { id: string; code: string; name: string };
  coordinatingUnits: { id: string; code: string; name: string }[];
  directive: { id: string; number: string | null; symbol: string | null; title: string | null; date: string | null };
  leaderInCharge: { id: string; name: string } | null;
  clerk: { id: string; name: string } | null;
  submittedAt: Date | null;
  completedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toTaskView(r: TaskRow, units: Map<string, { id: string; code: string; name: string }>): TaskView {
  return {
    id: r.id,
    text: r.text,
    status: r.status,
    timeliness: r.timeliness,
    progress: r.progress,
    deadline: r.deadline,
    statedDeadline: r.stated_deadline,
    originalDeadline: r.original_deadline,
    deadlineText: r.deadline_text,
    recurrence: r.recurrence,
    seriesId: r.series_id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    extensionCount: r.extension_count,
    extendedWhileOverdue: r.extended_while_overdue,
    leadUnit: { id: r.lead_unit_id, code: r.lead_unit_code, name: r.lead_unit_name },
    coordinatingUnits: r.coordinating_unit_ids.map((id) => units.get(id)).filter((u): u is { id: string; code: string; name: string } => !!u),
    directive: { id: r.directive_id, number: r.directive_number, symbol: r.directive_symbol, title: r.directive_title, date: r.directive_date },
    leaderInCharge: r.leader_id ? { id: r.leader_id, name: r.leader_name ?? '' } : null,
    clerk: r.clerk_id ? { id: r.clerk_id, name: r.clerk_name ?? '' } : null,
    submittedAt: r.submitted_at,
    completedAt: r.completed_at,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
