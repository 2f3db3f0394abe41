import { directiveLabel } from '@dondoc/domain';

/** What the templates are given: one line per task, dates as ISO strings (the `date` helper formats them). */
export interface TaskLine {
  id: string;
  text: string;
  unitName: string;
  deadline: string | null;
  daysOverdue: number;
  link: string;
  /** e.g. `Thông báo số 123/TB-UBND ngày 25/09/2023`. */
  directive: string | null;
}

export interface DigestView {
  recipientName: string | null;
  appUrl: string;
  taskCount: number;
  overdue: TaskLine[];
  dueToday: TaskLine[];
  dueSoon: TaskLine[];
  /** The recipient is told as the leader in charge (or the committee's head). */
  escalation: boolean;
  /** The unit's head is told the overdue task went up to the leader. */
  escalatedToLeader: boolean;
  escalateAfter: number;
}

/** A document as a mail names it. */
export interface DocumentRef {
  docType: string | null;
  number: string | null;
  symbol: string | null;
  /** ISO date. */
  date: string | null;
}

/** A task as a mail names it: its text, its unit, its deadline and the document it comes from. */
export interface MailTaskRef extends DocumentRef {
  id: string;
  text: string;
  unitName: string;
  deadline: string | null;
}

/** The task's line in a mail, with the link to its page in the app. */
export function taskLine(task: MailTaskRef, appUrl: string, daysOverdue: number): TaskLine {
  return {
    id: task.id,
    text: task.text,
    unitName: task.unitName,
    deadline: task.deadline,
    daysOverdue,
    link: `${appUrl}/tasks/${task.id}`,
    directive: directiveLabel(task),
  };
}

/** One step of the reminder plan a digest lists for a task. */
export interface DigestItem {
  taskId: string;
  /** `before`, `due`, `overdue` or `escalation`. */
  kind: string;
  /** Whom the step was for: `unit`, `leader`, `chairman` ... */
  track: string;
  daysOverdue: number;
}

/** The more pressing of a task's steps wins its place in the digest. */
const PRESSURE: Record<string, number> = { before: 0, due: 1, overdue: 2, escalation: 3 };

/**
 * What a digest says, from its steps and its tasks' lines: each task once, under its most pressing
 * step, in the section that step belongs to (the most overdue first); whether it speaks to the
 * leader of an escalated task, and whether it tells the unit its overdue task went up to him.
 */
export function digestView(
  base: Pick<DigestView, 'recipientName' | 'appUrl'>,
  items: DigestItem[],
  lines: Map<string, TaskLine>,
  escalateAfter: number,
): DigestView {
  const byTask = new Map<string, DigestItem>();
  for (const item of items) {
    const previous = byTask.get(item.taskId);
    if (!previous || (PRESSURE[item.kind] ?? -1) > (PRESSURE[previous.kind] ?? -1)) byTask.set(item.taskId, item);
  }
  const view: DigestView = {
    ...base,
    taskCount: 0,
    overdue: [],
    dueToday: [],
    dueSoon: [],
    escalation: false,
    escalatedToLeader: false,
    escalateAfter,
  };
  for (const item of byTask.values()) {
    const line = lines.get(item.taskId);
    if (!line) continue;
    const withDays = { ...line, daysOverdue: item.daysOverdue };
    if (item.kind === 'before') view.dueSoon.push(withDays);
    else if (item.kind === 'due') view.dueToday.push(withDays);
    else view.overdue.push(withDays);
    if (item.track === 'leader' || item.track === 'chairman') view.escalation = true;
    if (item.track === 'unit' && escalateAfter > 0 && item.daysOverdue >= escalateAfter) view.escalatedToLeader = true;
  }
  view.overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
  view.taskCount = view.overdue.length + view.dueToday.length + view.dueSoon.length;
  return view;
}
