import { addCalendarDays, isValidIsoDate, IsoDate, lastDayOfMonth, lastDayOfQuarter, lunarNewYear, WorkingCalendar } from '@dondoc/calendar';
import type { Recurrence } from './types';

export interface DeadlineContext {
  /** The document's date, or the clerk's, or today: what relative periods count from. */
  baseDate: IsoDate;
  /** The year and month the document states even when its day is blank. */
  year: number;
  month: number | null;
  /** Whether baseDate is the document's own full date (then earlier dates are not deadlines). */
  exact: boolean;
  calendar: WorkingCalendar;
}

export interface Found {
  start: number;
  end: number;
  text: string;
}

export interface DeadlineFound extends Found {
  deadline: IsoDate | null;
}

export interface RecurrenceFound extends Found {
  recurrence: Recurrence;
}

const PERIOD: Record<string, Recurrence> = { tuần: 'weekly', tháng: 'monthly', quý: 'quarterly', năm: 'yearly' };
const FINENESS: Recurrence[] = ['weekly', 'monthly', 'quarterly', 'yearly'];

const PERIOD_WORD = String.raw`(?:6\s+tháng|tuần|tháng|quý|năm)`;
const REPORT_RECURRENCE = new RegExp(
  String.raw`(?<!\p{L})báo\s+cáo\s+(?:định\s+kỳ\s+)?(?:(?:hằng|hàng)\s+)?${PERIOD_WORD}(?!\s*(?:\d|[IVX]+\b|này|trước|tới|sau|đầu|cuối|học))(?:\s*(?:,|và|\/|-)\s*${PERIOD_WORD}(?!\s*\d))*`,
  'giu',
);
const EVERY_RECURRENCE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:trước|vào|chậm\s+nhất)\s+)?(?:(?:ngày\s+\d{1,2}(?:\s*\/\s*\d{1,2})?(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{1,2}(?:\s*\/\s*\d{1,2})?)*|thứ\s+\p{L}{1,5}|chủ\s+nhật)\s+)?(?:định\s+kỳ\s+)?(?:hằng|hàng|mỗi)\s+(tuần|tháng|quý|năm)(?!\p{L})|(?<!\p{L})định\s+kỳ\s+(tuần|tháng|quý|năm)(?!\p{L})(?!\s*\d)`,
  'giu',
);

/**
 * "như hằng năm" is a comparison, and a bare "hằng năm" mostly describes routine work ("đánh giá
 * công chức hằng năm"): a yearly duty needs "định kỳ", a day ("trước ngày 15/12 hằng năm") or a report.
 */
function recurs(text: string, match: RegExpExecArray): boolean {
  if (/(?<!\p{L})như\s*$/iu.test(text.slice(Math.max(0, match.index - 6), match.index))) return false;
  if (!/năm$/iu.test(match[0])) return true;
  if (/(?<!\p{L})(?:định\s+kỳ|ngày|thứ)(?!\p{L})/iu.test(match[0])) return true;
  // "Tháng 12 hằng năm": a month of every year.
  if (/(?<!\p{L})tháng\s+\d{1,2}\s*$/iu.test(text.slice(Math.max(0, match.index - 12), match.index))) return true;
  return /(?<!\p{L})báo\s+cáo(?!\p{L})/iu.test(text.slice(Math.max(0, match.index - 60), match.index));
}

/** A recurring duty: "báo cáo tuần, tháng, quý, năm", "trước ngày 20 hằng tháng", "định kỳ hằng quý". */
export function findRecurrence(text: string): RecurrenceFound | null {
  if (!/hằng|hàng|mỗi|định\s+kỳ|báo\s+cáo/iu.test(text)) return null;
  REPORT_RECURRENCE.lastIndex = 0;
  const report = REPORT_RECURRENCE.exec(text);
  EVERY_RECURRENCE.lastIndex = 0;
  let every = EVERY_RECURRENCE.exec(text);
  while (every && !recurs(text, every)) every = EVERY_RECURRENCE.exec(text);
  const match = report && (!every || report.index <= every.index) ? report : every;
  if (!match) return null;
  const words = match[0].toLowerCase().match(/6\s+tháng|tuần|tháng|quý|năm/gu) ?? [];
  const kinds = words.filter((w) => !w.startsWith('6')).map((w) => PERIOD[w]);
  if (kinds.length === 0) return null;
  const recurrence = FINENESS.find((k) => kinds.includes(k))!;
  return { start: match.index, end: match.index + match[0].length, text: match[0], recurrence };
}

const WEEKDAY_NUMBER: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };
/** The day named in or right after a recurrence: "trước ngày 20 hằng tháng", "báo cáo định kỳ hằng tháng trước ngày 20", "thứ Sáu hằng tuần". */
const DAY_IN = /(?<!\p{L})(?:ngày\s+(\d{1,2})(?:\s*\/\s*(\d{1,2}))?|thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật))(?!\p{L})/iu;
const DAY_AFTER =
  /^\s*[,(]?\s*(?:trước|vào|chậm\s+nhất(?:\s+là)?)\s+(?:ngày\s+(\d{1,2})(?:\s*\/\s*(\d{1,2}))?(?![\d/])|thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])(?!\p{L}))/iu;
/** "đến hết năm 2025", "đến hết tháng 6/2026", "đến ngày 31/12/2025": when a series ends. */
const SERIES_END =
  /(?<!\p{L})(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})|năm\s+(\d{4}))(?!\s*[-–]\s*\d)/iu;

/** The day (and month) named in or right after a recurrence, as written. */
function namedDay(text: string, found: RecurrenceFound): { day: number | null; month: number | null; weekday: number | null } | null {
  const inside = DAY_IN.exec(found.text);
  if (inside) {
    const weekday = inside[4] ? 7 : inside[3] ? (WEEKDAY_NUMBER[inside[3].toLowerCase()] ?? null) : null;
    return { day: inside[1] ? Number(inside[1]) : null, month: inside[2] ? Number(inside[2]) : null, weekday };
  }
  const after = DAY_AFTER.exec(text.slice(found.end, found.end + 40));
  if (!after) return null;
  return {
    day: after[1] ? Number(after[1]) : null,
    month: after[2] ? Number(after[2]) : null,
    weekday: after[3] ? (WEEKDAY_NUMBER[after[3].toLowerCase()] ?? null) : null,
  };
}

/**
 * The day within each period a recurring duty is due, as the series keeps it: a day of the week
 * (Monday 1 to Sunday 7) for a weekly duty, otherwise a day of the period's last month, or for a
 * yearly duty of the month it names (`recurrenceMonth`).
 */
export function recurrenceDay(text: string, found: RecurrenceFound): number | null {
  const named = namedDay(text, found);
  if (!named) return null;
  if (found.recurrence === 'weekly') return named.weekday;
  if (named.weekday !== null || named.day === null) return null;
  if (!Number.isInteger(named.day) || named.day < 1 || named.day > 31) return null;
  if (found.recurrence === 'yearly' && named.month !== null && (named.month < 1 || named.month > 12)) return null;
  return named.day;
}

/** The month of a yearly duty's due day ("trước ngày 31/3 hằng năm": 3), when the text names one with its day; null otherwise. */
export function recurrenceMonth(text: string, found: RecurrenceFound): number | null {
  if (found.recurrence !== 'yearly' || recurrenceDay(text, found) === null) return null;
  return namedDay(text, found)?.month ?? null;
}

/** The last day of a recurring duty's series, when the text gives one. */
export function seriesEnd(text: string): IsoDate | null {
  const match = SERIES_END.exec(text);
  if (!match) return null;
  if (match[3]) return date(Number(match[3]), Number(match[2]), Number(match[1]));
  if (match[5]) {
    const month = Number(match[4]);
    return month >= 1 && month <= 12 ? lastDayOfMonth(Number(match[5]), month) : null;
  }
  return `${match[6]}-12-31`;
}

const ATOM = new RegExp(
  [
    String.raw`(?<td>ngày\s+(?<tdD>\d{1,2})\s+tháng\s+(?<tdM>\d{1,2})(?:\s*(?:năm|\/)\s*(?<tdY>\d{4}))?)`,
    String.raw`(?<nd>(?<![\d/.\-])(?<ndD>\d{1,2})\s*(?<sep>[/.\-])\s*(?<ndM>\d{1,2})(?:\s*\k<sep>\s*(?<ndY>\d{4}))?(?![\d/]|[.\-]\d))`,
    String.raw`(?<mo>tháng\s+(?<moM>\d{1,2})(?:\s*(?:\/|-|năm)\s*(?<moY>\d{4}))?(?![\d/]))`,
    String.raw`(?<qu>qu[ýí]\s+(?<quQ>IV|I{1,3}|[1-4])(?![\p{L}\d])(?:\s*(?:\/|-|năm)\s*(?<quY>\d{4}))?)`,
    String.raw`(?<hy>(?<hyN>6|sáu)\s+tháng\s+(?<hyP>đầu|cuối)\s+năm(?:\s+(?<hyY>\d{4}))?)`,
    String.raw`(?<yr>năm\s+(?<yrY>\d{4})(?!\s*[-–]\s*\d))`,
    String.raw`(?<rel>(?<![\d/.,])(?<relN>\d{1,3})\s+ngày(?<relW>\s+làm\s+việc)?)`,
  ].join('|'),
  'giu',
);

/** "ngày thứ Sáu 20/4/2018": the day of the week between the cue and the date. */
const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)`;

