import type { AssignmentDraft, Doubt, TaskDraft } from './types';

/** Why a part of the draft needs the clerk's eye, as the review screen says it. */
export const REASONS = {
  unknownUnit: 'tên đơn vị không có trong danh mục',
  vagueGroup: 'nhóm đơn vị chưa rõ gồm những đơn vị nào',
  groupWithoutMembers: 'danh mục chưa có đơn vị nào thuộc nhóm này',
  noDeadline: 'không rõ thời hạn',
  unreadDeadline: 'thời hạn không quy được ra ngày',
  shortTask: 'nội dung nhiệm vụ quá ngắn, có thể bị cắt',
  pastDeadline: 'thời hạn trước ngày ban hành văn bản',
} as const;

function doubt(reasons: string[], weights: number[]): Doubt {
  const confidence = weights.reduce((c, w) => c * w, 1);
  return { confidence: Math.round(confidence * 100) / 100, reasons };
}

/**
 * The parser's doubts about a task: a missing or unreadable deadline (a standing or recurring duty
 * has none by design), a text too short to be a whole duty, a deadline before the document itself.
 */
export function taskDoubt(task: Omit<TaskDraft, keyof Doubt>, documentDate: string | null): Doubt {
  const reasons: string[] = [];
  const weights: number[] = [];
  const standing = task.recurrence !== null || (task.deadlineText !== null && /thường\s+xuyên/iu.test(task.deadlineText));
  if (task.deadline === null && !standing) {
    reasons.push(task.deadlineText ? REASONS.unreadDeadline : REASONS.noDeadline);
    weights.push(task.deadlineText ? 0.6 : 0.8);
  }
  if (task.text.length < 40 && task.text.replace(/\s+/g, ' ').trim().length < 20) {
    reasons.push(REASONS.shortTask);
    weights.push(0.5);
  }
  if (task.deadline !== null && documentDate !== null && task.deadline < documentDate) {
    reasons.push(REASONS.pastDeadline);
    weights.push(0.5);
  }
  return doubt(reasons, weights);
}

/** The parser's doubts about who is assigned: a name not in the office's list, or a group it cannot fill. */
export function assignmentDoubt(assignment: Pick<AssignmentDraft, 'unitIds' | 'group'> & { vague: boolean; recognised: boolean }): Doubt {
  if (assignment.unitIds.length > 0) return doubt([], []);
  if (assignment.group) return doubt([assignment.vague ? REASONS.vagueGroup : REASONS.groupWithoutMembers], [assignment.vague ? 0.5 : 0.6]);
  return doubt([REASONS.unknownUnit], [assignment.recognised ? 0.6 : 0.4]);
}
