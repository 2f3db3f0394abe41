import { foldVietnamese } from '@dondoc/domain';
import { Building, Composite, mentionsIn, newBuilding, TableTime } from './building';
import { DeadlineContext, findDeadline, findRecurrence } from './deadlines';
import { MARKER_DEPTH, Paragraph } from './paragraphs';
import { tokenize } from './tokens';
import type { CoordinatingRef } from './types';
import { Mention, UnitMatcher } from './units';

/** A table cell that gives a time: a date, a month, a quarter, a year, "thường xuyên". */
const TIME_CELL = /^(?:(?:trước|trong|hết|đến|năm|tháng|quý|ngày)(?!\p{L}).*|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|\d{4}(?:\s*[-–]\s*\d{4})?|thường\s+xuyên.*)$/iu;

/** Where a table's columns are, by the words of its header row. */
export interface TableColumns {
  count: number;
  numbered: boolean;
  content: number;
  lead: number;
  coordinating: number;
  time: number;
}

/** The columns of a table's header row, or null when the paragraph opens no table of tasks. */
export function tableColumns(paragraph: Paragraph): TableColumns | null {
  if (!paragraph.text.includes('\t')) return null;
  const columns = paragraph.text.split('\t').map((c) => foldVietnamese(c).trim());
  const find = (re: RegExp) => columns.findIndex((c) => re.test(c));
  const content = find(/^(?:noi dung|nhiem vu|ten nhiem vu|cong viec|noi dung cong viec|nhiem vu, giai phap)/);
  // A header cell may wrap onto the next line in a PDF ("Đơn vị chủ" / "trì").
  const lead = find(/(?:chu tri|^don vi chu$|^co quan chu$|don vi thuc hien|co quan thuc hien)/);
  if (content < 0 || lead < 0) return null;
  return {
    count: columns.length,
    numbered: content > 0 && /^(?:s?tt|so tt)\.?$/.test(columns[0]!),
    content,
    lead,
    coordinating: find(/phoi hop/),
    time: find(/(?:thoi gian|thoi han|tien do|han hoan thanh)/),
  };
}

/** What reading a table needs from the reader of the whole directive. */
export interface TableHost {
  readonly paragraphs: Paragraph[];
  readonly matcher: UnitMatcher;
  readonly ctx: DeadlineContext;
  coordinating(text: string): CoordinatingRef[];
  /** Turns an assignment read from the table into the draft's assignments. */
  finish(building: Building): void;
  /** A row's time and partners, which stand in cells beside its task's text. */
  readonly tableDeadlines: Map<Composite, TableTime>;
  readonly tableCoordinating: Map<Composite, CoordinatingRef[]>;
}

/** Reads tables of tasks into assignments, row by row. */
export class TableReader {
  constructor(private readonly host: TableHost) {}

  /** Whether a cell opens with a unit's name. */
  private namesUnit(paragraph: Paragraph, start: number, end: number): boolean {
    const tokens = tokenize(paragraph.text, start, end);
    const [firstToken] = tokens;
    if (!firstToken) return false;
    const [firstFound] = this.host.matcher.parseUnits(tokens, 0);
    return firstFound !== undefined && firstFound.start === firstToken.start;
  }

  /**
   * The units of a lead cell: "Sở Tài chính; UBND cấp xã", or one name a line ("Các sở, ngành" /
   * "Sở Tài chính"), each read where it stands, unknown names kept whole.
   */
  private cellUnits(paragraph: Paragraph, start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (const [from, to] of this.cellNames(paragraph, start, end)) {
      const tokens = tokenize(paragraph.text, from, to);
      const found = tokens.length > 0 ? this.host.matcher.parseUnits(tokens, 0) : [];
      // A cell holds names and nothing else: a lone name runs to the cell's end ("UBND cấp xã").
      const [only] = found;
      if (only && found.length === 1) found[0] = { ...only, end: to };
      out.push(...(found.length > 0 ? found : this.unknownNames(paragraph, from, to)));
    }
    return out;
  }

  /**
   * Names no list holds, in a cell of names: "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư".
   * A name never goes on in lower case after a comma ("Sở Văn hóa, Thể thao và Du lịch" goes on in
   * capitals), so such a comma parts two names.
   */
  private unknownNames(paragraph: Paragraph, from: number, to: number): Mention[] {
    const out: Mention[] = [];
    let start = from;
    for (const comma of paragraph.text.slice(from, to).matchAll(/,\s+(?=\p{Ll})/gu)) {
      const at = from + (comma.index ?? 0);
      out.push({ start, end: at, unitIds: [], group: false, vague: false, known: false, standard: false });
      start = at + comma[0].length;
    }
    out.push({ start, end: to, unitIds: [], group: false, vague: false, known: false, standard: false });
    return out;
  }

