import { describe, expect, it } from '@jest/globals';
import {
  coordinatingFromIds,
  countTasksToCreate,
  draftFromDirective,
  draftProblems,
  emptyAssignment,
  emptyDraft,
  emptyTask,
  removeAssignment,
  removeTask,
  toDraftBody,
} from './draft';

describe('draftProblems', () => {
  it('asks for at least one assignment', () => {
    expect(draftProblems(emptyDraft())).toEqual(['Chưa có nội dung giao nhiệm vụ nào.']);
  });

  it('names unresolved units and empty tasks', () => {
    const draft = emptyDraft();
    draft.assignments = [{ ...emptyAssignment(), unitText: 'Phòng X' }];
    expect(draftProblems(draft)).toEqual(['Mục 1 (Phòng X): chưa chọn đơn vị chủ trì.', 'Mục 1 (Phòng X), nhiệm vụ 1: chưa có nội dung.']);
  });

  it('accepts a complete draft', () => {
    const draft = emptyDraft();
    draft.assignments = [{ ...emptyAssignment(), unitIds: ['1'], tasks: [{ ...emptyTask(), text: 'Làm X' }] }];
    expect(draftProblems(draft)).toEqual([]);
  });
});

describe('coordinatingFromIds', () => {
  it('keeps the parsed text of units still chosen and unresolved mentions', () => {
    const previous = [
      { text: 'phòng GD&ĐT', unitId: '5' },
      { text: 'các đơn vị liên quan', unitId: null },
      { text: 'phòng Nội vụ', unitId: '2' },
    ];
    expect(coordinatingFromIds(previous, ['5', '9'], (id) => `Đơn vị ${id}`)).toEqual([
      { text: 'phòng GD&ĐT', unitId: '5' },
      { text: 'các đơn vị liên quan', unitId: null },
      { text: 'Đơn vị 9', unitId: '9' },
    ]);
  });
});

describe('countTasksToCreate', () => {
  it('counts one task per lead unit per item', () => {
    const draft = emptyDraft();
    draft.assignments = [
      { ...emptyAssignment(), unitIds: ['1', '2', '3'], tasks: [emptyTask(), emptyTask()] },
      { ...emptyAssignment(), unitIds: [], tasks: [emptyTask()] },
    ];
    expect(countTasksToCreate(draft)).toBe(7);
  });
});

describe('toDraftBody', () => {
  it('drops fields a saved directive carries that the API does not take', () => {
    const saved = {
      id: 7,
      status: 'draft',
      number: '12',
      symbol: 'TB-UBND',
      docType: 'Thông báo',
      issuer: null,
      date: '2023-09-25',
      title: 'T',
      signer: 'S',
      sourceText: 'abc',
      assignments: [
        {
          id: 3,
          unitText: 'Phòng A',
          unitIds: [1],
          group: false,
          coordinating: [{ text: 'B', unitId: 2, id: 9 }],
          tasks: [{ id: 5, text: 'Làm', deadline: null, deadlineText: null, coordinating: [], recurrence: null, status: 'assigned' }],
        },
      ],
    };
    expect(toDraftBody(saved as never)).toEqual({
      number: '12',
      symbol: 'TB-UBND',
      docType: 'Thông báo',
      issuer: null,
      date: '2023-09-25',
      title: 'T',
      signer: 'S',
      sourceText: 'abc',
      assignments: [
        {
          unitText: 'Phòng A',
          unitIds: [1],
          group: false,
          coordinating: [{ text: 'B', unitId: 2 }],
          tasks: [{ text: 'Làm', deadline: null, deadlineText: null, coordinating: [], recurrence: null }],
        },
      ],
    });
  });
});

describe('draftFromDirective', () => {
  it('takes a stored directive, in the draft shape, into the editor and back unchanged', () => {
    const stored = {
      ...emptyDraft('text'),
      assignments: [
        {
          unitText: 'Các trường',
          unitIds: ['u1', 'u2'],
          group: true,
          coordinating: [],
          range: { start: 0, end: 4 },
          tasks: [{ text: 'Làm', deadline: '2023-10-31', deadlineText: 'x', coordinating: [], recurrence: null, range: { start: 1, end: 3 } }],
        },
      ],
    };
    const draft = draftFromDirective(stored as never);
    expect(toDraftBody(draft).assignments[0]).toEqual({
      unitText: 'Các trường',
      unitIds: ['u1', 'u2'],
      group: true,
      coordinating: [],
      range: { start: 0, end: 4 },
      tasks: [{ text: 'Làm', deadline: '2023-10-31', deadlineText: 'x', coordinating: [], recurrence: null, range: { start: 1, end: 3 } }],
    });
  });
});

describe('removing and restoring', () => {
  const task = (text: string) => ({ ...emptyTask(), text });
  const draftOf = (...items: string[][]) => ({
    ...emptyDraft(),
    assignments: items.map((tasks, i) => ({ ...emptyAssignment(), unitText: `Đơn vị ${i + 1}`, tasks: tasks.map(task) })),
  });
  const shape = (d: ReturnType<typeof draftOf>) => d.assignments.map((a) => `${a.unitText}: ${a.tasks.map((t) => t.text).join(', ')}`);

  it('puts an item back at its place, keeping the edits made since', () => {
    const removal = removeAssignment(draftOf(['a'], ['b'], ['c']), 1);
    expect(shape(removal.draft)).toEqual(['Đơn vị 1: a', 'Đơn vị 3: c']);
    const edited = { ...removal.draft, title: 'Trích yếu đã sửa' };
    const restored = removal.restore(edited);
    expect(shape(restored)).toEqual(['Đơn vị 1: a', 'Đơn vị 2: b', 'Đơn vị 3: c']);
    expect(restored.title).toBe('Trích yếu đã sửa');
    expect(shape(removal.restore({ ...edited, assignments: [] }))).toEqual(['Đơn vị 2: b']);
  });

  it('puts a task back into its item, even after items before it were removed', () => {
    const removal = removeTask(draftOf(['a'], ['b1', 'b2', 'b3']), 1, 1);
    expect(shape(removal.draft)).toEqual(['Đơn vị 1: a', 'Đơn vị 2: b1, b3']);
    const firstGone = removeAssignment(removal.draft, 0).draft;
    expect(shape(removal.restore(firstGone))).toEqual(['Đơn vị 2: b1, b2, b3']);
    expect(shape(removal.restore({ ...removal.draft, assignments: [] }))).toEqual([]);
  });
});
