import { describe, expect, it } from '@jest/globals';
import type { DraftTask } from '../api/types';
import { emptyDraft } from './draft';
import { reviewItems } from './draftReview';

const task = (patch: Partial<DraftTask>): DraftTask => ({
  text: 'Rà soát hồ sơ',
  deadline: null,
  deadlineText: null,
  coordinating: [],
  recurrence: null,
  recurrenceText: null,
  ...patch,
});

describe('reviewItems', () => {
  it('lists the least sure parts first, with the parser’s reasons', () => {
    const draft = emptyDraft('');
    draft.assignments = [
      {
        unitText: 'Phòng Nội vụ',
        unitIds: ['u1'],
        group: false,
        coordinating: [],
        confidence: 1,
        reasons: [],
        tasks: [task({ confidence: 0.8, reasons: ['không rõ thời hạn'] })],
      },
      {
        unitText: 'Sở Xây dựng',
        unitIds: [],
        group: false,
        coordinating: [],
        confidence: 0.4,
        reasons: ['tên đơn vị không có trong danh mục'],
        tasks: [task({ deadline: '2024-05-31', confidence: 1, reasons: [] })],
      },
    ];
    expect(reviewItems(draft)).toEqual([
      { key: 'a1', label: 'Mục 2: Sở Xây dựng', confidence: 0.4, reasons: ['tên đơn vị không có trong danh mục'] },
      { key: 'a0t0', label: 'Mục 1, nhiệm vụ 1', confidence: 0.8, reasons: ['không rõ thời hạn'] },
    ]);
  });

  it('drops a reason once the clerk has settled it, and flags a unit left empty', () => {
    const draft = emptyDraft('');
    draft.assignments = [
      {
        unitText: 'Sở Xây dựng',
        unitIds: ['u9'],
        group: false,
        coordinating: [],
        confidence: 0.4,
        reasons: ['tên đơn vị không có trong danh mục'],
        tasks: [task({ deadline: '2024-05-31', confidence: 0.8, reasons: ['không rõ thời hạn'] })],
      },
      { unitText: '', unitIds: [], group: false, coordinating: [], tasks: [task({ deadline: '2024-05-31' })] },
    ];
    expect(reviewItems(draft)).toEqual([{ key: 'a1', label: 'Mục 2: mục 2', confidence: 0.5, reasons: ['chưa chọn đơn vị được giao'] }]);
  });
});
