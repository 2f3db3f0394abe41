import { DeadlineContext, findDeadline, findRecurrence, recurrenceDay, recurrenceMonth, seriesEnd } from './deadlines';
import { assignmentDoubt, taskDoubt } from './doubts';
import { foldVietnamese } from '@dondoc/domain';
import { DATELINE, Header, isUpperText, parseHeader } from './header';
import { Marker, MARKER_DEPTH, markerOf, Paragraph, splitParagraphs } from './paragraphs';
import { buildSource } from './source';
import { tokenize } from './tokens';
import type { AssignmentDraft, CoordinatingRef, DirectiveDraft, ParseOptions, SourceRange, TaskDraft } from './types';
import { Building, Composite, Heading, mentionsIn, newBuilding, TableTime } from './building';
import { tableColumns, TableReader } from './tables';
import { Mention, UnitMatcher } from './units';
import { AHEAD, COORDINATION, CUE, CUES, namesEnd, PREAMBLE, TWO_LETTERS } from './cues';
import { SubjectFinder } from './subjects';
import words from '../data/directive-words.json';
import { anyOf, eitherCase } from './phrases';
import { BYLINE, CAPTION, closingMarkAt, isBareExecution, isClosing, isFurniture, isSignatureTitle, reports, SIGNATURE_WORDS } from './document-parts';

const CUE_ANYWHERE = new RegExp(`(?<!\\p{L})(?:${CUES})\\s+\\S`, 'iu');

/** The heading of a document attached to a decision: "KẾ HOẠCH", "QUY CHẾ" alone on its line. */
const ATTACHED_DOCUMENT = new RegExp(`^(?:${anyOf(words.attachedDocuments.phrases)})$`, 'u');

/** Text that has given a direction by now, so a byline after it closes the article. */
const DIRECTION = /[.!?”"]\s*$/u;
/** A direction to someone named: "giao Sở ...", "yêu cầu các xã ..." (not "giao ban"). */
const GIVES_DIRECTION = new RegExp(
  `(?<!\\p{L})(?:${[...words.directionCues.phrases, ...words.innerDirectionCues.phrases]
    .sort((a, b) => b.length - a.length)
    .map((w) => eitherCase(anyOf([w])))
    .join('|')})(?:\\s+cho)?\\s+(?:\\p{Lu}|(?:${anyOf(words.directedOpenings.phrases)})\\s)|(?<!\\p{L})chủ\\s+trì,?\\s+phối\\s+hợp`,
  'u',
);

/** "Địa điểm: ...", "Thời gian diễn ra ...": an event's particulars, no task. */
const EVENT_DETAIL = new RegExp(`^(?:${anyOf(words.eventDetails.phrases)})(?!\\p{L})`, 'iu');
const TOPIC_HEADING = new RegExp(`^(?:${anyOf(words.topicHeadings.phrases)})\\s`, 'u');

/** What may stand beside a deadline in a clause that gives only the deadline. */
const DEADLINE_WORDS = new RegExp(`^(?:(?:${anyOf(words.deadlineCompanions.phrases)})\\s*)*$`, 'iu');

/** A lead-in that asks its addressees to do what follows. */
const ADDRESSED_INTRO = /(?<!\p{L})(?:yêu\s+cầu|đề\s+nghị)(?!\p{L})[^.:]{0,120}(?:thực\s+hiện|triển\s+khai)[^.:]{0,80}:\s*$/iu;

/** How a dispatch's body points back at its addressees (folded, commas left out), after a title or none. */
const ADDRESSEE_REFERENCES = new Set(words.addresseeReferences.phrases);
const ADDRESSEE_TITLE = new RegExp(`^(?:${anyOf(words.addresseeTitles.phrases, false)}) `);

/** An addressee's name as the body may repeat it: folded, without punctuation or a head's title. */
function addresseeKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(ADDRESSEE_TITLE, '');
}

function isAddresseeReference(folded: string): boolean {
  const said = folded.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  return ADDRESSEE_REFERENCES.has(said) || ADDRESSEE_REFERENCES.has(said.replace(ADDRESSEE_TITLE, ''));
}

/** A duty that stands ("thường xuyên thông tin ..."): a period around it gives it no date. */
const STANDING = /(?<!\p{L})thường\s+xuyên(?!\p{L})/iu;
/** "Thời gian treo cờ: ...": a paragraph that gives the period of what the document asks. */
const PERIOD = /^Thời\s+gian\s[^:]{0,80}:/u;

