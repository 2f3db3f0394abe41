import { isValidIsoDate, IsoDate } from '@dondoc/calendar';
import type { Paragraph } from './paragraphs';
import type { SourceRange } from './types';

export interface Header {
  number: string | null;
  symbol: string | null;
  docType: string | null;
  issuer: string | null;
  date: IsoDate | null;
  dateText: string | null;
  year: number | null;
  month: number | null;
  place: string | null;
  title: string | null;
  ranges: { number?: SourceRange; date?: SourceRange; title?: SourceRange };
  /** A công văn's addressees ("Kính gửi: ..."): paragraph index and the item's span in it. */
  addressees: { paragraph: number; start: number; end: number }[];
  /** Index of the first paragraph of the body. */
  bodyStart: number;
}

const DOC_TYPES: [string, string][] = [
  ['THÔNG BÁO', 'Thông báo'],
  ['CHỈ THỊ', 'Chỉ thị'],
  ['KẾ HOẠCH', 'Kế hoạch'],
  ['CÔNG VĂN', 'Công văn'],
  ['QUYẾT ĐỊNH', 'Quyết định'],
  ['BÁO CÁO', 'Báo cáo'],
  ['TỜ TRÌNH', 'Tờ trình'],
  ['GIẤY MỜI', 'Giấy mời'],
  ['NGHỊ QUYẾT', 'Nghị quyết'],
  ['HƯỚNG DẪN', 'Hướng dẫn'],
  ['CHƯƠNG TRÌNH', 'Chương trình'],
  ['PHƯƠNG ÁN', 'Phương án'],
  ['ĐỀ ÁN', 'Đề án'],
  ['CÔNG ĐIỆN', 'Công điện'],
  ['KẾT LUẬN', 'Kết luận'],
];

/** Codes that open a symbol ("TB-UBND"); a symbol without one ("UBND-VP") is a công văn's. */
const SYMBOL_TYPES: Record<string, string> = {
  TB: 'Thông báo',
  CT: 'Chỉ thị',
  KH: 'Kế hoạch',
  QĐ: 'Quyết định',
  QD: 'Quyết định',
  BC: 'Báo cáo',
  TTR: 'Tờ trình',
  GM: 'Giấy mời',
  NQ: 'Nghị quyết',
  HD: 'Hướng dẫn',
  CTR: 'Chương trình',
  PA: 'Phương án',
  ĐA: 'Đề án',
  CĐ: 'Công điện',
  KL: 'Kết luận',
  CV: 'Công văn',
};

