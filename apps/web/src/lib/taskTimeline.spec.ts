import { describe, expect, it } from '@jest/globals';
import type { ExtensionRequest, TaskNotification, TaskUpdate } from '../api/types';
import { buildTaskTimeline, returnedWork } from './taskTimeline';

const update = (id: string, createdAt: string): TaskUpdate => ({
  id,
  kind: 'progress',
  progress: 50,
  note: null,
  fromStatus: null,
  toStatus: null,
  author: null,
  createdAt,
  attachments: [],
});

const notification = (id: string, createdAt: string, sentAt: string | null): TaskNotification => ({
  id,
  kind: 'digest',
  recipientEmail: 'a@b.c',
  recipientName: null,
  recipientRole: null,
  status: sentAt ? 'sent' : 'pending',
  sentAt,
  createdAt,
  step: 'due',
  track: 'unit',
  reason: null,
});

describe('buildTaskTimeline', () => {
  it('merges updates and reminders, newest first, reminders at their send time', () => {
    const entries = buildTaskTimeline({
      updates: [update('1', '2023-10-01T01:00:00Z'), update('2', '2023-10-03T01:00:00Z')],
      notifications: [notification('10', '2023-09-30T00:00:00Z', '2023-10-02T00:30:00Z'), notification('11', '2023-10-04T00:00:00Z', null)],
    });
    expect(entries.map((e) => (e.type === 'update' ? `u${e.update.id}` : e.type === 'notification' ? `n${e.notification.id}` : 'e'))).toEqual([
      'n11',
      'u2',
      'n10',
      'u1',
    ]);
  });

  it('places an extension request when it was asked for, and its decision when it was made', () => {
    const request: ExtensionRequest = {
      id: '7',
      requestedDeadline: '2023-11-30',
      previousDeadline: '2023-10-31',
      reason: 'Chờ số liệu',
      status: 'approved',
      requestedBy: null,
      decidedBy: null,
      decisionNote: null,
      createdAt: '2023-10-02T02:00:00Z',
      decidedAt: '2023-10-05T02:00:00Z',
      grantedDeadline: '2023-11-15',
    };
    const pending: ExtensionRequest = { ...request, id: '8', status: 'pending', createdAt: '2023-10-06T02:00:00Z', decidedAt: null };
    const entries = buildTaskTimeline({
      updates: [update('1', '2023-10-01T01:00:00Z'), update('2', '2023-10-03T01:00:00Z')],
      notifications: [],
      extensionRequests: [request, pending],
    });
    expect(entries.map((e) => (e.type === 'extension' ? `e${e.request.id}${e.decided ? '+' : ''}` : e.type === 'update' ? `u${e.update.id}` : 'n'))).toEqual([
      'e8',
      'e7+',
      'u2',
      'e7',
      'u1',
    ]);
  });

  it('copes with missing lists', () => {
    expect(buildTaskTimeline({ updates: undefined as never, notifications: [] })).toEqual([]);
  });
});

describe('returnedWork', () => {
  const move = (
    id: string,
    createdAt: string,
    fromStatus: TaskUpdate['fromStatus'],
    toStatus: TaskUpdate['toStatus'],
    note: string | null = null,
  ): TaskUpdate => ({
    ...update(id, createdAt),
    kind: 'status',
    progress: null,
    fromStatus,
    toStatus,
    note,
  });
  const submitted = move('2', '2023-10-02T01:00:00Z', 'in_progress', 'submitted');
  const returned = move('3', '2023-10-03T01:00:00Z', 'submitted', 'in_progress', 'Thiếu số liệu');

  it('finds the return and its reason while the work is being redone', () => {
    const found = returnedWork({ status: 'in_progress', updates: [update('1', '2023-10-01T01:00:00Z'), returned, submitted] });
    expect(found).toEqual({ returned, reportedSince: false });
    expect(returnedWork({ status: 'in_progress', updates: [update('4', '2023-10-04T01:00:00Z'), submitted, returned] })?.reportedSince).toBe(true);
  });

  it('is nothing once the work is submitted again, or when it was never returned', () => {
    const again = move('5', '2023-10-05T01:00:00Z', 'in_progress', 'submitted');
    expect(returnedWork({ status: 'submitted', updates: [submitted, returned, again] })).toBeNull();
    expect(
      returnedWork({ status: 'in_progress', updates: [move('1', '2023-10-01T01:00:00Z', 'assigned', 'in_progress'), update('4', '2023-10-04T01:00:00Z')] }),
    ).toBeNull();
    expect(returnedWork({ status: 'in_progress', updates: [] })).toBeNull();
  });
});
