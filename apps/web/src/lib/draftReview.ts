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
  draft.assignments.forEach((a, i) => {
    const name = a.unitText || `mục ${i + 1}`;
    let reasons = (a.reasons ?? []).filter((r) => a.unitIds.length === 0 || !SETTLED_BY_UNIT.test(r));
    if (a.unitIds.length === 0 && reasons.length === 0) reasons = ['chưa chọn đơn vị được giao'];
    if (reasons.length > 0) {
      items.push({ key: assignmentKey(i), label: `Mục ${i + 1}: ${name}`, confidence: a.unitIds.length === 0 ? Math.min(a.confidence ?? 0.5, 0.5) : (a.confidence ?? 1), reasons });
    }
    a.tasks.forEach((t, j) => {
      const left = (t.reasons ?? []).filter((r) => t.deadline === null || !SETTLED_BY_DEADLINE.test(r) || /trước ngày ban hành/u.test(r));
      if (left.length > 0) items.push({ key: taskKey(i, j), label: `Mục ${i + 1}, nhiệm vụ ${j + 1}`, confidence: t.confidence ?? 1, reasons: left });
    });
  });
  return items.sort((x, y) => x.confidence - y.confidence);
}
