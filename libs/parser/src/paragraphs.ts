import { isUpperText } from './header';
import type { SourceText } from './source';
import type { SourceRange } from './types';

/** A piece of a paragraph: `len` characters at `at` in the paragraph, from `clean` in the source. */
interface Piece {
  at: number;
  clean: number;
  len: number;
}

/** A logical paragraph: one or more source lines joined by a single space. */
export class Paragraph {
  constructor(
    readonly text: string,
    private readonly pieces: Piece[],
    private readonly source: SourceText,
    /** Whether a blank line separated it from the paragraph before. */
    readonly afterBlank: boolean,
  ) {}

  private toClean(position: number, end: boolean): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pieces[mid]!.at <= (end ? position - 1 : position)) lo = mid;
      else hi = mid - 1;
    }
    // A paragraph is built from at least one piece; splitAt cuts only where both parts keep text.
    const piece = this.pieces[lo]!;
    const offset = Math.min(Math.max((end ? position - 1 : position) - piece.at, 0), piece.len - 1);
    return piece.clean + offset + (end ? 1 : 0);
  }

  /** Where the paragraph's source lines after the first start, inside [start, end). */
  lineStarts(start: number, end: number): number[] {
    const out: number[] = [];
    for (const piece of this.pieces) if (piece.at > start && piece.at < end) out.push(piece.at);
    return out;
  }

  /** The paragraph cut in two at `at` (spaces around the cut dropped): a heading line that runs into the body. */
  splitAt(at: number): [Paragraph, Paragraph] {
    let headEnd = at;
    while (headEnd > 0 && this.text.charCodeAt(headEnd - 1) === 32) headEnd--;
    let tailStart = at;
    while (tailStart < this.text.length && this.text.charCodeAt(tailStart) === 32) tailStart++;
    const head = this.pieces.filter((p) => p.at < headEnd).map((p) => ({ ...p, len: Math.min(p.len, headEnd - p.at) }));
    const tail = this.pieces
      .filter((p) => p.at + p.len > tailStart)
      .map((p) => {
        const cut = Math.max(0, tailStart - p.at);
        return { at: p.at + cut - tailStart, clean: p.clean + cut, len: p.len - cut };
      });
    return [
      new Paragraph(this.text.slice(0, headEnd), head, this.source, this.afterBlank),
      new Paragraph(this.text.slice(tailStart), tail, this.source, false),
    ];
  }

  /** The original range of the paragraph characters [start, end). */
  range(start = 0, end = this.text.length): SourceRange {
    if (this.text.length === 0) return this.source.range(0, 0);
    const lo = Math.max(0, Math.min(start, this.text.length - 1));
    const hi = Math.max(lo + 1, Math.min(end, this.text.length));
    return this.source.range(this.toClean(lo, false), this.toClean(hi, true));
  }
}

/** A list marker opening a paragraph. Depth is by kind; documents use them in this order. */
export type MarkerKind = 'roman' | 'arabic' | 'decimal' | 'letter' | 'dash' | 'plus' | 'bullet' | 'none';

export interface Marker {
  kind: MarkerKind;
  /** Length of the marker and the spaces after it. */
  length: number;
}

const MARKER_PATTERNS: [MarkerKind, RegExp][] = [
  ['roman', /^(?:[IVX]{1,5})\s*[.)\-–:]\s*/],
  ['decimal', /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\)?\s+/],
  ['arabic', /^(?:Điều\s+)?\d{1,2}\s*[.)](?!\d)\s*(?=\S)|^\(\d{1,2}\)\s*/],
  ['letter', /^[a-zđ]\s*[)]\s*|^[a-zđ]\.\s+|^\([a-zđ]\)\s*/],
  ['dash', /^[-–—−]+\s*/],
  ['plus', /^\+\s*/],
  ['bullet', /^[•·●○◦▪■□►▸❖◆✓*]\s*/],
];

export function markerOf(text: string): Marker {
  for (const [kind, pattern] of MARKER_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      // "V. " must not swallow a sentence starting "V.v", nor a lone "I" pronoun-like word.
      if (kind === 'roman' && /^[IVX]{1,5}\s*[-–:]/.test(match[0]) && !/\s/.test(match[0].slice(-1))) continue;
      return { kind, length: match[0].length };
    }
  }
  return { kind: 'none', length: 0 };
}