/** "vào sáng ngày 15/5/2019": the part of the day before the date. */
const DAY_PART = String.raw`(?:buổi\s+)?(?:sáng|trưa|chiều|tối)`;

const CUE = new RegExp(
  String.raw`(?<!\p{L})(?:trước|chậm\s+nhất(?:\s+là)?|hạn(?:\s+chót|\s+cuối)?|hoàn\s+thành(?:\s+xong)?|xong|kết\s+thúc|đến(?:\s+hết)?|hết|trong(?:\s+(?:vòng|thời\s+hạn|thời\s+gian))?|vào|cuối|thời\s+gian(?:\s+\p{L}+){0,3}\s*:|thời\s+hạn(?:\s+\p{L}+){0,3}\s*:?|tiến\s+độ\s*:)\s*(?:là\s+)?(?:lúc\s+)?(?:\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{1,2})?\s*(?:phút)?\s*,?\s*)?(?:${DAY_PART}\s+)?(?:(?:vào\s+)?ngày\s*)?(?:${WEEKDAY}\s*,?\s*(?:ngày\s*)?)?$`,
  'iu',
);
const CUE_START = new RegExp(
  String.raw`(?<!\p{L})(?:(?:thời\s+gian|thời\s+hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện|báo\s+cáo|nộp|gửi))?\s*:?\s*)?(?:(?:hoàn\s+thành|xong|kết\s+thúc)\s+(?:xong\s+)?)?(?:(?:trước|chậm\s+nhất(?:\s+là)?|hạn(?:\s+chót|\s+cuối)?|đến(?:\s+hết)?|hết|trong(?:\s+(?:vòng|thời\s+hạn|thời\s+gian))?|vào|cuối|là|lúc)\s+)*(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2})?\s*(?:phút)?\s*,?\s*)?(?:${DAY_PART}\s+)?(?:(?:vào\s+)?ngày\s+)?(?:${WEEKDAY}\s*,?\s*(?:ngày\s*)?)?$`,
  'iu',
);
const BEFORE = /(?<!\p{L})trước\s*$/iu;
const DUE_RIGHT_BEFORE = /(?<!\p{L})(?:trước|chậm\s+nhất(?:\s+là)?|hoàn\s+thành)\s+(?:ngày\s+)?$/iu;
/** "tầm nhìn đến năm 2050", "giai đoạn 2021 - 2030", "định hướng đến năm 2045": a horizon, not a deadline. */
const HORIZON = /(?<!\p{L})(?:tầm\s+nhìn|định\s+hướng|giai\s+đoạn|chiến\s+lược)(?:\s+(?:đến|tới))?(?:\s+(?:hết\s+)?năm)?\s*$/iu;
const RANGE_END = /(?:\d|[IVX])\s*[-–]\s*$/u;
const PLAN_HORIZON = /(?<!\p{L})(?:quy\s+hoạch|kế\s+hoạch|chiến\s+lược|đề\s+án|chương\s+trình)(?!\p{L})[^.;]{0,140}(?:đến|tới)\s+(?:hết\s+)?$/iu;
const FROM = /(?<!\p{L})từ\s+(?:ngày\s+)?$/iu;
const OCCASION = /(?<!\p{L})(?:dịp|lễ|kỷ\s+niệm|chào\s+mừng|tết|ngày\s+hội|sự\s+kiện)(?:\s+[\p{L}\d]+){0,5}\s+(?:ngày\s+)?$/iu;
const CITATION_BEFORE = /(?<!\p{L})số\s*:?\s*[\p{L}\d/\-.]+\s+(?:ngày\s+)?$/iu;
const CITATION_AFTER = /^\s*(?:của|do)\s/iu;
const SINCE = /^\s*,?\s*(?:kể|tính)\s+từ\s+(?:ngày\s+|khi\s+|thời\s+điểm\s+)?([^.;]{0,80})/iu;
const SINCE_DOCUMENT =
  /(?<!\p{L})(?:ký|ban\s+hành|(?:thông\s+báo|văn\s+bản|công\s+văn|kế\s+hoạch|chỉ\s+thị|quyết\s+định)\s+(?:này|có\s+hiệu\s+lực)|nhận\s+được\s+(?:thông\s+báo|văn\s+bản|công\s+văn|kế\s+hoạch|chỉ\s+thị))/iu;
