import { describe, expect, it } from '@jest/globals';
import { coordinatingFromIds, draftProblems, emptyAssignment, emptyDraft } from './draft';

describe('draftProblems', () => {
  it('asks for at least one assignment', () => {
    expect(draftProblems(emptyDraft())).toEqual(['Chưa có nội dung giao nhiệm vụ nào.']);
  });

  it('names unresolved units and empty tasks', () => {
    const draft = emptyDraft();
    draft.assignments = [{ ...emptyAssignment(), unitText: 'Phòng X' }];
    expect(draftProblems(draft)).toEqual([
      'Mục 1 (Phòng X): chưa chọn đơn vị chủ trì.',
      'Mục 1 (Phòng X), nhiệm vụ 1: chưa có nội dung.',
    ]);
  });

  it('accepts a complete draft', () => {
    const draft = emptyDraft();
    draft.assignments = [{ ...emptyAssignment(), unitIds: [1], tasks: [{ ...emptyAssignment().tasks[0], text: 'Làm X' }] }];
    expect(draftProblems(draft)).toEqual([]);
  });
});

describe('coordinatingFromIds', () => {
  it('keeps the parsed text of units still chosen and unresolved mentions', () => {
    const previous = [
      { text: 'phòng GD&ĐT', unitId: 5 },
      { text: 'các đơn vị liên quan', unitId: null },
      { text: 'phòng Nội vụ', unitId: 2 },
    ];
    expect(coordinatingFromIds(previous, [5, 9], (id) => `Đơn vị ${id}`)).toEqual([
      { text: 'phòng GD&ĐT', unitId: 5 },
      { text: 'các đơn vị liên quan', unitId: null },
      { text: 'Đơn vị 9', unitId: 9 },
    ]);
  });
});
