import type { DirectiveDraft } from '../api/types';
import { assignmentKey, taskKey } from './draftMarks';

/** A part of the draft the clerk should look at, with why. */
export interface ReviewItem {
  key: string;
  label: string;
  confidence: number;
  reasons: string[];
}

// The parser's reasons that a clerk's correction settles: a unit chosen, a deadline given.
const SETTLED_BY_UNIT = /đơn vị|danh mục/u;
const SETTLED_BY_DEADLINE = /thời hạn/u;

/**
 * The doubtful parts of a draft, least sure first: the parser's reasons, less those the clerk has
 * since settled, and an assignment with no unit whatever the parser said.
 */
export function reviewItems(draft: DirectiveDraft): ReviewItem[] {
  const items: ReviewItem[] = [];
  draft.assignments.forEach((assignment, assignmentIndex) => {
    const name = assignment.unitText || `mục ${assignmentIndex + 1}`;
    let reasons = (assignment.reasons ?? []).filter((r) => assignment.unitIds.length === 0 || !SETTLED_BY_UNIT.test(r));
    if (assignment.unitIds.length === 0 && reasons.length === 0) reasons = ['chưa chọn đơn vị được giao'];
    if (reasons.length > 0) {
      items.push({
        key: assignmentKey(assignmentIndex),
        label: `Mục ${assignmentIndex + 1}: ${name}`,
        confidence: assignment.unitIds.length === 0 ? Math.min(assignment.confidence ?? 0.5, 0.5) : (assignment.confidence ?? 1),
        reasons,
      });
    }
    assignment.tasks.forEach((task, taskIndex) => {
      const left = (task.reasons ?? []).filter((r) => task.deadline === null || !SETTLED_BY_DEADLINE.test(r) || /trước ngày ban hành/u.test(r));
      if (left.length > 0)
        items.push({
          key: taskKey(assignmentIndex, taskIndex),
          label: `Mục ${assignmentIndex + 1}, nhiệm vụ ${taskIndex + 1}`,
          confidence: task.confidence ?? 1,
          reasons: left,
        });
    });
  });
  return items.sort((x, y) => x.confidence - y.confidence);
}
