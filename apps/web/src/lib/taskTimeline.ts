import type { ExtensionRequest, TaskDetail, TaskNotification, TaskUpdate } from '../api/types';
import { STATUS_LABEL } from './labels';

export type TimelineEntry =
  | { type: 'update'; at: string; update: TaskUpdate }
  | { type: 'notification'; at: string; notification: TaskNotification }
  /** An extension asked for, and once decided, the decision as an entry of its own. */
  | { type: 'extension'; at: string; request: ExtensionRequest; decided: boolean };

/**
 * Updates, extension requests and reminders on one time line, newest first. A reminder is placed
 * at the moment it was sent, or when it was queued if it has not gone out.
 */
export function buildTaskTimeline(task: Pick<TaskDetail, 'updates' | 'notifications'> & Partial<Pick<TaskDetail, 'extensionRequests'>>): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...(task.updates ?? []).map((update): TimelineEntry => ({ type: 'update', at: update.createdAt, update })),
    ...(task.extensionRequests ?? []).flatMap((request): TimelineEntry[] => [
      { type: 'extension', at: request.createdAt, request, decided: false },
      ...(request.decidedAt ? [{ type: 'extension' as const, at: request.decidedAt, request, decided: true }] : []),
    ]),
    ...(task.notifications ?? []).map((notification): TimelineEntry => ({
      type: 'notification',
      at: notification.sentAt ?? notification.createdAt,
      notification,
    })),
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

/** What an update did, as its heading on the time line and beside the files it brought. */
export function updateTitle(update: TaskUpdate): string {
  if (update.kind === 'status' && update.toStatus) {
    return update.fromStatus ? `${STATUS_LABEL[update.fromStatus]} → ${STATUS_LABEL[update.toStatus]}` : STATUS_LABEL[update.toStatus];
  }
  if (update.kind === 'progress' && update.progress !== null && update.progress !== undefined) return `Báo cáo tiến độ: ${update.progress}%`;
  if (update.kind === 'correction') return 'Đính chính nhiệm vụ';
  return update.note || !update.attachments?.length ? 'Ghi chú' : 'Bổ sung tệp đính kèm';
}

/** The deadline an approved request set: the one granted, which may differ from the one asked for. */
export const grantedDeadline = (request: ExtensionRequest) => request.grantedDeadline ?? request.requestedDeadline;
