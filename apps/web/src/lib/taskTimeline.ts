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
