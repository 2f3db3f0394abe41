import { formatDate } from './renderer';

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

/** `Thông báo số 123/TB-UBND ngày 25/09/2023`; a document with no type is a `Văn bản`. */
export function documentLabel(d: DocumentRef): string {
  const number = d.number || d.symbol ? `số ${[d.number, d.symbol].filter(Boolean).join('/')}` : null;
  return [d.docType ?? 'Văn bản', number, d.date ? `ngày ${formatDate(d.date)}` : null].filter(Boolean).join(' ');
}
