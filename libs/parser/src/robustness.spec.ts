import fc from 'fast-check';
import { WorkingCalendar } from '@dondoc/calendar';
import { parseDirective } from './parse-directive';
import type { DirectiveDraft, SourceRange } from './types';
import { seedUnits } from './testing/units';

const options = { units: seedUnits(), calendar: new WorkingCalendar(), today: '2024-05-20' };

function checkRange(r: SourceRange | undefined, length: number): void {
  if (!r) return;
  expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true);
  expect(r.start).toBeGreaterThanOrEqual(0);
  expect(r.end).toBeGreaterThanOrEqual(r.start);
  expect(r.end).toBeLessThanOrEqual(length);
}

/** The draft has the API's shape whatever the input. */
function wellFormed(d: DirectiveDraft, length: number): void {
  for (const k of ['number', 'symbol', 'docType', 'issuer', 'date', 'dateText', 'title', 'signer'] as const) {
    expect(d[k] === null || typeof d[k] === 'string').toBe(true);
  }
  if (d.date) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Array.isArray(d.recipients)).toBe(true);
  for (const r of Object.values(d.ranges)) checkRange(r, length);
  for (const a of d.assignments) {
    expect(typeof a.unitText).toBe('string');
    expect(Array.isArray(a.unitIds) && Array.isArray(a.suggestions) && Array.isArray(a.coordinating)).toBe(true);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
    checkRange(a.range, length);
    expect(a.tasks.length).toBeGreaterThan(0);
    for (const t of a.tasks) {
      expect(typeof t.text).toBe('string');
      if (t.deadline) expect(t.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([null, 'weekly', 'monthly', 'quarterly', 'yearly']).toContain(t.recurrence);
      checkRange(t.range, length);
      checkRange(t.deadlineRange, length);
    }
  }
  expect(JSON.parse(JSON.stringify(d))).toEqual(d);
}

const piece = fc.oneof(
  fc.constantFrom(
    'Giao ',
    'Giao Phòng Nội vụ:',
    '- ',
    '+ ',
    '• ',
    'a) ',
    'II. ',
    '1. ',
    '\n',
    '\n\n',
    ':',
    './.',
    'Nơi nhận:',
    'trước ngày 31/02/2024',
    'trong 999 ngày làm việc kể từ ngày ký',
    'quý V/2023',
    'tháng 13/2023',
    'ngày 00 tháng 00 năm 0000',
    'UBND các xã, thị trấn',
    'các trường mầm non, tiểu học, THCS',
    'phối hợp với ',
    'Số: /TB-UBND',
    'An Dương, ngày tháng năm 2023',
    'THÔNG BÁO',
    'TL. CHỦ TỊCH',
    'hằng tháng',
    'báo cáo tuần, tháng',
    '**',
    '*',
    '\u0301',
    '\u200b',
    '\r',
    '\t',
    'Đ',
    'hoá',
    'hóa',
    '&',
    '(',
    ')',
    'STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n',
    '1\tRà soát\tPhòng Y tế\t\tQuý II/2024\n',
    'Kính gửi:',
    '- Sở Y tế;',
    'đề nghị các đơn vị ',
    'Quý cơ quan',
    'trước Tết Nguyên đán',
    'trước khi ',
    'Theo đó, ',
    'Xem chi tiết',
    'Căn cứ ',
    'Điều 3.',
    '; ',
    '. ',
    'Sở Văn hóa, Thể thao và Du lịch',
    'chủ trì, phối hợp',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('parseDirective on random and adversarial text', () => {
  it('returns a well-formed draft for any text', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          wellFormed(parseDirective(text, options), text.length);
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each([
    ['200k repeated "Giao "', 'Giao '.repeat(200_000)],
    ['one very long line', 'Giao Phòng Nội vụ tham mưu, '.repeat(30_000)],
    ['only bullets', '- \n'.repeat(100_000)],
    ['only headings', 'II. Giao Phòng Nội vụ:\n'.repeat(20_000)],
    ['nested bullets', '1. Giao UBND các xã, thị trấn:\n- a\n+ b\n• c\n'.repeat(10_000)],
    ['digits and slashes', '1/2/3/4/5/6/7/8/9/'.repeat(30_000)],
    ['unicode junk', '\u0301\u0300\u0303 \ud83d\ude00 \u202e \u0000 '.repeat(30_000)],
    ['whitespace', ' \t \n'.repeat(100_000)],
    ['a blank date with long spaces', `An Dương, ngày${' '.repeat(100_000)}tháng`],
    ['spaces in a "Số" line', `Số:${' '.repeat(1_000_000)}/TB-UBND`],
    ['dots', '.'.repeat(1_000_000)],
    ['dots and spaces', '. '.repeat(500_000)],
    ['dashes', '-'.repeat(1_000_000)],
    ['table cells', '| '.repeat(500_000)],
    ['a table of 50k rows', `STT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n${'1\tRà soát hồ sơ\t\tThường xuyên\n'.repeat(50_000)}`],
    ['repeated "và "', 'và '.repeat(300_000)],
    ['repeated semicolons after a unit', `Giao Phòng Nội vụ rà soát${'; Phòng Y tế'.repeat(50_000)}`],
    ['repeated sentences', 'Theo đó, các xã tiếp tục. '.repeat(40_000)],
    ['repeated occasions', 'trước Tết Nguyên đán trước khi '.repeat(30_000)],
    ['HTML entities and tags', '&amp;&#7897;<p><b>&'.repeat(50_000)],
    ['an unclosed tag', `<p ${'a'.repeat(1_000_000)}`],
    ['angle brackets', '<'.repeat(1_000_000)],
  ])('stays fast on %s', (_name, text) => {
    const started = performance.now();
    const draft = parseDirective(text, options);
    const elapsed = performance.now() - started;
    wellFormed(draft, text.length);
    expect(elapsed).toBeLessThan(5000);
  });

  it('returns an empty draft for what is not text', () => {
    const draft = parseDirective(undefined as unknown as string, options);
    expect(draft.assignments).toEqual([]);
    expect(parseDirective('', options).assignments).toEqual([]);
  });
});