/** Sections that assign nothing: the assessment of what was done, and where the money comes from. */
const ASSESSMENT = new RegExp(`^(?:${anyOf([...words.assessmentHeadings.phrases, ...words.fundingHeadings.phrases], false)})`);
const INTRO = new RegExp(`(?:${anyOf(words.introEndings.phrases, false)})\\s*:\\s*$`);

function headingLike(body: string, marker: Marker): boolean {
  if (['roman', 'arabic', 'decimal', 'letter'].includes(marker.kind)) return body.length < 160;
  return marker.kind === 'none' && body.length < 100 && !/[.;]$/.test(body);
}

function capitaliseFirst(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Building a matcher costs more than parsing a notice; callers usually pass the same list again. */
const matchers = new WeakMap<object, { key: string; matcher: UnitMatcher }>();

function matcherFor(units: ParseOptions['units'], standardNames: boolean): UnitMatcher {
  const key = `${standardNames}:${JSON.stringify(units)}`;
  const cached = matchers.get(units);
  if (cached && cached.key === key) return cached.matcher;
  const matcher = new UnitMatcher(units, standardNames);
  matchers.set(units, { key, matcher });
  return matcher;
}

export function emptyDraft(): DirectiveDraft {
  return {
    number: null,
    symbol: null,
    docType: null,
    issuer: null,
    date: null,
    dateText: null,
    title: null,
    signer: null,
    recipients: [],
    assignments: [],
    ranges: {},
  };
}

class DirectiveParser {
  private readonly matcher: UnitMatcher;
  private readonly subjects: SubjectFinder;
  private readonly ctx: DeadlineContext;
  private readonly paragraphs: Paragraph[];
  private readonly header: Header;
  private readonly assignments: AssignmentDraft[] = [];
  /** A table row's time and coordinating cells, which stand beside its task's text. */
  private readonly tableDeadlines = new Map<Composite, TableTime>();
  private readonly tableCoordinating = new Map<Composite, CoordinatingRef[]>();
  private readonly tables: TableReader;

  constructor(text: string, options: ParseOptions) {
    this.paragraphs = splitParagraphs(buildSource(text));
    this.header = parseHeader(this.paragraphs);
    this.matcher = matcherFor(options.units ?? [], options.standardNames !== false);
    this.subjects = new SubjectFinder(this.matcher);
    const base = this.header.date ?? options.fallbackDate ?? options.today;
    this.ctx = {
      baseDate: base,
      year: this.header.year ?? Number(base.slice(0, 4)),
      month: this.header.date ? this.header.month : null,
      exact: this.header.date !== null,
      calendar: options.calendar,
    };
    this.tables = new TableReader({
      paragraphs: this.paragraphs,
      matcher: this.matcher,
      ctx: this.ctx,
      coordinating: (text) => this.coordinating(text),
      finish: (b) => this.finish(b),
      tableDeadlines: this.tableDeadlines,
      tableCoordinating: this.tableCoordinating,
    });
  }

  parse(): DirectiveDraft {
    const header = this.header;
    const bodyEnd = this.bodyEnd(header.bodyStart);
    this.readAssignments(header.bodyStart, bodyEnd);
    // A decision that issues a plan ("Ban hành kèm theo Quyết định này Kế hoạch ...") carries the
    // plan after its own signature: each such attached document is read to its own closing.
    let readTo = bodyEnd;
    for (let i = bodyEnd; i < this.paragraphs.length; i++) {
      if (!ATTACHED_DOCUMENT.test(this.paragraphs[i]!.text)) continue;
      const end = this.bodyEnd(i + 1);
      this.readAssignments(i + 1, end);
      readTo = end;
      i = end;
    }
    // A plan's appendix ("PHỤ LỤC – Danh mục nhiệm vụ") follows the signature: its tables are tasks too.
    for (let i = readTo; i < this.paragraphs.length; i++) if (tableColumns(this.paragraphs[i]!)) i = this.tables.read(i, this.paragraphs.length) - 1;
    const signer = this.signer(bodyEnd);
    return {
      number: header.number,
      symbol: header.symbol,
      docType: header.docType,
      issuer: header.issuer,
      date: header.date,
      dateText: header.dateText,
      title: header.title,
      signer: signer?.name ?? null,
      recipients: this.recipients(bodyEnd),
      assignments: this.assignments,
      ranges: { ...header.ranges, ...(signer ? { signer: signer.range } : {}) },
    };
  }

  /**
   * Whether a title in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") is the authority a decision opens
   * with, which its legal grounds ("Căn cứ ...") follow, rather than a signature's title.
   */
  private issuesDecision(i: number): boolean {
    for (let next = i + 1; next < this.paragraphs.length; next++) {
      const text = this.paragraphs[next]?.text ?? '';
      if (TWO_LETTERS.test(text)) return PREAMBLE.test(text);
    }
    return false;
  }

  private bodyEnd(from: number): number {
    // A page's furniture above the article ("Cập nhật lúc ...", "Ngày đăng ...") is passed over;
    // once the article has given a direction, the next piece of furniture is where it ends.
    let directed = false;
    for (let i = from; i < this.paragraphs.length; i++) {
      const text = this.paragraphs[i]!.text;
      if ((isClosing(text) && !this.asksByDate(text)) || (isSignatureTitle(text) && !this.issuesDecision(i)) || (directed && isFurniture(text))) return i;
      if (!directed && GIVES_DIRECTION.test(text)) directed = true;
      // An article's byline ("Trần Biển") after the text that gives directions: the page goes on, the article does not.
      if (BYLINE.test(text) && i > from && DIRECTION.test(this.paragraphs[i - 1]!.text)) return i;
      if (closingMarkAt(text) >= 0) return i + 1;
    }
    return this.paragraphs.length;
  }

  /**
   * A closing that still asks for something by a date ("Nhận được công văn này, yêu cầu Hiệu
   * trưởng các đơn vị ... nộp báo cáo trước 9h00 ngày 23/4/2018./.") gives a task: the body runs to it.
   */
  private asksByDate(text: string): boolean {
    // A closing's standing request for periodic reports ("định kỳ ... hằng năm báo cáo") stays the closing.
    if ((!GIVES_DIRECTION.test(text) && !CUE_ANYWHERE.test(text)) || findRecurrence(text)) return false;
    return findDeadline(text, this.ctx, null)?.deadline != null;
  }

  private recipients(from: number): string[] {
    const out: string[] = [];
    let index = this.paragraphs.findIndex((p, k) => k >= from && /^Nơi\s+nhận/iu.test(p.text));
    if (index < 0) return out;
    const items: string[] = [];
    const inline = this.paragraphs[index]!.text.replace(/^Nơi\s+nhận\s*:?\s*/iu, '');
    if (inline) items.push(...inline.split(/;\s*(?=[-–+•])/u));
    for (index++; index < this.paragraphs.length; index++) {
      const text = this.paragraphs[index]!.text;
      if (!/^[-–+•]/.test(text)) break;
      items.push(...text.split(/;\s*(?=[-–+•])/u));
    }
    for (const raw of items) {
      // Splitting gives at least one piece.
      const [firstCell = ''] = raw.split(/\s{3,}/);
      let item = firstCell
        .replace(/^[-–+•]\s*/, '')
        .replace(/[;.,\s]+$/u, '')
        .trim();
      if (!item || /^Lưu(?!\p{L})/iu.test(item)) continue;
      const label = /^(Các\s+(?:đơn\s+vị|phòng|cơ\s+quan|ban|ngành|xã|trường|đ\/c|đồng\s+chí)[^:]{0,30}):\s*(.+)$/iu.exec(item);
      if (label) {
        // The names after the label are the group every match has.
        for (const part of label[2]!.split(/\s*[,;]\s*/)) if (part.trim()) out.push(part.trim());
        continue;
      }
      item = item.replace(/\s+/g, ' ');
      out.push(item);
    }
    return out;
  }

  private signer(from: number): { name: string; range: SourceRange } | null {
    const nameLike = (line: string) => {
      const name = line.replace(/^(?:Ông|Bà|Đồng\s+chí)\s+/u, '').trim();
      if (name.length > 50 || isSignatureTitle(name)) return null;
      if (/^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,5}$/u.test(name)) return name;
      if (/^\p{Lu}+(?:\s+\p{Lu}+){1,5}$/u.test(name) && !SIGNATURE_WORDS.test(name)) {
        return name
          .toLowerCase()
          .split(' ')
          .map((w) => capitaliseFirst(w))
          .join(' ');
      }
      return null;
    };
    let lastTitle = -1;
    for (let i = from; i < this.paragraphs.length; i++) if (isSignatureTitle(this.paragraphs[i]!.text)) lastTitle = i;
    const start = lastTitle >= 0 ? lastTitle + 1 : from;
    for (let i = start; i < this.paragraphs.length; i++) {
      const paragraph = this.paragraphs[i]!;
      if (/^[-–+•]/.test(paragraph.text) || /^Nơi\s+nhận/iu.test(paragraph.text)) continue;
      const name = nameLike(paragraph.text);
      if (name) {
        // Splitting gives at least one word.
        const [firstWord = ''] = name.split(' ');
        const at = paragraph.text.indexOf(firstWord);
        return { name, range: paragraph.range(Math.max(at, 0), paragraph.text.length) };
      }
    }
    return null;
  }

  private coordinating(text: string): CoordinatingRef[] {
    const out: CoordinatingRef[] = [];
    COORDINATION.lastIndex = 0;
    for (let coordination = COORDINATION.exec(text); coordination; coordination = COORDINATION.exec(text)) {
      const from = coordination.index + coordination[0].length;
      const tokens = tokenize(text, from, Math.min(text.length, from + 300));
      for (const mention of this.matcher.parseUnits(tokens, 0)) {
        const mentionText = text.slice(mention.start, mention.end);
        if (mention.group || mention.unitIds.length === 0) {
          if (!out.some((c) => c.text === mentionText)) out.push({ text: mentionText, unitId: null });
          continue;
        }
        for (const id of mention.unitIds) if (!out.some((c) => c.unitId === id)) out.push({ text: mentionText, unitId: id });
      }
    }
    return out;
  }

  /**
   * Whether a numbered heading that opens with a unit and goes on without a sentence's end ("5. Các
   * doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan") heads items of its own below it: then
   * it names whom the items are for, and the words after a name qualify it ("viễn thông"), since a
   * heading gives its direction after a colon.
   */
  private headsItems(index: number, to: number, paragraph: Paragraph, marker: Marker, restStart: number): boolean {
    if (!['roman', 'arabic', 'decimal', 'letter'].includes(marker.kind) || restStart >= paragraph.text.length) return false;
    const rest = paragraph.text.slice(restStart).trim();
    if (!rest || rest.length > 120 || /[.;:!?…)]$/u.test(rest) || !/^\p{Ll}/u.test(rest)) return false;
    for (let next = index + 1; next < to; next++) {
      const following = this.paragraphs[next];
      if (!following || !TWO_LETTERS.test(following.text)) continue;
      const followingMarker = markerOf(following.text);
      return followingMarker.kind !== 'none' && MARKER_DEPTH[followingMarker.kind] > MARKER_DEPTH[marker.kind];
    }
    return false;
  }

  /** The units a heading names, each running to the next one or to the heading's end (see `headsItems`). */
  private namesToEnd(paragraph: Paragraph, mentions: Mention[], restStart: number): Mention[] | null {
    const last = mentions[mentions.length - 1];
    if (!last) return null;
    const tokens = tokenize(paragraph.text, restStart, paragraph.text.length);
    const lastNamed = { ...last };
    const named = [...mentions.slice(0, -1), lastNamed];
    let at = 0;
    for (; at < tokens.length; at++) {
      const separator = tokens[at - 1];
      if (!separator || (separator.folded !== ',' && !separator.conj)) continue;
      const further = this.matcher.parseUnits(tokens, at);
      const furthest = further.at(-1);
      if (!furthest || furthest.end < (tokens[tokens.length - 1]?.end ?? 0)) continue;
      lastNamed.end = tokens[at - 2]?.end ?? last.end;
      return [...named, ...further];
    }
    lastNamed.end = tokens[tokens.length - 1]?.end ?? last.end;
    return named;
  }

  private heading(text: string, rangeOf: (a: number, b: number) => SourceRange): Heading {
    const recurrence = findRecurrence(text);
    const deadline = findDeadline(text, this.ctx, recurrence);
    return {
      coordinating: this.coordinating(text),
      deadline: deadline && deadline.deadline ? { found: deadline, range: rangeOf(deadline.start, deadline.end) } : null,
    };
  }

  /**
   * "Kính gửi: - Sở A; - Sở B" and then "đề nghị các đơn vị ...", "đề nghị Quý cơ quan ...": the
   * task goes to each addressee. A group the body names stands for the addressees it heads:
   * "Kính gửi: Hiệu trưởng các trường Tiểu học; Hiệu trưởng các trường THCS" and then "đề nghị
   * Hiệu trưởng các trường ..." asks both.
   */
  private addressed(mentions: Mention[], paragraph: Paragraph): Building['mentions'] | null {
    if (this.header.addressees.length === 0) return null;
    const all = this.addressees();
    const [only] = mentions;
    if (only && mentions.length === 1 && isAddresseeReference(foldVietnamese(paragraph.text.slice(only.start, only.end)).trim())) return all;
    const keys = all.map((a) => addresseeKey(a.text));
    const out: Building['mentions'] = [];
    let stood = false;
    for (const mention of mentions) {
      const said = addresseeKey(paragraph.text.slice(mention.start, mention.end));
      const heads = mention.group && said !== '' ? all.filter((_, k) => keys[k] === said || keys[k]?.startsWith(`${said} `)) : [];
      // One addressee is the group the body names, in its own words.
      if (heads.length < 2) {
        out.push(...mentionsIn(paragraph, [mention]));
        continue;
      }
      stood = true;
      for (const head of heads) if (!out.includes(head)) out.push(head);
    }
    return stood ? out : null;
  }

  /** The dispatch's addressees as the units of an assignment. */
  private addressees(): Building['mentions'] {
    const out: Building['mentions'] = [];
    for (const addressee of this.header.addressees) {
      // The header records each addressee in one of the paragraphs it read.
      const para = this.paragraphs[addressee.paragraph]!;
      const tokens = tokenize(para.text, addressee.start, addressee.end);
      const found = tokens.length > 0 ? this.matcher.parseUnits(tokens, 0) : [];
      const foundEnd = namesEnd(found, tokens);
      // "Kính gửi: Phòng Nội vụ, Phòng Tài chính - Kế hoạch, UBND các xã, thị trấn.": one line, several addressees.
      if (found.length > 1 && foundEnd !== null && para.text.slice(foundEnd, addressee.end).trim() === '') {
        out.push(...mentionsIn(para, found));
        continue;
      }
      const [only] = found;
      const mention: Mention =
        found.length === 1 && only && only.end === addressee.end
          ? only
          : {
              start: addressee.start,
              end: addressee.end,
              unitIds: [],
              group: /^(?:cac|tat ca) /.test(addresseeKey(para.text.slice(addressee.start, addressee.end))),
              vague: false,
              known: false,
              standard: false,
            };
      out.push({ mention, text: para.text.slice(addressee.start, addressee.end).trim(), range: para.range(addressee.start, addressee.end) });
    }
    return out;
  }

  /** Whether a clause says nothing but when: "thực hiện trước ngày 24/3/2016", "hoàn thành trong tháng 6". */
  private deadlineOnly(text: string): boolean {
    const deadline = findDeadline(text, this.ctx, null);
    if (!deadline?.deadline) return false;
    const left = `${text.slice(0, deadline.start)} ${text.slice(deadline.end)}`.replace(/[.,;:\s]+/gu, ' ').trim();
    return DEADLINE_WORDS.test(left);
  }

  private readAssignments(from: number, to: number): void {
    const assignmentsFrom = this.assignments.length;
    let current: Building | null = null;
    let assessmentDepth: number | null = null;
    let zone = false;
    let introHeading: Heading | null = null;
    /** The first paragraph read: an article's headline when it ends with no stop. */
    let headlineAt: number | null = null;
    const close = () => {
      if (current) this.finish(current);
      current = null;
    };
    for (let i = from; i < to; i++) {
      const paragraph = this.paragraphs[i]!;
      if (tableColumns(paragraph)) {
        close();
        zone = true;
        i = this.tables.read(i, to) - 1;
        continue;
      }
      const marker = markerOf(paragraph.text);
      const depth = MARKER_DEPTH[marker.kind];
      const body = paragraph.text.slice(marker.length).trim();
      // A bare list marker ("- ") carries nothing, nor does a line without a word of two letters.
      if (!body || !TWO_LETTERS.test(body)) continue;
      const isHeading = headingLike(body, marker);
      // Only a heading that opens with a word can be one of the assessment's ("Đánh giá ...").
      const foldedStart = isHeading && /^\p{L}/u.test(body) ? foldVietnamese(body.slice(0, 200)) : '';
      const intro = body.endsWith(':') && INTRO.test(foldVietnamese(body.slice(-120)));
      if (assessmentDepth !== null) {
        const ends = (isHeading && depth <= assessmentDepth && !ASSESSMENT.test(foldedStart)) || CUE.test(body) || intro;
        if (!ends) continue;
        assessmentDepth = null;
      }
      if (isHeading && ASSESSMENT.test(foldedStart) && depth < MARKER_DEPTH.dash) {
        close();
        assessmentDepth = depth;
        continue;
      }
      // A dateline ("Thứ Bảy, 18/02/2017, 07:55 [GMT+7]") is the page's, not the article's.
      if (marker.kind === 'none' && DATELINE.test(body)) continue;
      // An article's headline ("UBND tỉnh yêu cầu Công an huyện ... sớm có kết luận ...") sums up
      // the directions the article then gives in full: read as an assignment, it would take the
      // article's lede and every paragraph after it as its tasks.
      const headline =
        headlineAt === null &&
        /\p{L}/u.test(body) &&
        marker.kind === 'none' &&
        this.header.number === null &&
        body.length < 250 &&
        !/[.;:!?…”"')]$/u.test(body);
      if (headlineAt === null && /\p{L}/u.test(body)) headlineAt = i;
      // A photo's caption ("UBND huyện triển khai kế hoạch ... Ảnh: S.Ngọc") tells what the photo shows.
      if (CAPTION.test(body)) continue;
      const found = headline ? null : this.subjects.detect(paragraph, marker, zone, false);
      // "Các đơn vị thực hiện trước ngày 24/3/2016.": the deadline of the duty just given, not a new one.
      const previous: Composite | undefined = (current as Building | null)?.tasks.at(-1);
      if (found && previous && found.mentions.length === 1 && found.mentions[0]?.group && this.deadlineOnly(paragraph.text.slice(found.end))) {
        previous.add(paragraph, marker.length, paragraph.text.length);
        continue;
      }
      if (found) {
        close();
        zone = true;
        // The unit's role in brackets ("Sở Giao thông vận tải (Cơ quan Thường trực ...) chủ trì") opens no task.
        const restStart = found.end + (/^[\s:,;]*(?:\([^()]{0,150}\)[\s:,;]*)?/u.exec(paragraph.text.slice(found.end, found.end + AHEAD))?.[0].length ?? 0);
        const headed = this.headsItems(i, to, paragraph, marker, restStart) ? this.namesToEnd(paragraph, found.mentions, restStart) : null;
        if (headed) found.mentions = headed;
        const rest = headed ? '' : paragraph.text.slice(restStart).trim();
        const addressed = this.addressed(found.mentions, paragraph);
        // Addressees share one task; otherwise each clause after a semicolon may name its own unit.
        const clauses = rest && !addressed && !/:\s*$/.test(rest) ? this.subjects.clauses(paragraph, restStart) : [];
        let start = restStart;
        let mentions: Building['mentions'] = addressed ?? mentionsIn(paragraph, found.mentions);
        for (const clause of clauses) {
          const building = newBuilding(mentions, depth);
          const composite = new Composite();
          composite.add(paragraph, start, clause.at);
          building.tasks.push(composite);
          this.finish(building);
          mentions = mentionsIn(paragraph, clause.mentions);
          start = clause.start;
        }
        const building = newBuilding(mentions, depth);
        if (introHeading?.deadline) building.heading = { coordinating: [], deadline: introHeading.deadline };
        current = building;
        if (rest) {
          if (/:\s*$/.test(rest)) building.heading = this.heading(rest, (a, z) => paragraph.range(restStart + a, restStart + z));
          else {
            const composite = new Composite();
            composite.add(paragraph, start, paragraph.text.length);
            building.tasks.push(composite);
          }
        }
        continue;
      }
      // "Thời gian treo cờ: Từ ngày 23/7 đến hết ngày 27/7/2025", or the same as a lead-in to items
      // ("Thời gian treo cờ:" / "+ Đợt 1: ..." / "+ Đợt 2: ..."): the period of what the document
      // asks, no task of its own. The directions around it that give no date end with it.
      if (marker.kind === 'none' && PERIOD.test(body)) {
        const period = this.period(i, to);
        if (period) {
          close();
          this.giveDeadline(assignmentsFrom, period.deadline);
          introHeading = { coordinating: [], deadline: period.deadline };
          i = period.last;
          continue;
        }
      }
      // "Kính gửi: Các ông xóm trưởng" and then "UBND xã yêu cầu các ông xóm trưởng thực hiện một số
      // nội dung sau:": the items that follow are the addressees' tasks.
      if (intro && !current && this.header.addressees.length > 0 && ADDRESSED_INTRO.test(body)) {
        zone = true;
        current = newBuilding(this.addressees(), depth);
        continue;
      }
      if (intro && !current) {
        zone = true;
        // "Quý II/2019 tập trung thực hiện một số nội dung như sau:": the period the items below share.
        const at = marker.length + body.lastIndexOf('. ') + 1;
        const lead = paragraph.text.slice(at);
        // The period may open the sentence with no cue word: read it as "trong <period>".
        const deadline = findDeadline(`trong ${lead}`, this.ctx, findRecurrence(lead));
        // Only a period that opens the sentence is the items' own ("Quý II/2019 tập trung ..."); a year
        // further on names the subject ("công tác phòng chống lụt bão năm 2008 như sau:").
        introHeading =
          deadline?.deadline && deadline.start === 0
            ? {
                coordinating: [],
                deadline: {
                  found: { ...deadline, text: deadline.text.replace(/^trong\s+/u, '') },
                  range: paragraph.range(Math.max(at, at + deadline.start - 6), at + deadline.end - 6),
                },
              }
            : null;
        continue;
      }
      // A photo's caption or the page's own line sits in the article but is no part of what it reports.
      if (isFurniture(body)) continue;
      // "(Kèm theo Công văn số 215/SYT-NVY ngày 03/6/2024)": a citation, not a task.
      if (/^\([^()]*\)\.?$/u.test(body)) continue;
      // "Về công tác phòng, chống thiên tai": a topic heading ends the section before it.
      if (isHeading && TOPIC_HEADING.test(body)) {
        close();
        continue;
      }
      if (EVENT_DETAIL.test(body)) continue;
      if (!current) continue;
      const cur: Building = current;
      const plainAfterItems = marker.kind === 'none' && cur.taskKind !== null && cur.taskKind !== 'none';
      if (
        (cur.depth < MARKER_DEPTH.none && depth <= cur.depth) ||
        (cur.depth === MARKER_DEPTH.none && plainAfterItems && !cur.tasks.at(-1)?.text.endsWith(':'))
      ) {
        close();
        continue;
      }
      // In an article a paragraph after the direction may go back to reporting: the direction ends there.
      if (marker.kind === 'none' && cur.depth === MARKER_DEPTH.none && (cur.taskKind === null || cur.taskKind === 'none') && reports(body)) {
        close();
        continue;
      }
      if ((marker.kind === 'none' || isHeading) && isUpperText(body) && body.length < 160) {
        close();
        continue;
      }
      if (cur.taskKind === null) cur.taskKind = marker.kind;
      const last = cur.tasks.at(-1);
      const sub = last && (MARKER_DEPTH[marker.kind] > MARKER_DEPTH[cur.taskKind] || (marker.kind === 'none' && last.text.endsWith(':')));
      if (marker.kind !== cur.taskKind && sub && last) {
        last.add(paragraph, 0, paragraph.text.length);
      } else {
        const composite = new Composite();
        composite.add(paragraph, marker.length, paragraph.text.length);
        cur.tasks.push(composite);
      }
    }
    close();
  }

  /** The last date of a period paragraph and of the items below it when it ends with a colon. */
  private period(first: number, to: number): { deadline: NonNullable<Heading['deadline']>; last: number } | null {
    let deadline: NonNullable<Heading['deadline']> | null = null;
    let last = first;
    // The reader asks only about paragraphs before `to`.
    const read = (index: number) => {
      const paragraph = this.paragraphs[index]!;
      const found = findDeadline(paragraph.text, this.ctx, null);
      if (found?.deadline) deadline = { found, range: paragraph.range(found.start, found.end) };
    };
    read(first);
    if (/:\s*$/.test(this.paragraphs[first]!.text)) {
      for (let index = first + 1; index < to && markerOf(this.paragraphs[index]!.text).kind !== 'none'; index++) {
        read(index);
        last = index;
      }
    }
    return deadline ? { deadline, last } : null;
  }

  /** Gives a period's end to the tasks of the assignments drafted since `from` that have no date. */
  private giveDeadline(from: number, deadline: NonNullable<Heading['deadline']>): void {
    for (const assignment of this.assignments.slice(from)) {
      for (const task of assignment.tasks) {
        if (task.deadline !== null || task.recurrence !== null || STANDING.test(task.text)) continue;
        task.deadline = deadline.found.deadline;
        task.deadlineText = deadline.found.text;
        task.deadlineRange = deadline.range;
        Object.assign(task, taskDoubt(task, this.header.date));
      }
    }
  }

  private task(composite: Composite, heading: Heading): TaskDraft {
    const mark = closingMarkAt(composite.text);
    let text = mark >= 0 ? `${composite.text.slice(0, mark)}.` : composite.text;
    text = capitaliseFirst(text);
    const recurrence = findRecurrence(text);
    const deadline = findDeadline(text, this.ctx, recurrence);
    const task: Omit<TaskDraft, 'confidence' | 'reasons'> = {
      text,
      deadline: deadline?.deadline ?? null,
      deadlineText: deadline?.text ?? null,
      coordinating: this.tableCoordinating.get(composite) ?? this.coordinating(text),
      recurrence: recurrence?.recurrence ?? null,
      recurrenceText: recurrence?.text ?? null,
      ...(recurrence ? { recurrenceDay: recurrenceDay(text, recurrence), recurrenceEndsOn: seriesEnd(text) } : {}),
      ...(recurrence && recurrenceMonth(text, recurrence) !== null ? { recurrenceMonth: recurrenceMonth(text, recurrence) } : {}),
      range: composite.range(),
    };
    const cell = this.tableDeadlines.get(composite);
    if (cell) {
      task.deadline = cell.deadline;
      task.deadlineText = cell.text;
      task.deadlineRange = cell.range;
      if (cell.recurrence) {
        task.recurrence = cell.recurrence;
        task.recurrenceText = cell.text;
      }
    } else if (deadline) task.deadlineRange = composite.range(deadline.start, deadline.end);
    else if (heading.deadline && !STANDING.test(text)) {
      task.deadline = heading.deadline.found.deadline;
      task.deadlineText = heading.deadline.found.text;
      task.deadlineRange = heading.deadline.range;
    }
    return { ...task, ...taskDoubt(task, this.header.date) };
  }

  private finish(building: Building): void {
    // A task that is nothing but punctuation ("Lãnh đạo UBND huyện." in a list of who attended) is none.
    // One that only says to do it ("Thực hiện nghiêm túc.") restates a duty given elsewhere.
    const tasks = building.tasks.filter((c) => !isBareExecution(c.text)).map((c) => this.task(c, building.heading));
    if (tasks.length === 0) return;
    for (const { mention, text, range } of building.mentions) {
      this.assignments.push({
        unitText: text,
        unitIds: [...mention.unitIds],
        group: mention.group,
        ...assignmentDoubt({ unitIds: mention.unitIds, group: mention.group, vague: mention.vague, recognised: mention.standard }),
        suggestions: mention.known || mention.vague ? [] : this.matcher.suggest(text),
        coordinating: building.heading.coordinating.map((c) => ({ ...c })),
        range,
        tasks: tasks.map((t) => ({ ...t, coordinating: t.coordinating.map((c) => ({ ...c })) })),
      });
    }
  }
}

/**
 * Reads a notice, directive, plan or official letter and drafts the assignments it makes: pure,
 * synchronous, and it never throws (a text it cannot read gives an empty draft).
 */
export function parseDirective(text: string, options: ParseOptions): DirectiveDraft {
  try {
    if (typeof text !== 'string' || !options || !options.calendar) return emptyDraft();
    return new DirectiveParser(text, options).parse();
  } catch {
    return emptyDraft();
  }
}
