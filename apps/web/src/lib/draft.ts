import type { DirectiveDraft, DraftAssignment, DraftTask, Id } from '../api/types';

export function emptyTask(): DraftTask {
  return { text: '', deadline: null, deadlineText: null, coordinating: [], recurrence: null, range: null };
}

export function emptyAssignment(): DraftAssignment {
  return { unitText: '', unitIds: [], group: false, suggestions: [], coordinating: [], range: null, tasks: [emptyTask()] };
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

/** Problems that would make the draft useless once published, in Vietnamese, one per line. */
export function draftProblems(draft: DirectiveDraft): string[] {
  const problems: string[] = [];
  if (draft.assignments.length === 0) problems.push('Chưa có nội dung giao nhiệm vụ nào.');
  draft.assignments.forEach((a, i) => {
    const label = `Mục ${i + 1}${a.unitText ? ` (${a.unitText})` : ''}`;
    if (isUnresolved(a)) problems.push(`${label}: chưa chọn đơn vị chủ trì.`);
    if (a.tasks.length === 0) problems.push(`${label}: chưa có nhiệm vụ.`);
    a.tasks.forEach((t, j) => {
      if (!t.text.trim()) problems.push(`${label}, nhiệm vụ ${j + 1}: chưa có nội dung.`);
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