const ISSUER_CODES: Record<string, string> = { UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân' };
const LEVELS = ['thành phố', 'thị trấn', 'thị xã', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'đặc khu'];

const NUMBER_RE = /(?<!\p{L})Số\s*[:.]?\s*(\d*[\p{L}]?)\s*\/\s*((?:\d{4}\/)?[\p{Lu}\d][\p{L}\d.&]*(?:[-–][\p{L}\d.&]+)*)/u;
const DATE_RE =
  /((?:\p{Lu}[\p{L}.']*\s+){0,4}[\p{Lu}\d][\p{L}\d.']*)\s*,\s*ngày[\s.…_]*(?:(\d{1,2})[\s.…_]*)?tháng[\s.…_]*(?:(\d{1,2})[\s.…_]*)?năm\s*(\d{4})/u;
const MOTTO =
  /CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|CỘNG\s+HOÀ\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/giu;
const SUBJECT_LINE = /^(?:V\/v|Về\s+việc|V\/V)\b/u;

/** Text written in capitals ("THÔNG BÁO", "ỦY BAN NHÂN DÂN TỈNH"): no lower-case letter, two capitals at least. */
export function isUpperText(text: string): boolean {
  // A lower-case letter settles it, and most text has one early: no pass over the whole paragraph.
  return !/\p{Ll}/u.test(text) && /\p{Lu}[^]*\p{Lu}/u.test(text);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * An issuing body's name in the case official documents use in running text:
 * "ỦY BAN NHÂN DÂN HUYỆN AN DƯƠNG" -> "Ủy ban nhân dân huyện An Dương",
 * "SỞ GIAO THÔNG VẬN TẢI" -> "Sở Giao thông vận tải".
 */
export function officialCase(name: string): string {
  let cleaned = name.replace(/\s+/g, ' ').trim();
  cleaned = cleaned.replace(/^UBND\b/u, 'ỦY BAN NHÂN DÂN').replace(/^HĐND\b/u, 'HỘI ĐỒNG NHÂN DÂN');
  const words = cleaned.split(' ');
  const out: string[] = [];
  let properFrom = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    const rest = words.slice(i).join(' ').toLowerCase();
    const level = LEVELS.find((l) => rest.startsWith(`${l} `));
    if (properFrom < 0 && level && i > 0) {
      out.push(...level.split(' '));
      i += level.split(' ').length - 1;
      properFrom = i + 1;
      continue;
    }
    if (/^[\p{Lu}\d&-]{2,}$/u.test(word) && /^(?:HĐND|UBND|MTTQ|VH|TT|GD|ĐT|KH|CN|TN|MT|LĐ|TB|XH)$/u.test(word)) {
      out.push(word);
    } else if (properFrom >= 0 || i === 0) {
      out.push(capitalise(lower));
    } else if (i > 0 && /^(?:và|-|–)$/u.test(words[i - 1]!.toLowerCase()) && lower !== 'và') {
      out.push(capitalise(lower));
    } else if (i === 1 && /^(?:sở|phòng|ban|cục|bộ)$/u.test(out[0]?.toLowerCase() ?? '')) {
      out.push(capitalise(lower));
    } else if (i === 2 && /^(?:văn phòng|chi cục|trung tâm)$/u.test(out.join(' ').toLowerCase())) {
      out.push(capitalise(lower));
    } else {
      out.push(lower);
    }
  }
  return out.join(' ').replace(/Ủy Ban Nhân Dân/u, 'Ủy ban nhân dân');
}

function docTypeFromSymbol(symbol: string | null): string | null {
  if (!symbol) return null;
  // Splitting a string gives at least one piece.
  const [lead = ''] = symbol.replace(/^\d{4}\//, '').split(/[-–]/);
  return SYMBOL_TYPES[lead.toUpperCase()] ?? 'Công văn';
}

function issuerFromSymbol(symbol: string | null, place: string | null, paragraphs: Paragraph[]): string | null {
  if (!symbol) return null;
  const parts = symbol
    .replace(/^\d{4}\//, '')
    .split(/[-–]/)
    .map((p) => p.toUpperCase());
  const code = parts.find((p) => ISSUER_CODES[p]);
  if (!code) return null;
  const body = ISSUER_CODES[code];
  // The level (huyện, xã, tỉnh ...) is what the text calls the body most often.
  const counts = new Map<string, number>();
  const pattern = new RegExp(`(?:${body}|${code})\\s+(${LEVELS.join('|')})(?!\\p{L})`, 'giu');
  for (const paragraph of paragraphs.slice(0, 400)) {
    // The level is the group every match has.
    for (const [, levelWord = ''] of paragraph.text.matchAll(pattern)) counts.set(levelWord.toLowerCase(), (counts.get(levelWord.toLowerCase()) ?? 0) + 1);
  }
  const level = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return [body, level, place].filter(Boolean).join(' ');
}

/** A sentence after the addressees on their own line: a capitalised word, a word in lower case, and a body's length. */
const BODY_AFTER_ADDRESSEES = /[.;]\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll}[^\n]{60})/u;

/** A line that gives only when a page was posted: a weekday, a date, a time, a time zone. */
export const DATELINE =
  /^(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\[?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}\s*\]?)?$/iu;
/** How a page says when it was posted: "Cập nhật lúc : 08:51 17/04/2018", "Ngày đăng: 25/09/2018", "25-09-2018 - 11:06". */
const POSTED =
  /^(?:(?:cập\s+nhật(?:\s+lúc)?|ngày\s+(?:đăng|cập\s+nhật|xuất\s+bản)|đăng\s+(?:lúc|ngày))\s*:?\s*(?:\d{1,2}[:h]\d{2}\s*,?\s*)?)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\[?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}\s*\]?)?$/iu;

