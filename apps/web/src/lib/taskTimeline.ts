import type { TaskDetail, TaskNotification, TaskUpdate } from '../api/types';

export type TimelineEntry =
  | { type: 'update'; at: string; update: TaskUpdate }
  | { type: 'notification'; at: string; notification: TaskNotification };

/**
 * Updates and reminders on one time line, newest first. A reminder is placed at the moment it was
 * sent, or when it was queued if it has not gone out.
 */
export function buildTaskTimeline(task: Pick<TaskDetail, 'updates' | 'notifications'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...(task.updates ?? []).map((update): TimelineEntry => ({ type: 'update', at: update.createdAt, update })),
    ...(task.notifications ?? []).map(
      (notification): TimelineEntry => ({ type: 'notification', at: notification.sentAt ?? notification.createdAt, notification }),
    ),
  ];
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** Where a task stands after its submitted work was sent back. */
export interface ReturnedWork {
  /** The status change that sent it back; its note is the reason. */
  returned: TaskUpdate;
  /** Whether the unit has reported progress since, so its percent is news again. */
  reportedSince: boolean;
}

/**
 * The work's return, while the unit is redoing it: the task is open again and its last status
 * change was from submitted back. Its percent still says 100 from the submission until the unit reports.
 */
export function returnedWork(task: Pick<TaskDetail, 'status' | 'updates'>): ReturnedWork | null {
  if (task.status !== 'assigned' && task.status !== 'in_progress') return null;
  const updates = [...(task.updates ?? [])].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const lastMove = updates.findIndex((u) => u.toStatus !== null);
  const returned = updates[lastMove];
  if (!returned || returned.fromStatus !== 'submitted') return null;
  return { returned, reportedSince: updates.slice(0, lastMove).some((u) => u.progress !== null) };
}
