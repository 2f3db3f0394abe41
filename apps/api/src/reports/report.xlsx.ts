import { Workbook, type Borders, type Cell, type Fill, type Worksheet } from 'exceljs';
import { COLUMNS_NOTE, directiveLabel, periodLine, REPORT_TITLE, statusLabel, SUMMARY_COLUMNS, SUMMARY_LABELS, type TaskReport } from './report';

const FONT = 'Times New Roman';
const THIN: Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as Borders;
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const TOTAL_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

function header(cell: Cell): void {
  cell.font = { name: FONT, size: 11, bold: true };
  cell.fill = HEADER_FILL;
  cell.border = THIN;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function body(cell: Cell, align: 'left' | 'center' = 'center', bold = false): void {
  cell.font = { name: FONT, size: 11, bold };
  cell.border = THIN;
  cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
}

/** Title, issuer and period above the table, each merged across its width. */
function titleBlock(sheet: Worksheet, report: TaskReport, width: number, title: string): void {
  const lines: [string, number, boolean, boolean][] = [
    [(report.office ?? report.committee ?? '').toUpperCase(), 11, true, false],
    [title.toUpperCase(), 14, true, false],
    [periodLine(report), 11, false, true],
  ];
  lines.forEach(([text, size, bold, italic], index) => {
    const row = index + 1;
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size, bold, italic };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  sheet.getRow(2).height = 24;
}

function summarySheet(workbook: Workbook, report: TaskReport): void {
  const sheet = workbook.addWorksheet('Tổng hợp', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = 3 + SUMMARY_COLUMNS.length;
  titleBlock(sheet, report, width, REPORT_TITLE);
  sheet.columns = [{ width: 6 }, { width: 42 }, { width: 10 }, ...SUMMARY_COLUMNS.map(() => ({ width: 16 }))];

  const headerRow = sheet.getRow(5);
  headerRow.values = ['STT', 'Đơn vị chủ trì', 'Tổng số', ...SUMMARY_COLUMNS.map((c) => SUMMARY_LABELS[c])];
  headerRow.height = 48;
  headerRow.eachCell(header);

  report.rows.forEach((unit, index) => {
    const row = sheet.getRow(6 + index);
    row.values = [index + 1, unit.unitName, unit.total, ...SUMMARY_COLUMNS.map((c) => unit[c])];
    row.eachCell((cell, col) => body(cell, col === 2 ? 'left' : 'center'));
  });

  const totalRow = sheet.getRow(6 + report.rows.length);
  totalRow.values = ['', 'Tổng cộng', report.totals.total, ...SUMMARY_COLUMNS.map((c) => report.totals[c])];
  totalRow.eachCell({ includeEmpty: true }, (cell, col) => {
    body(cell, col === 2 ? 'left' : 'center', true);
    cell.fill = TOTAL_FILL;
  });

  const noteRow = 8 + report.rows.length;
  sheet.mergeCells(noteRow, 1, noteRow, width);
  const note = sheet.getCell(noteRow, 1);
  note.value = COLUMNS_NOTE;
  note.font = { name: FONT, size: 10, italic: true };
  note.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(noteRow).height = 45;

  sheet.views = [{ state: 'frozen', ySplit: 5, xSplit: 2 }];
}

function overdueSheet(workbook: Workbook, report: TaskReport): void {
  const sheet = workbook.addWorksheet('Nhiệm vụ quá hạn', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const headers = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Văn bản giao', 'Hạn xử lý', 'Hạn ban đầu', 'Số ngày làm việc quá hạn', 'Tiến độ', 'Trạng thái'];
  titleBlock(sheet, report, headers.length, 'Danh sách nhiệm vụ quá hạn, chưa hoàn thành');
  sheet.columns = [{ width: 6 }, { width: 60 }, { width: 28 }, { width: 24 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 9 }, { width: 16 }];

  const headerRow = sheet.getRow(5);
  headerRow.values = headers;
  headerRow.height = 32;
  headerRow.eachCell(header);

  report.overdue.forEach((task, index) => {
    const row = sheet.getRow(6 + index);
    row.values = [
      index + 1,
      task.text,
      task.unitName,
      directiveLabel(task),
      asDate(task.deadline),
      task.originalDeadline && task.originalDeadline !== task.deadline ? asDate(task.originalDeadline) : '',
      task.daysOverdue,
      task.progress / 100,
      statusLabel(task),
    ];
    row.eachCell({ includeEmpty: true }, (cell, col) => body(cell, col === 2 || col === 3 || col === 4 ? 'left' : 'center'));
    row.getCell(5).numFmt = 'dd/mm/yyyy';
    row.getCell(6).numFmt = 'dd/mm/yyyy';
    row.getCell(8).numFmt = '0%';
  });
  if (!report.overdue.length) {
    sheet.mergeCells(6, 1, 6, headers.length);
    const cell = sheet.getCell(6, 1);
    cell.value = 'Không có nhiệm vụ quá hạn.';
    body(cell);
  }
  sheet.views = [{ state: 'frozen', ySplit: 5 }];
}

/** A calendar date as a spreadsheet date (midnight UTC, so no zone shifts the day). */
const asDate = (d: string) => new Date(`${d}T00:00:00Z`);

export async function buildXlsx(report: TaskReport): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Đôn đốc';
  workbook.title = REPORT_TITLE;
  summarySheet(workbook, report);
  overdueSheet(workbook, report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
