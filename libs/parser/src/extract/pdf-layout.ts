/**
 * Turns the positioned text runs of a PDF page into lines the parser can read: runs grouped into
 * lines by their baseline, left to right; a blank line where the gap to the previous line is
 * clearly larger than the page's usual line spacing (a new paragraph); a tab where two runs on
 * one line are far apart (table cells, the two-column header of an official notice).
 * Pure, so it is tested without a PDF.
 */

/** What pdf.js reports for a run of text (`TextItem`), the fields used here. */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, e, f]: e, f is the run's origin on the page; |(c, d)| its font size. */
  transform: [number, number, number, number, number, number];
  width: number;
  height: number;
}

interface Run {
  str: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

// Gaps are measured in font sizes so that they hold for any zoom or font.
const SAME_LINE = 0.45; // baselines closer than this are one line (sub/superscripts, mixed fonts)
// A table cell's padding and border leave at least about 1.1 em between two cells' text, while a
// justified line stretches its spaces to 0.7 em or so: from 1 em on it is another column.
const CELL_GAP = 1.0;
const WORD_GAP = 0.12; // a gap with no space character in either run still separates words
const PARAGRAPH = 1.3; // a line gap this many times the usual one starts a new paragraph

export function layoutPage(items: PositionedText[]): string {
  const runs: Run[] = [];
  for (const item of items) {
    // pdf.js adds whitespace runs that span the gap between words or cells; gaps are measured
    // between the words themselves, so the width of a gap, not such a run, decides space or tab.
    if (!item.str || !item.str.trim() || !item.transform) continue;
    const [a, b, c, d, x, y] = item.transform;
    // Rotated or vertical runs (stamps, margins) would scramble the lines they cross.
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) continue;
    const size = Math.abs(d) || item.height || 1;
    runs.push({ str: item.str, x, y, end: x + item.width, size });
  }
  if (!runs.length) return '';
  // Top of the page first (PDF y grows upwards), then left to right.
  runs.sort((p, q) => q.y - p.y || p.x - q.x);
  // A line is opened by a run, so it is never empty.
  const lines: [Run, ...Run[]][] = [];
  for (const run of runs) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - run.y) <= SAME_LINE * Math.min(line[0].size, run.size)) line.push(run);
    else lines.push([run]);
  }
  const texts = lines.map(lineText);
  // lines[i] is the line above the one at i + 1.
  const spacing = lines.slice(1).map((line, i) => ({ gap: lines[i]![0].y - line[0].y, size: lineSize(line) }));
  // The usual spacing is that of lines inside a paragraph, the tightest common one: a lower
  // quartile, since in a notice of one-line paragraphs most gaps are paragraph gaps.
  const usual =
    quantile(
      spacing.map((s) => s.gap / s.size),
      0.25,
    ) ?? 1.2;
  // There are runs, so there is a first line.
  let out = texts[0]!;
  spacing.forEach(({ gap, size }, i) => {
    const text = texts[i + 1];
    out += gap / size > usual * PARAGRAPH ? `\n\n${text}` : `\n${text}`;
  });
  return out;
}

/** Pages one after another, each ending a paragraph. */
export function joinPages(pages: string[]): string {
  return pages
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

function lineText(line: Run[]): string {
  line.sort((p, q) => p.x - q.x);
  let out = '';
  let prev: Run | null = null;
  for (const run of line) {
    if (prev) {
      const gap = run.x - prev.end;
      const size = Math.max(prev.size, run.size);
      if (gap > CELL_GAP * size) out = `${out.trimEnd()}\t`;
      else if (gap > WORD_GAP * size && !/\s$/.test(out) && !/^\s/.test(run.str)) out += ' ';
    }
    out += prev && out.endsWith('\t') ? run.str.trimStart() : run.str;
    prev = run;
  }
  return out.replace(/[ \u00a0]+/g, ' ').trim();
}

function lineSize(line: Run[]): number {
  return Math.max(...line.map((r) => r.size));
}

function quantile(values: number[], fraction: number): number | null {
  // Below 0.9 em two "lines" overlap (a wrapped cell beside a taller one): not a line spacing.
  const sorted = values.filter((v) => Number.isFinite(v) && v >= 0.9).sort((p, q) => p - q);
  if (!sorted.length) return null;
  return sorted[Math.floor((sorted.length - 1) * fraction)] ?? null;
}