  /**
   * Where each name of a lead cell stands: between semicolons, and a line of its own when the line
   * before ends a name (not on a comma, a dash or "và") and the line opens another one.
   */
  private cellNames(paragraph: Paragraph, start: number, end: number): [number, number][] {
    const breaks = this.nameLineStarts(paragraph, start, end);
    for (let semicolon = paragraph.text.indexOf(';', start); semicolon >= 0 && semicolon < end; semicolon = paragraph.text.indexOf(';', semicolon + 1))
      breaks.push(semicolon);
    return this.pieces(
      paragraph,
      start,
      end,
      breaks.sort((a, b) => a - b),
    );
  }

  /** The lines of a lead cell that open a name of their own (see `cellNames`). */
  private nameLineStarts(paragraph: Paragraph, start: number, end: number): number[] {
    const out: number[] = [];
    for (const at of paragraph.lineStarts(start, end)) {
      const before = paragraph.text.slice(start, at).trimEnd();
      if (!/^\p{Lu}/u.test(paragraph.text.slice(at, at + 1)) || /(?:[,;\-–&]|(?<!\p{L})(?:và|của|thuộc))$/u.test(before)) continue;
      if (this.namesUnit(paragraph, at, end)) out.push(at);
    }
    return out;
  }

  /** Text [start, end) cut at the given offsets (a semicolon there is dropped), each piece trimmed. */
  private pieces(paragraph: Paragraph, start: number, end: number, breaks: number[]): [number, number][] {
    const out: [number, number][] = [];
    let from = start;
    for (const at of [...breaks, end]) {
      const cell = paragraph.text.slice(from, at);
      const pieceStart = from + (cell.length - cell.trimStart().length);
      const pieceEnd = from + cell.replace(/[;\s]+$/u, '').length;
      if (pieceEnd > pieceStart) out.push([pieceStart, pieceEnd]);
      from = paragraph.text.charAt(at) === ';' ? at + 1 : at;
    }
    return out;
  }

  /**
   * A law site may print two rows in one, their cells' lines side by side: when the lead cell has
   * as many names a line as the content cell has sentences opening a line, each sentence is the
   * task of the names on the line of the same rank.
   */
  private subRows(
    paragraph: Paragraph,
    content: { start: number; end: number },
    lead: { start: number; end: number } | undefined,
  ): { content: [number, number]; lead: [number, number] | null }[] {
    const whole = [{ content: [content.start, content.end] as [number, number], lead: lead ? ([lead.start, lead.end] as [number, number]) : null }];
    if (!lead) return whole;
    const leadBreaks = this.nameLineStarts(paragraph, lead.start, lead.end);
    if (leadBreaks.length === 0) return whole;
    const sentenceBreaks = paragraph
      .lineStarts(content.start, content.end)
      .filter((at) => /\.$/u.test(paragraph.text.slice(content.start, at).trimEnd()) && /^\p{Lu}/u.test(paragraph.text.charAt(at)));
    if (sentenceBreaks.length !== leadBreaks.length) return whole;
    const contents = this.pieces(paragraph, content.start, content.end, sentenceBreaks);
    const leads = this.pieces(paragraph, lead.start, lead.end, leadBreaks);
    if (contents.length !== leads.length) return whole;
    // As many leads as contents, checked above.
    return contents.map((c, index) => ({ content: c, lead: leads[index]! }));
  }

