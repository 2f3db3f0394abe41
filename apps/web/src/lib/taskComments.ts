import type { TaskDetail, TaskUpdate } from '../api/types';

/** A comment: a note with words, without progress or a status move (those are reports). */
export function taskComments(task: Pick<TaskDetail, 'updates'>): TaskUpdate[] {
  return (task.updates ?? []).filter((u) => u.kind === 'note' && !!u.note?.trim()).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** A leader's comment is a direction (ý kiến chỉ đạo); the others answer or remark. */
export function commentLabel(update: Pick<TaskUpdate, 'author'>): string {
  return update.author?.role === 'leader' ? 'Ý kiến chỉ đạo' : 'Ý kiến';
}
