import { describe, expect, it } from '@jest/globals';
import type { TaskUpdate } from '../api/types';
import { commentLabel, taskComments } from './taskComments';

const update = (over: Partial<TaskUpdate>): TaskUpdate => ({
  id: String(Math.random()),
  kind: 'note',
  progress: null,
  note: 'x',
  fromStatus: null,
  toStatus: null,
  author: null,
  createdAt: '2026-12-01T02:00:00Z',
  attachments: [],
  ...over,
});

describe('task comments', () => {
  it('are the notes with words, oldest first; reports, status moves and bare attachments are not', () => {
    const updates = [
      update({ id: '2', note: 'Đơn vị tiếp thu', createdAt: '2026-12-02T02:00:00Z' }),
      update({ id: '1', note: 'Đề nghị khẩn trương', createdAt: '2026-12-01T02:00:00Z' }),
      update({ id: '3', kind: 'progress', progress: 50 }),
      update({ id: '4', kind: 'status', toStatus: 'submitted', note: 'Đã xong' }),
      update({ id: '5', note: null }),
    ];
    expect(taskComments({ updates }).map((u) => u.id)).toEqual(['1', '2']);
  });

  it("names a leader's comment a direction", () => {
    expect(commentLabel({ author: { id: '1', name: 'Phạm Việt Hùng', role: 'leader' } })).toBe('Ý kiến chỉ đạo');
    expect(commentLabel({ author: { id: '2', name: 'Vũ Minh Đức', role: 'unit_head' } })).toBe('Ý kiến');
  });
});