export const COURTESY = /^(?:quý\s+)?ông\s*(?:\(\s*bà\s*\)|\/\s*bà|,\s*bà)\s+(?=\p{L})/iu;

/** Splits a header line that a two-column table flattened into its cells. */
function cells(text: string): string[] {
  return text
    .replace(MOTTO, '\u0000')
    .split(/\u0000|\s{3,}/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Each item of a "Kính gửi" line: "- Sở Y tế;", "Sở A; Sở B", "- UBND các huyện, thị xã, thành phố.". */
function addAddressees(header: Header, paragraph: number, text: string, from: number): void {
  const item = /[^;]+/gu;
  item.lastIndex = from;
  for (let match = item.exec(text); match; match = item.exec(text)) {
    let start = match.index;
    let end = match.index + match[0].length;
    while (start < end && /[\s\-–+•]/u.test(text.charAt(start))) start++;
    // "Kính gửi: Ông (Bà) Hiệu trưởng ...": the courtesy is no part of the addressee's name.
    start += COURTESY.exec(text.slice(start, end))?.[0].length ?? 0;
    while (end > start && /[\s.,]/u.test(text.charAt(end - 1))) end--;
    if (end - start >= 3) header.addressees.push({ paragraph, start, end });
  }
}

export function parseHeader(paragraphs: Paragraph[]): Header {
  const header: Header = {
    number: null,
    symbol: null,
    docType: null,
    issuer: null,
    date: null,
    dateText: null,
    year: null,
    month: null,
    place: null,
    title: null,
    ranges: {},
    addressees: [],
    bodyStart: 0,
  };
  const limit = Math.min(paragraphs.length, 25);
  let numberAt = -1;
  let dateAt = -1;
  let typeAt = -1;
  let titleAt = -1;
  for (let i = 0; i < limit; i++) {
    const paragraph = paragraphs[i]!;
    const head = paragraph.text.slice(0, 400);
    if (numberAt < 0) {
      const match = NUMBER_RE.exec(head);
      if (match) {
        // Both groups take part in every match; the number may be empty ("Số: /UBND-VP").
        const [whole, number, symbol = ''] = match;
        numberAt = i;
        header.number = number ? number : null;
        header.symbol = symbol.replace(/[.,;]+$/, '');
        header.ranges.number = paragraph.range(match.index, match.index + whole.length);
      }
    }
    if (dateAt < 0) {
      const match = DATE_RE.exec(head);
      if (match) {
        // The place and the year take part in every match; the day and the month may be left blank.
        const [whole, placeText = '', day, month, year = ''] = match;
        dateAt = i;
        const place = placeText.replace(/^(?:[\p{Lu}\d/-]+\s+)*?(?=\p{Lu}\p{Ll})/u, '').trim();
        const startAt = match.index + whole.indexOf(place);
        header.place = place;
        header.dateText = head.slice(startAt, match.index + whole.length).replace(/\s+/g, ' ');
        header.ranges.date = paragraph.range(startAt, match.index + whole.length);
        header.year = Number(year);
        header.month = month ? Number(month) : null;
        if (day && header.month !== null) {
          const iso = `${year}-${String(header.month).padStart(2, '0')}-${day.padStart(2, '0')}`;
          if (isValidIsoDate(iso)) header.date = iso;
        }
      }
    }
    if (typeAt < 0 && isUpperText(head.slice(0, 40))) {
      const upper = paragraph.text.trim();
      const docType = DOC_TYPES.find(([caps]) => upper === caps || upper.startsWith(`${caps} `));
      if (docType && !MOTTO.test(upper)) {
        typeAt = i;
        header.docType = docType[1];
        const rest = upper.slice(docType[0].length).trim();
        if (rest.split(/\s+/).length >= 3) {
          titleAt = i;
          header.title = rest;
          header.ranges.title = paragraph.range(docType[0].length + (paragraph.text.length - paragraph.text.trimStart().length) + 1, paragraph.text.length);
        }
      }
      MOTTO.lastIndex = 0;
    }
    if (titleAt < 0 && SUBJECT_LINE.test(paragraph.text)) {
      titleAt = i;
      header.title = paragraph.text.trim();
      header.ranges.title = paragraph.range();
    }
  }
  if (typeAt >= 0 && titleAt < 0) {
    const next = paragraphs[typeAt + 1];
    if (next && !NUMBER_RE.test(next.text) && next.text.length < 600) {
      titleAt = typeAt + 1;
      header.title = next.text.replace(/\s+/g, ' ').trim();
      header.ranges.title = next.range();
    }
  }
  if (!header.docType) header.docType = docTypeFromSymbol(header.symbol);
  // A web page that carries no document header still says when it was posted: the article's date.
  if (dateAt < 0) {
    for (let i = 0; i < limit; i++) {
      const text = paragraphs[i]!.text.trim();
      const match = text.length < 80 ? (DATELINE.exec(text) ?? POSTED.exec(text)) : null;
      if (!match) continue;
      // Day, month and year take part in every match of either.
      const [, day = '', month = '', year = ''] = match;
      const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
      if (!isValidIsoDate(iso)) continue;
      header.date = iso;
      header.year = Number(year);
      header.month = Number(month);
      header.dateText = text;
      break;
    }
  }

  const issuerEnd = [numberAt, dateAt, typeAt].filter((i) => i >= 0);
  const lastIssuerLine = issuerEnd.length ? Math.max(...issuerEnd) : -1;
  const bodies: string[] = [];
  for (let i = 0; i <= lastIssuerLine && i < limit; i++) {
    for (const cell of cells(paragraphs[i]!.text)) {
      const clean = cell.replace(NUMBER_RE, '').replace(DATE_RE, '').trim();
      if (!isUpperText(clean) || DOC_TYPES.some(([caps]) => clean.startsWith(caps))) continue;
      const isLevel = LEVELS.some((l) => clean.toLowerCase().startsWith(`${l} `));
      if (isLevel && bodies.length > 0) bodies[bodies.length - 1] += ` ${clean}`;
      else bodies.push(clean);
    }
  }
  const issuerLine = bodies
    .filter((b) => /(?:ỦY BAN|UBND|SỞ|PHÒNG|BAN|VĂN PHÒNG|HỘI ĐỒNG|HĐND|CỤC|BỘ|CHI CỤC|TRUNG TÂM|TRƯỜNG|THANH TRA|CÔNG AN)/u.test(b))
    .at(-1);
  header.issuer = issuerLine ? officialCase(issuerLine) : issuerFromSymbol(header.symbol, header.place, paragraphs);

  const marks = [numberAt, dateAt, typeAt, titleAt].filter((i) => i >= 0);
  header.bodyStart = marks.length ? Math.max(...marks) + 1 : 0;
  // A công văn addresses its recipients ("Kính gửi: ...") before the body.
  const kgAt = paragraphs.findIndex((p, i) => i >= header.bodyStart && i <= header.bodyStart + 3 && /^Kính\s+gửi/iu.test(p.text));
  if (kgAt >= 0) {
    const addressed = paragraphs[kgAt]!;
    const inline = /^Kính\s+gửi\s*:?\s*/iu.exec(addressed.text)![0].length;
    // "Kính gửi: Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số ..., Phòng yêu cầu ...":
    // a page that lost the line break after the addressees; the body starts at the next sentence.
    const bodyAt = BODY_AFTER_ADDRESSEES.exec(addressed.text.slice(inline));
    if (bodyAt) paragraphs.splice(kgAt, 1, ...addressed.splitAt(inline + bodyAt.index + 1));
    // The paragraph, or the first of its two parts, is still at kgAt.
    addAddressees(header, kgAt, paragraphs[kgAt]!.text, inline);
    let index = kgAt + 1;
    while (index < paragraphs.length) {
      const item = paragraphs[index]!;
      if (!/^[-–+•]/.test(item.text) || item.text.length >= 200) break;
      addAddressees(header, index, item.text, 0);
      index++;
    }
    header.bodyStart = index;
  }
  if (header.title) header.title = header.title.replace(/\s+/g, ' ').trim();
  return header;
}
