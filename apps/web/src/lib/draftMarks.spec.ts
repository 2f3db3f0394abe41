import { describe, expect, it } from '@jest/globals';
import { emptyDraft } from './draft';
import { draftMarks, editorKeyOf } from './draftMarks';

describe('draftMarks', () => {
  it('marks header fields, assignments, tasks and deadlines', () => {
    const draft = emptyDraft('x'.repeat(200));
    draft.ranges = { number: { start: 0, end: 10 } };
    draft.assignments = [
      {
        unitText: 'Phòng A',
        unitIds: [],
        group: false,
        coordinating: [],
        range: { start: 20, end: 100 },
        tasks: [
          {
            text: 't',
            deadline: '2023-10-31',
            deadlineText: 'trong tháng 10',
            coordinating: [],
            recurrence: null,
            recurrenceText: null,
            range: { start: 30, end: 90 },
            deadlineRange: { start: 70, end: 85 },
          },
          { text: 'added by hand', deadline: null, deadlineText: null, coordinating: [], recurrence: null, recurrenceText: null },
        ],
      },
    ];
    expect(draftMarks(draft)).toEqual([
      { start: 0, end: 10, kind: 'header', key: 'h-number' },
      { start: 20, end: 100, kind: 'unresolved', key: 'a0' },
      { start: 30, end: 90, kind: 'task', key: 'a0t0' },
      { start: 70, end: 85, kind: 'deadline', key: 'a0t0d' },
    ]);
  });
});

describe('editorKeyOf', () => {
  it('sends a deadline to its task and leaves other keys alone', () => {
    expect(editorKeyOf('a2t13d')).toBe('a2t13');
    expect(editorKeyOf('a2t13')).toBe('a2t13');
    expect(editorKeyOf('a1')).toBe('a1');
    expect(editorKeyOf('h-date')).toBe('h-date');
  });
});