export const MARKER_DEPTH: Record<MarkerKind, number> = {
  roman: 0,
  arabic: 1,
  decimal: 2,
  letter: 3,
  dash: 4,
  plus: 5,
  bullet: 6,
  none: 9,
};

const PAGE_NUMBER = /^(?:trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*\/\s*\d{1,3})?$/i;
const DECORATION = /^[-_=*.~–—\s]{3,}$/;
const ROW_BREAK = /\n[ \t]*\|[ \t]*\n[ \t]*\|[ \t]*(?:\n|$)|^\|[ \t]*\n[ \t]*\|/;
const LONE_MARKER = /^[-–—−+•·*|]$/;
/** A table row's number alone in its cell: "2", "12.", "IV". */
const ROW_NUMBER = /^(?:\d{1,3}|[IVX]{1,5})\.?$/;
const LIST_START = /^(?:[a-zđ]\s*\)|[a-zđ]\.\s|\([a-zđ]\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]\s)/;

/** Whether a line continues the paragraph before it (a page break or a hard wrap split it). */
function continues(line: string): boolean {
  if (LIST_START.test(line)) return false;
  const first = line.codePointAt(0) ?? 0;
  const firstChar = String.fromCodePoint(first);
  if (/\p{Ll}/u.test(firstChar)) return true;
  // A number that is not a list marker: "2023 của UBND ...", "30/11/2023."
  return /^\d/.test(line) && !/^\d{1,2}(?:\.\d{1,2})*\s*[.)](?:\s|$)/.test(line);
}

/**
 * Whether the text was wrapped at a fixed width (a PDF's or a law site's lines): many of its lines
 * go on, in lower case, with a sentence the line before left unfinished. In such a text a line
 * that opens with a capital goes on with the sentence too ("Trung tâm Chuyển đổi số\nThành phố
 * chủ trì"), since only a blank line or a list marker starts a paragraph.
 */
function isHardWrapped(text: string): boolean {
  let wraps = 0;
  let breaks = 0;
  /** The last non-blank character of the line before, or 0 when that line was blank or a lone bar. */
  let prevEnd = 0;
  let pos = 0;
  while (pos <= text.length) {
    let newline = text.indexOf('\n', pos);
    if (newline < 0) newline = text.length;
    let lineStart = pos;
    let lineEnd = newline;
    while (lineStart < lineEnd && (text.charCodeAt(lineStart) <= 32 || text.charCodeAt(lineStart) === 42)) lineStart++;
    while (lineEnd > lineStart && (text.charCodeAt(lineEnd - 1) <= 32 || text.charCodeAt(lineEnd - 1) === 42)) lineEnd--;
    pos = newline + 1;
    const bar = lineEnd - lineStart === 1 && text.charCodeAt(lineStart) === 124;
    if (lineStart < lineEnd && !bar && prevEnd !== 0 && !SENTENCE_END.has(prevEnd)) {
      breaks++;
      if (/\p{Ll}/u.test(text.charAt(lineStart))) wraps++;
    }
    prevEnd = lineStart < lineEnd && !bar ? text.charCodeAt(lineEnd - 1) : 0;
  }
  return wraps >= 4 && wraps * 2 >= breaks;
}

/** What ends a sentence: a line that ends so is no wrapped one. */
const SENTENCE_END = new Set(['.', ':', ';', '!', '?'].map((c) => c.charCodeAt(0)));

/** Whether a line opens with a list marker or a heading's number. */
function opensItem(line: string): boolean {
  return LIST_START.test(line) || markerOf(line).kind !== 'none';
}

/**
 * How many cells a law-site table row holds from the cell whose line ends at `from` up to the next
 * two bars together (a row's end or an empty cell) or the table's end. A bounded look: a row has a
 * few cells, each a few lines.
 */
