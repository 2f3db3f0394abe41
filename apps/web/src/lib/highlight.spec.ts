import { describe, expect, it } from '@jest/globals';
import { segmentText } from './highlight';

describe('segmentText', () => {
  const text = '1. Giao phòng A:\n- Làm X trước ngày 30/11/2023.';

  it('covers the whole text in order', () => {
    const segments = segmentText(text, [{ start: 0, end: 16, kind: 'assignment', key: 'a0' }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[0]).toMatchObject({ start: 0, end: 16, mark: { key: 'a0' } });
    expect(segments[1]?.mark).toBeNull();
  });

  it('gives nested marks to the innermost', () => {
    const taskStart = text.indexOf('Làm');
    const deadlineStart = text.indexOf('trước');
    const segments = segmentText(text, [
      { start: 0, end: text.length, kind: 'assignment', key: 'a0' },
      { start: taskStart, end: text.length, kind: 'task', key: 'a0t0' },
      { start: deadlineStart, end: text.length - 1, kind: 'deadline', key: 'a0t0d' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const deadline = segments.find((s) => s.text === 'trước ngày 30/11/2023');
    expect(deadline?.mark?.kind).toBe('deadline');
    expect(deadline?.marks.map((m) => m.kind)).toEqual(['assignment', 'task', 'deadline']);
    expect(segments.find((s) => s.text.startsWith('Làm'))?.mark?.kind).toBe('task');
    expect(segments[0]?.mark?.kind).toBe('assignment');
  });

  it('clips marks beyond the text and drops empty ones', () => {
    const segments = segmentText('abc', [
      { start: 1, end: 99, kind: 'x', key: 'k' },
      { start: 2, end: 2, kind: 'y', key: 'e' },
    ]);
    expect(segments.map((s) => [s.text, s.mark?.key ?? null])).toEqual([
      ['a', null],
      ['bc', 'k'],
    ]);
  });

  it('returns one plain segment without marks and none for empty text', () => {
    expect(segmentText('abc', [])).toEqual([{ start: 0, end: 3, text: 'abc', mark: null, marks: [] }]);
    expect(segmentText('', [])).toEqual([]);
  });
});