const SPAN_AFTER = /^\s*,?\s*(?:bắt\s+đầu\s+)?từ\s+(?:ngày\s+)?\d/iu;
const WITHIN = /(?<!\p{L})trong(?:\s+(?:vòng|thời\s+hạn|thời\s+gian))?\s+$/iu;
const RULE_WORDS = /(?<!\p{L})(?:hồ\s+sơ|mỗi|giải\s+quyết|thủ\s+tục)(?!\p{L})/iu;
const STANDING = /(?<!\p{L})(?:(?:thời\s+gian|thời\s+hạn)(?:\s+\p{L}+){0,2}\s*:\s*|thực\s+hiện\s+)?thường\s+xuyên(?=\s*(?:[.;,)]|$))/iu;
const QUARTER: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Candidate {
  start: number;
  end: number;
  date: IsoDate | null;
}

function date(year: number, month: number, day: number): IsoDate | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year >= 1900 && year <= 2200 && isValidIsoDate(iso) ? iso : null;
}

/** Clause text before a position: back to the last sentence break, at most 60 characters. */
function prefixOf(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function judge(text: string, match: RegExpExecArray, ctx: DeadlineContext): Candidate | null {
  const groups = match.groups!;
  const start = match.index;
  const end = start + match[0].length;
  const prefix = prefixOf(text, start);
  // The end of a range ("Quý IV/2025 - Quý II/2026", "01/5 - 15/5") is when the work is due.
  const cue = CUE.test(prefix) || RANGE_END.test(prefix);
  const before = BEFORE.test(prefix);
  // "chào mừng ngày 2/9" names an occasion; "chào mừng trước ngày 31/8" still sets a deadline.
  if (FROM.test(prefix) || (OCCASION.test(prefix) && !DUE_RIGHT_BEFORE.test(prefix)) || HORIZON.test(prefix)) return null;
  const yearOf = (month: number) => (ctx.month !== null && month < ctx.month && ctx.exact ? ctx.year + 1 : ctx.year);

  if (groups.td !== undefined || groups.nd !== undefined) {
    const day = Number(groups.tdD ?? groups.ndD);
    const month = Number(groups.tdM ?? groups.ndM);
    const yearText = groups.tdY ?? groups.ndY;
    const withDay = groups.td !== undefined || /(?<!\p{L})ngày\s*$/iu.test(prefix);
    if (CITATION_BEFORE.test(prefix) || CITATION_AFTER.test(text.slice(end, end + 8))) return null;
    if (!cue && !withDay) return null;
    // Without the document's own date, a dated event with no cue ("phản ánh trên báo ngày 30-11-2010") is no deadline.
    if (!cue && !ctx.exact) return null;
    if (groups.nd !== undefined && groups.sep !== '/' && !cue && !withDay) return null;
    let iso = date(yearText ? Number(yearText) : ctx.year, month, day);
    if (!iso) return null;
    if (!yearText && ctx.exact && iso < ctx.baseDate) iso = date(ctx.year + 1, month, day);
    if (!iso) return null;
    if (!cue && ctx.exact && iso < ctx.baseDate) return null;
    return { start, end, date: iso };
  }
  if (groups.mo !== undefined) {
    if (!cue) return null;
    const month = Number(groups.moM);
    if (month < 1 || month > 12) return null;
    const year = groups.moY ? Number(groups.moY) : yearOf(month);
    if (before) return { start, end, date: addCalendarDays(`${year}-${String(month).padStart(2, '0')}-01`, -1) };
    return { start, end, date: lastDayOfMonth(year, month) };
  }
  if (groups.qu !== undefined) {
    if (!cue) return null;
    // The numeral takes part whenever "quý" matched, and each one it can be is a key of QUARTER.
    const quarter = QUARTER[groups.quQ!.toLowerCase()]!;
    const year = groups.quY ? Number(groups.quY) : ctx.year;
    if (before) return { start, end, date: quarter === 1 ? `${year - 1}-12-31` : lastDayOfQuarter(year, (quarter - 1) as 1 | 2 | 3) };
    return { start, end, date: lastDayOfQuarter(year, quarter) };
  }
  if (groups.hy !== undefined) {
    const year = groups.hyY ? Number(groups.hyY) : ctx.year;
    // "đầu" or "cuối" takes part whenever the half year matched.
    return { start, end, date: /đầu/iu.test(groups.hyP!) ? `${year}-06-30` : `${year}-12-31` };
  }
  if (groups.yr !== undefined) {
    if (!cue) return null;
    // "điều chỉnh quy hoạch ... đến năm 2030": the year of the plan's name, not when the work is due.
    const wide = text.slice(Math.max(0, start - 160), start);
    const clause = wide.slice(Math.max(wide.lastIndexOf('. '), wide.lastIndexOf(';')) + 1);
    if (PLAN_HORIZON.test(clause) && !/(?<!\p{L})(?:hoàn\s+thành|xong|trước|chậm\s+nhất)(?!\p{L})/iu.test(clause)) return null;
    const year = Number(groups.yrY);
    // "đến năm 2045" far beyond the document is a plan's horizon, not the duty's deadline.
    if (year > ctx.year + 5) return null;
    return { start, end, date: before ? `${year - 1}-12-31` : `${year}-12-31` };
  }
  if (groups.rel !== undefined) {
    const days = Number(groups.relN);
    const since = SINCE.exec(text.slice(end, end + 120));
    const clause = prefix + match[0];
    let ownDate: boolean;
    let spanEnd = end;
    if (SPAN_AFTER.test(text.slice(end, end + 20))) {
      // "trong 03 ngày từ ngày 13 đến hết ngày 15/5": a span its dates give, not a count from the document.
      ownDate = false;
    } else if (since) {
      const [sinceWhole, sinceWhat = ''] = since;
      ownDate = SINCE_DOCUMENT.test(sinceWhat);
      const doc = SINCE_DOCUMENT.exec(sinceWhat);
      if (doc) spanEnd = end + sinceWhole.indexOf(sinceWhat) + doc.index + doc[0].length;
    } else {
      ownDate = WITHIN.test(prefix) && !RULE_WORDS.test(clause);
    }
    if (!ownDate || days === 0 || days > 366) return null;
    const due = groups.relW ? ctx.calendar.addWorkingDays(ctx.baseDate, days) : addCalendarDays(ctx.baseDate, days);
    return { start, end: spanEnd, date: due };
  }
  return null;
}

/**
 * The task's deadline: the latest date a deadline phrase gives (an interim date stays in the
 * text), with the phrase and its cue words ("thời gian hoàn thành trong tháng 10 năm 2023").
 * Spans in `skip` (a recurrence) are not read again.
 */
export function findDeadline(text: string, ctx: DeadlineContext, skip: Found | null): DeadlineFound | null {
  let best: Candidate | null = null;
  ATOM.lastIndex = 0;
  for (let match = ATOM.exec(text); match; match = ATOM.exec(text)) {
    if (skip && match.index < skip.end && match.index + match[0].length > skip.start) continue;
    const candidate = judge(text, match, ctx);
    if (candidate && candidate.date && (!best || candidate.date >= best.date!)) best = candidate;
  }
  if (best) {
    const prefix = prefixOf(text, best.start);
    const lead = CUE_START.exec(prefix);
    const start = lead ? best.start - (prefix.length - lead.index) : best.start;
    return { start, end: best.end, text: text.slice(start, best.end).trim(), deadline: best.date };
  }
  const tet = BEFORE_TET.exec(text);
  if (tet) {
    // "trước Tết Nguyên đán": the eve of the lunar new year, the next one after the document's date.
    const year = tet[1] ? Number(tet[1]) : ctx.year;
    let eve = addCalendarDays(lunarNewYear(year), -1);
    if (!tet[1] && ctx.exact && eve < ctx.baseDate) eve = addCalendarDays(lunarNewYear(year + 1), -1);
    return { start: tet.index, end: tet.index + tet[0].length, text: tet[0], deadline: eve };
  }
  const standing = STANDING.exec(text);
  if (standing) return { start: standing.index, end: standing.index + standing[0].length, text: standing[0], deadline: null };
  // "trước khi khai giảng năm học mới": a deadline no calendar can date; the clerk reads the phrase.
  const event = /khi/iu.test(text) ? BEFORE_EVENT.exec(text) : null;
  if (event) return { start: event.index, end: event.index + event[0].length, text: event[0].trim(), deadline: null };
  return null;
}

const BEFORE_TET =
  /(?<!\p{L})(?:trước|chậm\s+nhất(?:\s+là)?)\s+(?:dịp\s+)?Tết\s+Nguyên\s+[Đđ]án(?:\s+(?:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+)?(?:năm\s+)?(\d{4}))?/u;
const BEFORE_EVENT = /(?<!\p{L})(?:hoàn\s+thành\s+)?(?:trước|chậm\s+nhất)\s+khi\s+[^,.;:()]{3,60}/iu;
