import { addCalendarDays, isoDate, isValidIsoDate, isWeekend, parseIsoDate, type IsoDate } from './dates';

export interface TableDay {
  date: IsoDate;
  kind: 'day_off' | 'working_day';
  name: string;
}

export interface CalendarTable {
  days: TableDay[];
  /** Lines that could not be read, each with its number and why, in Vietnamese. */
  problems: string[];
}

const DATE = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2})`;
const LINE = new RegExp(String.raw`^\s*(?:${DATE})(?:\s*(?:-|–|đến)\s*(?:${DATE}))?\s*[\t;,|]?\s*(.*)$`, 'i');
// A weekend day worked in exchange for a bridge day off.
const WORKED = /(^|\s)(làm bù|làm việc bù|đi làm bù)(?=\s|$)/i;

function dateOf(parts: (string | undefined)[]): IsoDate | null {
  const [day, month, year, isoYear, isoMonth, isoDay] = parts;
  const date = year ? isoDate(Number(year), Number(month), Number(day)) : isoDate(Number(isoYear), Number(isoMonth), Number(isoDay));
  return isValidIsoDate(date) ? date : null;
}

/**
 * A year's announced days as an admin pastes them, one line each: a date (`08/02/2024` or
 * `2024-02-08`) or a span (`08/02/2024 - 14/02/2024`), then its name, separated by a tab, `;`, `,`
 * or `|`. A line whose name says the day is worked (`Làm bù ...`) is a make-up working day; any
 * other is a day off, and a span off keeps its weekdays only (weekends are off anyway). Every date
 * must be in `year`; blank lines and a header line without a date are skipped.
 */
export function parseCalendarTable(text: string, year: number): CalendarTable {
  const days = new Map<IsoDate, TableDay>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const lineNumber = index + 1;
    const match = LINE.exec(line);
    if (!match) {
      if (index === 0) return;
      problems.push(`Dòng ${lineNumber}: không thấy ngày (dd/mm/yyyy) ở đầu dòng`);
      return;
    }
    const from = dateOf(match.slice(1, 7));
    const to = match[7] || match[10] ? dateOf(match.slice(7, 13)) : from;
    const name = (match[13] ?? '').trim();
    if (!from || !to) return void problems.push(`Dòng ${lineNumber}: ngày không có thật`);
    if (!name) return void problems.push(`Dòng ${lineNumber}: thiếu tên ngày nghỉ hoặc ngày làm bù`);
    if (parseIsoDate(from).year !== year || parseIsoDate(to).year !== year) return void problems.push(`Dòng ${lineNumber}: ngày không thuộc năm ${year}`);
    if (to < from) return void problems.push(`Dòng ${lineNumber}: ngày kết thúc trước ngày bắt đầu`);
    const kind = WORKED.test(name) ? 'working_day' : 'day_off';
    if (kind === 'working_day') {
      if (from !== to) return void problems.push(`Dòng ${lineNumber}: ngày làm bù ghi từng ngày một`);
      if (!isWeekend(from)) return void problems.push(`Dòng ${lineNumber}: ngày làm bù phải là thứ Bảy hoặc Chủ nhật`);
      days.set(from, { date: from, kind, name });
      return;
    }
    let weekdays = 0;
    for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
      if (isWeekend(day)) continue;
      days.set(day, { date: day, kind, name });
      weekdays++;
    }
    if (!weekdays) problems.push(`Dòng ${lineNumber}: ngày nghỉ rơi vào thứ Bảy, Chủ nhật (vốn là ngày nghỉ); hãy ghi ngày nghỉ bù`);
  });
  return { days: [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1)), problems };
}
