import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import {
  COLUMNS_NOTE,
  dateLine,
  directiveLabel,
  displayDate,
  periodLine,
  REPORT_TITLE,
  statusLabel,
  SUMMARY_COLUMNS,
  SUMMARY_LABELS,
  type TaskReport,
} from './report';

/*
 * The shape of an administrative document (Nghị định 30/2020/NĐ-CP, appendix I): Times New Roman,
 * the issuing body top left and the national motto top right with short rules under both, the
 * place and date in italics under the motto, the title centred in bold capitals, then the body,
 * and "Nơi nhận" beside the signature at the end. A4 landscape, for the nine-column table.
 */

const FONT = 'Times New Roman';
const MM = 56.7; // twips per millimetre
const PAGE_WIDTH = Math.round((297 - 30 - 15) * MM);

type Run = Omit<IRunOptions, 'text'>;

function para(text: string, run: Run = {}, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER, after = 0): Paragraph {
  return new Paragraph({ alignment: align, spacing: { after }, children: [new TextRun({ text, ...run })] });
}

/** The short rule under the issuing body and the motto: a bottom border on an indented, empty paragraph. */
function rule(columnTwips: number, lineMm: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - lineMm * MM) / 2));
  return new Paragraph({
    spacing: { after: 120 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function plainCell(children: Paragraph[], widthTwips: number): TableCell {
  return new TableCell({ children, width: { size: widthTwips, type: WidthType.DXA }, borders: TableBorders.NONE });
}

function headerBlock(report: TaskReport): Table {
  const left = Math.round(PAGE_WIDTH * 0.4);
  const right = PAGE_WIDTH - left;
  const issuer = [
    ...(report.committee ? [para(report.committee.toUpperCase(), { size: 26 })] : []),
    ...(report.office ? [para(report.office.toUpperCase(), { size: 26, bold: true })] : []),
    rule(left, 30),
    para('Số:        /BC-' + (report.office ? 'VP' : 'UBND'), { size: 26 }),
  ];
  const motto = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 26, bold: true }),
    para('Độc lập - Tự do - Hạnh phúc', { size: 28, bold: true }),
    rule(right, 60),
    para(dateLine(report.place, report.today), { size: 28, italics: true }),
  ];
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [plainCell(issuer, left), plainCell(motto, right)] })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function cell(text: string | string[], options: { bold?: boolean; align?: 'left' | 'center'; shade?: boolean } = {}): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    shading: options.shade ? { fill: 'D9E2F3' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [text].flat().map((line) => para(line, { size: 24, bold: options.bold }, options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER)),
  });
}

function grid(widthsMm: number[], head: string[], rows: TableCell[][]): Table {
  const scale = PAGE_WIDTH / widthsMm.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: widthsMm.map((w) => Math.round(w * scale)),
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, { bold: true, shade: true })) }),
      ...rows.map((children) => new TableRow({ cantSplit: true, children })),
    ],
  });
}

function summaryTable(report: TaskReport): Table {
  const rows = report.rows.map((unit, index) => [
    cell(String(index + 1)),
    cell(unit.unitName, { align: 'left' }),
    cell(String(unit.total)),
    ...SUMMARY_COLUMNS.map((c) => cell(String(unit[c]))),
  ]);
  rows.push([
    cell(''),
    cell('Tổng cộng', { bold: true, align: 'left' }),
    cell(String(report.totals.total), { bold: true }),
    ...SUMMARY_COLUMNS.map((c) => cell(String(report.totals[c]), { bold: true })),
  ]);
  return grid([10, 55, 16, ...SUMMARY_COLUMNS.map(() => 23)], ['STT', 'Đơn vị chủ trì', 'Tổng số', ...SUMMARY_COLUMNS.map((c) => SUMMARY_LABELS[c])], rows);
}

function overdueBlock(report: TaskReport): (Paragraph | Table)[] {
  if (!report.overdue.length) return [para('Không có nhiệm vụ quá hạn.', {}, AlignmentType.JUSTIFIED, 120)];
  const rows = report.overdue.map((task, index) => [
    cell(String(index + 1)),
    cell(task.text, { align: 'left' }),
    cell(task.unitName, { align: 'left' }),
    cell(directiveLabel(task), { align: 'left' }),
    cell(
      task.originalDeadline && task.originalDeadline !== task.deadline
        ? [displayDate(task.deadline), `(ban đầu ${displayDate(task.originalDeadline)})`]
        : displayDate(task.deadline),
    ),
    cell(String(task.daysOverdue)),
    cell(`${task.progress}%`),
    cell(statusLabel(task)),
  ]);
  return [
    grid(
      [10, 95, 40, 35, 24, 18, 16, 26],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Văn bản giao', 'Hạn xử lý', 'Số ngày làm việc quá hạn', 'Tiến độ', 'Trạng thái'],
      rows,
    ),
  ];
}

function closing(report: TaskReport, preparedBy: string): Table {
  const half = Math.round(PAGE_WIDTH / 2);
  const recipients = [
    para('Nơi nhận:', { size: 24, bold: true, italics: true }, AlignmentType.LEFT),
    para('- Lãnh đạo UBND;', { size: 22 }, AlignmentType.LEFT),
    para('- Các đơn vị có tên trên;', { size: 22 }, AlignmentType.LEFT),
    para(`- Lưu: VT${report.office ? ', VP' : ''}.`, { size: 22 }, AlignmentType.LEFT),
  ];
  const signature = [para('NGƯỜI LẬP BÁO CÁO', { size: 26, bold: true }, AlignmentType.CENTER, 1400), para(preparedBy, { size: 26, bold: true })];
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: [half, PAGE_WIDTH - half],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [plainCell(recipients, half), plainCell(signature, PAGE_WIDTH - half)] })],
  });
}

export async function buildDocx(report: TaskReport, preparedBy: string): Promise<Buffer> {
  const heading = (text: string) => para(text, { bold: true, size: 26 }, AlignmentType.LEFT, 120);
  const doc = new Document({
    creator: 'Đôn đốc',
    title: REPORT_TITLE,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        children: [
          headerBlock(report),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          para('BÁO CÁO', { bold: true, size: 28 }),
          para(REPORT_TITLE.replace(/^Báo cáo t/, 'T'), { bold: true, size: 28 }),
          para(`(${periodLine(report)})`, { italics: true, size: 26 }, AlignmentType.CENTER, 240),
          heading('I. TỔNG HỢP THEO ĐƠN VỊ CHỦ TRÌ'),
          summaryTable(report),
          para(COLUMNS_NOTE, { italics: true, size: 22 }, AlignmentType.JUSTIFIED, 240),
          heading('II. NHIỆM VỤ QUÁ HẠN, CHƯA HOÀN THÀNH'),
          ...overdueBlock(report),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          closing(report, preparedBy),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
