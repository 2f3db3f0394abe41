import type { DirectiveDraft, DraftAssignment, DraftTask, Id } from '../api/types';

/** Parts a clerk adds by hand have no place in the source text, so they carry no `range`. */
export function emptyTask(): DraftTask {
  return { text: '', deadline: null, deadlineText: null, coordinating: [], recurrence: null, recurrenceText: null };
}

export function emptyAssignment(): DraftAssignment {
  return { unitText: '', unitIds: [], group: false, suggestions: [], coordinating: [], tasks: [emptyTask()] };
}

/** How many tasks publishing creates: one per lead unit per item (a group yields one per member). */
export function countTasksToCreate(draft: DirectiveDraft): number {
  return draft.assignments.reduce((sum, a) => sum + Math.max(a.unitIds.length, 1) * a.tasks.length, 0);
}

export function emptyDraft(sourceText = ''): DirectiveDraft {
  return {
    number: null,
    symbol: null,
    docType: null,
    issuer: null,
    date: null,
    title: null,
    signer: null,
    ranges: {},
    assignments: [],
    sourceText,
  };
}

export function isUnresolved(assignment: DraftAssignment): boolean {
  return assignment.unitIds.length === 0;
}

/** A deletion from the draft, and how to undo it on the draft as it has become since. */
export interface DraftRemoval {
  draft: DirectiveDraft;
  restore(current: DirectiveDraft): DirectiveDraft;
}

const insertAt = <T>(list: readonly T[], index: number, item: T): T[] => [...list.slice(0, index), item, ...list.slice(index)];

/** A removal of what is not there: the draft stays as it is, and so does the undo. */
const nothingRemoved = (draft: DirectiveDraft): DraftRemoval => ({ draft, restore: (current) => current });

/** The draft without item i; undone, the item comes back at its place (or last, if fewer remain). */
export function removeAssignment(draft: DirectiveDraft, index: number): DraftRemoval {
  const removed = draft.assignments[index];
  if (!removed) return nothingRemoved(draft);
  return {
    draft: { ...draft, assignments: draft.assignments.filter((_, k) => k !== index) },
    restore: (current) => ({ ...current, assignments: insertAt(current.assignments, Math.min(index, current.assignments.length), removed) }),
  };
}

/**
 * The draft without task j of item i; undone, the task goes back into that item, found as it was
 * left or else at its place, unless the item itself has gone.
 */
export function removeTask(draft: DirectiveDraft, assignmentIndex: number, taskIndex: number): DraftRemoval {
  const assignment = draft.assignments[assignmentIndex];
  const removed = assignment?.tasks[taskIndex];
  if (!assignment || !removed) return nothingRemoved(draft);
  const shrunk = { ...assignment, tasks: assignment.tasks.filter((_, k) => k !== taskIndex) };
  return {
    draft: { ...draft, assignments: draft.assignments.map((a, k) => (k === assignmentIndex ? shrunk : a)) },
    restore: (current) => {
      const found = current.assignments.indexOf(shrunk);
      const at = found >= 0 ? found : assignmentIndex < current.assignments.length ? assignmentIndex : -1;
      if (at < 0) return current;
      return {
        ...current,
        assignments: current.assignments.map((a, k) => (k === at ? { ...a, tasks: insertAt(a.tasks, Math.min(taskIndex, a.tasks.length), removed) } : a)),
      };
    },
  };
}

/** Problems that would make the draft useless once published, in Vietnamese, one per line. */
export function draftProblems(draft: DirectiveDraft): string[] {
  const problems: string[] = [];
  if (draft.assignments.length === 0) problems.push('Chưa có nội dung giao nhiệm vụ nào.');
  draft.assignments.forEach((assignment, assignmentIndex) => {
    const label = `Mục ${assignmentIndex + 1}${assignment.unitText ? ` (${assignment.unitText})` : ''}`;
    if (isUnresolved(assignment)) problems.push(`${label}: chưa chọn đơn vị chủ trì.`);
    if (assignment.tasks.length === 0) problems.push(`${label}: chưa có nhiệm vụ.`);
    assignment.tasks.forEach((task, taskIndex) => {
      if (!task.text.trim()) problems.push(`${label}, nhiệm vụ ${taskIndex + 1}: chưa có nội dung.`);
    });
  });
  return problems;
}

/** Sets a coordinating list from chosen unit ids, keeping the text the parser read for each. */
export function coordinatingFromIds(previous: DraftTask['coordinating'], ids: Id[], nameOf: (id: Id) => string): DraftTask['coordinating'] {
  const kept = previous.filter((c) => c.unitId === null || ids.some((id) => String(id) === String(c.unitId)));
  const missing = ids.filter((id) => !kept.some((c) => c.unitId !== null && String(c.unitId) === String(id)));
  return [...kept, ...missing.map((id) => ({ text: nameOf(id), unitId: id }))];
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

const DRAFT_KEYS = ['number', 'symbol', 'docType', 'issuer', 'date', 'dateText', 'title', 'signer', 'recipients', 'ranges', 'sourceText'] as const;
const ASSIGNMENT_KEYS = ['unitText', 'unitIds', 'group', 'suggestions', 'coordinating', 'range'] as const;
const TASK_KEYS = [
  'text',
  'deadline',
  'deadlineText',
  'coordinating',
  'recurrence',
  'recurrenceText',
  'recurrenceDay',
  'recurrenceMonth',
  'recurrenceEndsOn',
  'range',
  'deadlineRange',
] as const;

/**
 * The draft as the API takes it: the parse shape only. A saved directive comes back with ids and
 * status fields that the API would refuse as unknown input.
 */
export function toDraftBody(draft: DirectiveDraft): DirectiveDraft {
  return {
    ...pick(draft, DRAFT_KEYS),
    number: draft.number ?? null,
    symbol: draft.symbol ?? null,
    docType: draft.docType ?? null,
    issuer: draft.issuer ?? null,
    date: draft.date ?? null,
    title: draft.title ?? null,
    signer: draft.signer ?? null,
    assignments: (draft.assignments ?? []).map((assignment) => ({
      ...pick(assignment, ASSIGNMENT_KEYS),
      unitIds: assignment.unitIds ?? [],
      group: assignment.group ?? false,
      coordinating: (assignment.coordinating ?? []).map((c) => ({ text: c.text, unitId: c.unitId })),
      tasks: (assignment.tasks ?? []).map((task) => ({
        ...pick(task, TASK_KEYS),
        text: task.text,
        deadline: task.deadline ?? null,
        deadlineText: task.deadlineText ?? null,
        recurrence: task.recurrence ?? null,
        coordinating: (task.coordinating ?? []).map((c) => ({ text: c.text, unitId: c.unitId })),
      })),
    })),
  };
}

/** A saved directive (GET /api/directives/:id answers in the draft's shape) ready for the editor. */
export function draftFromDirective(directive: DirectiveDraft): DirectiveDraft {
  return {
    ...directive,
    assignments: directive.assignments.map((assignment) => ({
      ...assignment,
      coordinating: assignment.coordinating ?? [],
      tasks: assignment.tasks.map((t) => ({ ...t, coordinating: t.coordinating ?? [] })),
    })),
  };
}
