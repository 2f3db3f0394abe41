import { joinPages, layoutPage, type PositionedText } from './pdf-layout';

/** A run of 10 pt text at (x, y), about 0.5 em per character wide, as pdf.js reports it. */
const run = (str: string, x: number, y: number, size = 10): PositionedText => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * size * 0.5,
  height: size,
});

describe('layoutPage', () => {
  it('groups runs into lines by baseline, top to bottom, left to right, whatever their order', () => {
    const items = [run('dòng hai', 50, 688), run('Dòng', 50, 700), run('một', 75, 700.8)];
    expect(layoutPage(items)).toBe('Dòng một\ndòng hai');
  });

  it('separates table cells (a wide gap) by a tab, and words (a narrow one) by a space', () => {
    const items = [run('STT', 50, 700), run('Nội dung', 90, 700), run('Phòng', 200, 700), run('Nội vụ', 233, 700)];
    expect(layoutPage(items)).toBe('STT\tNội dung\tPhòng Nội vụ');
  });

  it('ignores the whitespace runs pdf.js puts across a gap', () => {
    const items = [run('1', 50, 700), { ...run(' ', 55, 700), width: 40 }, run('Rà soát', 95, 700)];
    expect(layoutPage(items)).toBe('1\tRà soát');
  });

  it('puts a blank line where the line gap is clearly larger than inside a paragraph', () => {
    const lines: [string, number][] = [
      ['Đoạn một dòng một', 700],
      ['đoạn một dòng hai', 687],
      ['Đoạn hai dòng một', 662],
      ['đoạn hai dòng hai', 649],
      ['Đoạn ba', 624],
    ];
    expect(layoutPage(lines.map(([text, y]) => run(text, 50, y)))).toBe(
      'Đoạn một dòng một\nđoạn một dòng hai\n\nĐoạn hai dòng một\nđoạn hai dòng hai\n\nĐoạn ba',
    );
  });

  it('leaves out rotated runs (stamps, margin notes)', () => {
    expect(layoutPage([run('Nội dung', 50, 700), { str: 'DỰ THẢO', transform: [0, 10, -10, 0, 20, 400], width: 40, height: 10 }])).toBe('Nội dung');
  });

  it('joins pages as paragraphs, skipping blank ones', () => {
    expect(joinPages(['Trang một\n', '  ', 'Trang hai'])).toBe('Trang một\n\nTrang hai');
  });
});