function cellsAhead(text: string, from: number): number {
  let cells = 1;
  let bars = 0;
  let pos = from;
  for (let lines = 0; lines < 60 && pos < text.length; lines++) {
    let newline = text.indexOf('\n', pos);
    if (newline < 0) newline = text.length;
    const line = text.slice(pos, Math.min(newline, pos + 200)).trim();
    pos = newline + 1;
    if (!line) break;
    if (line === '|') {
      bars++;
      if (bars >= 2) break;
      continue;
    }
    if (bars === 1) cells++;
    bars = 0;
  }
  return cells;
}

export function splitParagraphs(source: SourceText): Paragraph[] {
  const text = source.text;
  const hardWrapped = isHardWrapped(text);
  const result: { pieces: Piece[]; parts: string[]; length: number; afterBlank: boolean }[] = [];
  let blank = true;
  let pos = 0;
  // A table as law sites print it: a bar on its own line before each cell and one more after a
  // row's last cell, so two bars together either close a row and open the next or stand for an
  // empty cell. The header row's width tells which; a cell merged over several rows is printed
  // once, so a shorter row is closed early when the cell after the bars is a row's number. Each
  // row becomes one paragraph whose cells are separated by tabs, like a table pasted from Word.
  let inTable = false;
  /** Bars since the last line of text. */
  let bars = 0;
  let columns = 0;
  let cellsInRow = 0;
  let firstCell = '';
  /** Whether the table began right after a line of text, with no blank line between. */
  let afterText = false;
  const append = (to: (typeof result)[number], joiner: string, start: number, end: number, line: string) => {
    to.pieces.push({ at: to.length + joiner.length, clean: start, len: end - start });
    to.parts.push(joiner, line);
    to.length += joiner.length + line.length;
  };
  const startRow = (start: number, end: number, line: string, emptyCells: number) => {
    const lead = '\t'.repeat(emptyCells);
    result.push({ pieces: [{ at: lead.length, clean: start, len: end - start }], parts: [lead, line], length: lead.length + line.length, afterBlank: blank });
    cellsInRow = 1 + emptyCells;
    firstCell = line;
  };
  while (pos <= text.length) {
    let newline = text.indexOf('\n', pos);
    if (newline < 0) newline = text.length;
    let lineStart = pos;
    let lineEnd = newline;
    while (lineStart < lineEnd && (text.charCodeAt(lineStart) === 32 || text.charCodeAt(lineStart) === 9)) lineStart++;
    while (lineEnd > lineStart && (text.charCodeAt(lineEnd - 1) === 32 || text.charCodeAt(lineEnd - 1) === 9)) lineEnd--;
    pos = newline + 1;
    if (lineStart === lineEnd) {
      blank = true;
      inTable = bars > 0 ? false : inTable;
      continue;
    }
    // Only a bar followed before long by the two bars that close a row starts such a table: a bar
    // between the two halves of a printed header ("...-------\n|\nCỘNG HÒA ...") separates nothing.
    if (lineEnd - lineStart === 1 && text.charCodeAt(lineStart) === 124 && (inTable || ROW_BREAK.test(text.slice(lineStart, lineStart + 3000)))) {
      if (!inTable) {
        inTable = true;
        columns = 0;
        cellsInRow = 0;
        afterText = !blank && result.length > 0;
      }
      bars++;
      continue;
    }
    const barsBefore = bars;
    bars = 0;
    // "| STT | Nội dung | Đơn vị chủ trì |": a Markdown row, its inner bars read as tabs (same length, same offsets).
    let line = text.slice(lineStart, lineEnd);
    if (line.length > 2 && line.startsWith('|') && line.endsWith('|') && line.indexOf('|', 1) < line.length - 1) {
      if (/^\|[\s:|-]+\|$/.test(line)) continue;
      lineStart++;
      lineEnd--;
      line = line.slice(1, -1).replace(/\|/g, '\t');
    }
    // One bar after a full row is the row's closing bar with no row opened after it: the table has
    // ended, though no blank line says so (a page's header table, then the body).
    if (inTable && columns > 0 && barsBefore === 1 && cellsInRow >= columns) inTable = false;
    if (inTable) {
      const current = result[result.length - 1];
      if (cellsInRow === 0 || !current) startRow(lineStart, lineEnd, line, 0);
      else if (barsBefore === 0) append(current, ' ', lineStart, lineEnd, line);
      else if (columns === 0) {
        // The header row ends at the first two bars together.
        if (barsBefore === 1) {
          append(current, '\t', lineStart, lineEnd, line);
          cellsInRow++;
        } else {
          // A header row of one cell right after a line of text lost the bar before its first cell
          // (a page's header: "ỦY BAN NHÂN DÂN" | "CỘNG HÒA ..."): the table has two columns.
          columns = cellsInRow === 1 && afterText ? 2 : cellsInRow;
          startRow(lineStart, lineEnd, line, 0);
        }
      } else {
        // A section's heading row ("II | TRIỂN KHAI ...") is short by design.
        const section = cellsInRow === 1 || (cellsInRow === 2 && /^[IVXLA-Z]{1,4}[.)]?(?:\s|$)/u.test(firstCell));
        const at = cellsInRow + barsBefore;
        // Two bars before a cell that has no number may still close the row: the next row lost its
        // number to a merged cell ("... | Quý IV/2026 | | Thực hiện sao lưu | Sở A | Sở B | | 3"),
        // which the cells up to the next two bars tell by not fitting in what is left of this row.
        const overflows = barsBefore >= 2 && at <= columns && cellsInRow + barsBefore - 1 + cellsAhead(text, pos) > columns;
        if (barsBefore >= 2 && (section || ROW_NUMBER.test(line))) startRow(lineStart, lineEnd, line, section ? 0 : Math.max(0, at - columns - 2));
        else if (overflows) startRow(lineStart, lineEnd, line, 0);
        else if (at <= columns) {
          append(current, '\t'.repeat(barsBefore), lineStart, lineEnd, line);
          cellsInRow = at;
        } else startRow(lineStart, lineEnd, line, Math.max(0, at - columns - 2));
      }
      blank = false;
      continue;
    }
    // A rule of dashes, or a list marker with nothing after it, carries no text.
    if (DECORATION.test(line) || LONE_MARKER.test(line)) continue;
    if (PAGE_NUMBER.test(line)) continue;
    const prev = result[result.length - 1];
    const prevLine = prev?.parts[prev.parts.length - 1] ?? '';
    // Text copied from a web page wraps inside names ("Sở Lao động\n- Thương binh và Xã hội") and
    // leaves a marker alone on its line ("Điều 3.\nChánh Văn phòng ..."): both continue the line before.
    const wrapped =
      prev !== undefined && !blank && prevLine.length >= 50 && /^[-–]\s+\p{Lu}/u.test(line) && /\p{L}$/u.test(prevLine) && !/^[-–+•]/u.test(prev.parts[0]!);
    const markerOnly =
      prev !== undefined && prev.parts.length === 1 && prevLine.length <= 12 && /^(?:Điều\s+\d{1,3}|[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)\s*[.:)]$/u.test(prevLine);
    // A table row (cells separated by tabs) stands alone.
    const row = line.includes('\t') || prevLine.includes('\t');
    // A comma or a joining word never ends a paragraph: the next line goes on with it whatever its case.
    const unfinished =
      prev !== undefined && !blank && /(?:,|(?<!\p{L})(?:và|của|với|các|cho|tại|theo))$/u.test(prevLine) && !LIST_START.test(line) && !/^[-–+•]/u.test(line);
    // In a text wrapped at a fixed width a full line (a short one is a heading: "1. Mục đích") that
    // stops mid-sentence goes on in the next line, whatever its case; lines in capitals are headings.
    const wrappedName =
      hardWrapped &&
      prev !== undefined &&
      !blank &&
      prevLine.length >= 20 &&
      /[\p{L}\d,)]$/u.test(prevLine) &&
      !opensItem(line) &&
      !isUpperText(prevLine) &&
      !isUpperText(line);
    if (prev && !row && (wrapped || wrappedName || markerOnly || unfinished || (continues(line) && !/[.:;!?]$/.test(prevLine)))) {
      append(prev, ' ', lineStart, lineEnd, line);
    } else {
      result.push({ pieces: [{ at: 0, clean: lineStart, len: lineEnd - lineStart }], parts: [line], length: line.length, afterBlank: blank });
    }
    blank = false;
  }
  return result.map((r) => new Paragraph(r.parts.join(''), r.pieces, source, r.afterBlank));
}