  /**
   * A table of tasks pasted from Word or read from a .docx/.pdf (cells separated by tabs):
   * "STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành". Each row is a task
   * of its lead unit; an empty lead cell (a merged cell) carries the unit of the row above.
   * Returns the index after the table, or `start` when the paragraph at `start` opens no table.
   */
  read(start: number, to: number): number {
    // The reader calls this only at a paragraph of the directive.
    const header = tableColumns(this.host.paragraphs[start]!);
    if (!header) return start;
    const { content, lead, coordinating, time } = header;
    let leadCell: { paragraph: Paragraph; start: number; end: number } | null = null;
    let lastTime: TableTime | null = null;
    let current: Building | null = null;
    let index = start + 1;
    for (; index < to; index++) {
      const paragraph = this.host.paragraphs[index];
      if (!paragraph) break;
      if (!paragraph.text.includes('\t')) {
        // A cell's words wrapped onto a line of their own in a PDF: the table goes on below them.
        if (paragraph.text.length < 160 && this.host.paragraphs[index + 1]?.text.includes('\t')) continue;
        break;
      }
      const cells: { start: number; end: number }[] = [];
      let at = 0;
      for (const cell of paragraph.text.split('\t')) {
        const leadingSpace = cell.length - cell.trimStart().length;
        cells.push({ start: at + leadingSpace, end: at + cell.trimEnd().length });
        at += cell.length + 1;
      }
      // The header's cells wrapped onto a second line in a PDF ("Đơn vị chủ" / "trì"): words that go
      // on, in lower case, are no row of tasks.
      if (index === start + 1 && cells.every((c) => c.end === c.start || /^\p{Ll}/u.test(paragraph.text.slice(c.start, c.start + 1)))) continue;
      // A row one cell short lost either its merged lead cell (a PDF prints a merged cell once) or a
      // trailing empty cell: the lead column tells which, by holding a unit or not.
      // Splitting gives at least one cell.
      const lastCell = cells[cells.length - 1]!;
      const lastIsTime = time === header.count - 1 && TIME_CELL.test(paragraph.text.slice(lastCell.start, lastCell.end));
      const leadAsRead = cells[lead];
      if (
        cells.length === header.count - 1 &&
        /^\d/.test(paragraph.text) &&
        leadAsRead &&
        (lastIsTime || !this.namesUnit(paragraph, leadAsRead.start, leadAsRead.end))
      ) {
        cells.splice(lead, 0, { start: leadAsRead.start, end: leadAsRead.start });
      }
      // A row whose first cell holds no number lost the number cell it shares, merged, with the row above.
      const firstCell = cells[0]!;
      const merged =
        header.numbered &&
        cells.length < header.count &&
        cells.length >= 2 &&
        firstCell.end > firstCell.start &&
        !/^(?:\d{1,3}|[IVXLC]{1,6})[.)]?$/u.test(paragraph.text.slice(firstCell.start, firstCell.end));
      if (merged) cells.unshift({ start: firstCell.start, end: firstCell.start });
      const cellText = (column: number) => {
        const cell = column >= 0 ? cells[column] : undefined;
        return cell ? paragraph.text.slice(cell.start, cell.end) : '';
      };
      // "II | TRIỂN KHAI ĐỒNG BỘ ...": a section's heading row, under no unit.
      if (cells.length <= 2) {
        if (current) this.host.finish(current);
        current = null;
        leadCell = null;
        continue;
      }
      if (!cellText(content)) continue;
      const when = cellText(time);
      let rowTime: TableTime | null = null;
      if (when) {
        // The time cell has text, so it is there.
        const timeCell = cells[time]!;
        const range = paragraph.range(timeCell.start, timeCell.end);
        // "2025", "Năm 2025 - 2026": the work runs to the end of the last year named.
        const years = /^(?:năm\s+)?(\d{4})(?:\s*[-–]\s*(\d{4}))?$/iu.exec(when);
        // "Tháng 12 hằng năm": a duty that comes back, with no one date.
        const recurring = findRecurrence(when);
        const deadline =
          /^thường\s+xuyên/iu.test(when) || recurring
            ? null
            : years
              ? { deadline: `${years[2] ?? years[1]}-12-31` }
              : findDeadline(`hoàn thành ${when}`, this.host.ctx, null);
        rowTime = { text: when, deadline: deadline?.deadline ?? null, range, recurrence: recurring?.recurrence ?? null };
      } else if (merged && time >= cells.length) {
        // The time cell is merged with the row above's: the row shares its time.
        rowTime = lastTime;
      }
      const partnerText = cellText(coordinating);
      const partners = partnerText ? this.host.coordinating(`phối hợp với ${partnerText}`) : null;
      let made = false;
      // The content cell has text, so it is there.
      for (const part of this.subRows(paragraph, cells[content]!, cells[lead])) {
        // Rows of the same unit one after another are one assignment, as a merged cell would make them.
        const leadText = part.lead ? foldVietnamese(paragraph.text.slice(part.lead[0], part.lead[1])) : '';
        if (part.lead && leadText && (!current || !leadCell || leadText !== foldVietnamese(leadCell.paragraph.text.slice(leadCell.start, leadCell.end)))) {
          if (current) this.host.finish(current);
          leadCell = { paragraph, start: part.lead[0], end: part.lead[1] };
          current = newBuilding(mentionsIn(paragraph, this.cellUnits(paragraph, leadCell.start, leadCell.end)), MARKER_DEPTH.none);
        }
        if (!current || !leadCell) continue;
        const composite = new Composite();
        composite.add(paragraph, part.content[0], part.content[1]);
        current.tasks.push(composite);
        if (rowTime) this.host.tableDeadlines.set(composite, rowTime);
        if (partners) this.host.tableCoordinating.set(composite, partners);
        made = true;
      }
      if (made && when) lastTime = rowTime;
    }
    if (current) this.host.finish(current);
    return index;
  }
}
