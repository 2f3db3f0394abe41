import type { DirectiveDraft } from '../api/types';
import type { Mark } from './highlight';

export type MarkKind = 'header' | 'assignment' | 'unresolved' | 'task' | 'deadline';

export const assignmentKey = (i: number) => `a${i}`;
export const taskKey = (i: number, j: number) => `a${i}t${j}`;
export const deadlineKey = (i: number, j: number) => `a${i}t${j}d`;
export const headerKey = (field: string) => `h-${field}`;

/** The id of the editor element for a key, to scroll it into view from the source text or the doubt list. */
export const editorElementId = (key: string) => `draft-${key}`;

/** The editor element a mark belongs to: a deadline lives in its task's card. */
export function editorKeyOf(markKey: string): string {
  return markKey.endsWith('d') && /^a\d+t\d+d$/.test(markKey) ? markKey.slice(0, -1) : markKey;
}

/** Every part of the draft that the parser found in the source text, as highlight marks. */
export function draftMarks(draft: DirectiveDraft): Mark<MarkKind>[] {
  const marks: Mark<MarkKind>[] = [];
  for (const [field, range] of Object.entries(draft.ranges ?? {})) {
    if (range) marks.push({ ...range, kind: 'header', key: headerKey(field) });
  }
  draft.assignments.forEach((assignment, assignmentIndex) => {
    if (assignment.range)
      marks.push({ ...assignment.range, kind: assignment.unitIds.length ? 'assignment' : 'unresolved', key: assignmentKey(assignmentIndex) });
    assignment.tasks.forEach((task, taskIndex) => {
      if (task.range) marks.push({ ...task.range, kind: 'task', key: taskKey(assignmentIndex, taskIndex) });
      if (task.deadlineRange) marks.push({ ...task.deadlineRange, kind: 'deadline', key: deadlineKey(assignmentIndex, taskIndex) });
    });
  });
  return marks;
}
