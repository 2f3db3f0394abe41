import { STATUS_LABELS, TIMELINESS_LABELS, type IsoDate, type Timeliness } from '@dondoc/domain';
import type { OverdueTask, UnitStats } from '../stats/stats.service';

export const REPORT_TITLE = 'Báo cáo tình hình thực hiện nhiệm vụ';

/**
 * The columns in report order: first the four categories the Government's reports count
 * (QĐ 42/2014/QĐ-TTg), then the two the dashboard adds. They are the dashboard's six, disjoint,
 * so each row sums to its total.
 */
export const REPORT_COLUMNS: readonly Timeliness[] = ['done_on_time', 'done_late', 'on_track', 'overdue', 'due_soon', 'no_deadline'];

export const COLUMN_LABELS: Record<Timeliness, string> = {
  ...TIMELINESS_LABELS,
  no_deadline: 'Không thời hạn',
};

/** How the Government's "in progress, within the deadline" maps onto the six columns. */
export const COLUMNS_NOTE =
  'Ghi chú: nhiệm vụ đang thực hiện trong hạn theo cách thống kê của Chính phủ gồm các cột "Đang thực hiện, trong hạn", ' +
  '"Sắp đến hạn" (còn hạn, đến hạn trong 3 ngày làm việc tới) và "Không thời hạn" (nhiệm vụ thường xuyên). ' +
  'Nhiệm vụ được gia hạn tính theo hạn đã gia hạn; cột "Trong đó: hoàn thành quá hạn có gia hạn" là số nhiệm vụ hoàn thành đúng hạn ' +
  'đã gia hạn sau khi quá hạn, đã tính trong cột "Hoàn thành đúng hạn".';

/**
 * "Trong đó: hoàn thành quá hạn có gia hạn": part of the done-on-time column (an extended task is
 * judged against its current deadline), the tasks done within an extension granted after they were
 * already late (docs/domain.md). Shown beside that column, not added to the row's total.
 */
export const LATE_EXTENSION_LABEL = 'Trong đó: hoàn thành quá hạn có gia hạn';

/** The summary's columns after the unit and its total: the six, with the late-extension part right after the done-on-time one. */
export const SUMMARY_COLUMNS: readonly (Timeliness | 'doneWithLateExtension')[] = [
  'done_on_time',
  'doneWithLateExtension',
  ...REPORT_COLUMNS.filter((c) => c !== 'done_on_time'),
];

export const SUMMARY_LABELS: Record<Timeliness | 'doneWithLateExtension', string> = { ...COLUMN_LABELS, doneWithLateExtension: LATE_EXTENSION_LABEL };

export type ReportTotals = Record<Timeliness | 'total' | 'doneWithLateExtension', number>;

/** Everything both report files show: one set of numbers, read once. */
export interface TaskReport {
  /** The day the report is made (the app's local date): its date line. */
  today: IsoDate;
  /** The day the numbers hold for ("tính đến ngày"): today, or an earlier cut-off. */
  asOf: IsoDate;
  from?: IsoDate;
  to?: IsoDate;
  /** The governing committee and the office issuing the report, as the units table names them. */
  committee: string | null;
  office: string | null;
  /** The place in the date line ("An Dương, ngày …"), taken from the committee's name. */
  place: string | null;
  rows: UnitStats[];
  totals: ReportTotals;
  overdue: OverdueTask[];
}

export function totalsOf(rows: readonly UnitStats[]): ReportTotals {
  const totals = { total: 0, doneWithLateExtension: 0 } as ReportTotals;
  for (const column of REPORT_COLUMNS) totals[column] = 0;
  for (const row of rows) {
    totals.total += row.total;
    totals.doneWithLateExtension += row.doneWithLateExtension;
    for (const column of REPORT_COLUMNS) totals[column] += row[column];
  }
  return totals;
}

/** "Ủy ban nhân dân huyện An Dương" → "An Dương"; null when the name does not follow that shape. */
export function placeOf(committee: string | null): string | null {
  return /^(?:Ủy|Uỷ) ban nhân dân\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(.+)$/iu.exec(committee?.trim() ?? '')?.[1] ?? null;
}

export const displayDate = (d: IsoDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/**
 * The date line of an administrative document (Nghị định 30/2020/NĐ-CP): days below 10 and the
 * months January and February take a leading zero, the others do not.
 */
export function dateLine(place: string | null, date: IsoDate): string {
  const day = date.slice(8, 10);
  const month = Number(date.slice(5, 7));
  const text = `ngày ${day} tháng ${month < 3 ? `0${month}` : month} năm ${date.slice(0, 4)}`;
  return place ? `${place}, ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

export function periodLine(report: Pick<TaskReport, 'from' | 'to' | 'asOf'>): string {
  const assigned =
    report.from && report.to
      ? `Nhiệm vụ giao từ ngày ${displayDate(report.from)} đến ngày ${displayDate(report.to)}`
      : report.from
        ? `Nhiệm vụ giao từ ngày ${displayDate(report.from)}`
        : report.to
          ? `Nhiệm vụ giao đến ngày ${displayDate(report.to)}`
          : 'Tất cả nhiệm vụ đã giao';
  return `${assigned}; số liệu tính đến ngày ${displayDate(report.asOf)}`;
}

export function directiveLabel(task: Pick<OverdueTask, 'directiveNumber' | 'directiveSymbol' | 'directiveDate'>): string {
  const ref = [task.directiveNumber, task.directiveSymbol].filter(Boolean).join('/');
  const date = task.directiveDate ? `ngày ${displayDate(task.directiveDate)}` : '';
  return [ref ? `Số ${ref}` : '', date].filter(Boolean).join(' ') || 'Văn bản chưa có số';
}

export const statusLabel = (t: OverdueTask) => STATUS_LABELS[t.status];

export function fileName(report: Pick<TaskReport, 'asOf'>, extension: 'xlsx' | 'docx'): string {
  return `bao-cao-nhiem-vu-${report.asOf}.${extension}`;
}
