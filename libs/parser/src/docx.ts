import mammoth from 'mammoth';
import { DEFAULT_EXTRACT_LIMITS, DocumentRejectedError, type ExtractLimits } from './extract/errors';
import { assertSafeZip } from './extract/zip-guard';

/** The upload is not a Word (.docx) document, or one too damaged to read. */
export class UnreadableDocumentError extends DocumentRejectedError {
  constructor(message = 'Không đọc được tệp: chỉ nhận văn bản Word (.docx)', options?: { cause?: unknown }) {
    super('unreadable-docx', message, options);
    this.name = 'UnreadableDocumentError';
  }
}

/**
 * The text of a .docx as the parser expects it: each paragraph followed by a blank line (as
 * mammoth's raw text has always given it), each table row on one line with its cells separated by
 * a tab, a cell's own paragraphs joined by a space, and the rows a vertically merged cell spans
 * after its first holding an empty cell, so every row keeps its columns.
 *
 * The zip is checked for bombs (entry count, declared and inflated size) before mammoth inflates it.
 */
export async function extractDocxText(buf: Buffer, options: { limits?: Partial<ExtractLimits>; filename?: string } = {}): Promise<string> {
  const limits = { ...DEFAULT_EXTRACT_LIMITS, ...options.limits };
  // A .docx is a zip archive: anything else is refused before anything reads it.
  if (!Buffer.isBuffer(buf) || buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) throw new UnreadableDocumentError();
  try {
    await assertSafeZip(buf, { maxBytes: limits.maxZipBytes, maxEntries: limits.maxZipEntries }, options.filename);
  } catch (cause) {
    if (cause instanceof DocumentRejectedError) throw cause;
    throw new UnreadableDocumentError(undefined, { cause });
  }
  let body: DocxElement[] | null = null;
  try {
    // mammoth's raw text drops table structure; its document model (reached through the documented
    // transformDocument hook) keeps rows, cells and merges, after mammoth has dealt with tracked
    // changes, fields and hyperlinks. The HTML it would then render is not wanted: it gets nothing.
    await mammoth.convertToHtml(
      { buffer: buf },
      {
        transformDocument: (doc: DocxElement) => {
          body = doc.children ?? [];
          return { ...doc, children: [] };
        },
      },
    );
  } catch (cause) {
    throw new UnreadableDocumentError(undefined, { cause });
  }
  if (!body) throw new UnreadableDocumentError();
  return (body as DocxElement[]).map(blockText).join('');
}

/** The parts of mammoth's document model read here (it ships no types for it). */
interface DocxElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocxElement[];
  colSpan?: number;
  rowSpan?: number;
}

function blockText(element: DocxElement): string {
  if (element.type === 'table') return tableText(element);
  if (element.type === 'paragraph') return `${inlineText(element)}\n\n`;
  return (element.children ?? []).map(blockText).join('');
}

/** Text inside a paragraph; a line break (Shift+Enter) is a line of its own, not words run together. */
function inlineText(element: DocxElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return element.breakType === 'line' || element.breakType === undefined ? '\n' : '';
    case 'table':
      return tableText(element);
    default:
      return (element.children ?? []).map(inlineText).join('');
  }
}

/** A cell's text on one line: its paragraphs (and line breaks) joined by a space, tabs made spaces. */
function cellText(cell: DocxElement): string {
  const parts = (cell.children ?? []).map((child) => (child.type === 'paragraph' ? inlineText(child) : blockText(child)));
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * One line per row. mammoth folds a vertical merge into its first cell's rowSpan and drops the
 * continuation cells, so the grid is rebuilt: a column still covered by a rowSpan from above gets
 * an empty cell where the continuation stood.
 */
function tableText(table: DocxElement): string {
  // grid column where a merged cell starts -> rows it still covers below, and its width in columns
  const covering = new Map<number, { rows: number; span: number }>();
  const lines: string[] = [];
  for (const row of table.children ?? []) {
    if (row.type !== 'tableRow') continue;
    const cells: string[] = [];
    let col = 0;
    const takeCovered = () => {
      for (let merged = covering.get(col); merged && merged.rows > 0; merged = covering.get(col)) {
        merged.rows -= 1;
        cells.push('');
        col += merged.span;
      }
    };
    for (const cell of row.children ?? []) {
      if (cell.type !== 'tableCell') continue;
      takeCovered();
      const span = Math.max(1, cell.colSpan ?? 1);
      const rows = Math.max(1, cell.rowSpan ?? 1);
      cells.push(cellText(cell));
      if (rows > 1) covering.set(col, { rows: rows - 1, span });
      col += span;
    }
    takeCovered();
    lines.push(cells.join('\t'));
  }
  return lines.map((line) => `${line}\n`).join('') + '\n';
}
