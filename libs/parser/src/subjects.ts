/**
 * Who a paragraph asks: the units that open it as its subject, follow a cue ("Giao Phòng Nội vụ
 * ...", "..., Chủ tịch UBND tỉnh yêu cầu các sở ..."), or open a clause of their own after a
 * semicolon or a full stop. It reads names with the unit matcher and nothing else of the document.
 */
import { foldVietnamese } from '@dondoc/domain';
import { AHEAD, CUE, CUES, COORDINATION, foldWord, namesEnd, PREAMBLE } from './cues';
import { COURTESY, isUpperText } from './header';
import { Marker, MARKER_DEPTH, Paragraph } from './paragraphs';
import { Token, tokenize } from './tokens';
import { Mention, UnitMatcher } from './units';
import words from '../data/directive-words.json';
import { anyOf } from './phrases';

/** "Chủ tịch UBND huyện giao Phòng ...": who asks opens the paragraph, the cue comes within it. */
const SUBJECT_CUE = new RegExp(`^(?:${anyOf(words.subjectAskers.phrases)})[^,.:;]{0,80}?\\s(?:${CUES})(?:\\s+cho)?\\s+`, 'iu');
const LEAD_VERB =
  /^(?:,\s*)?(?:chủ\s+trì|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|là\s+cơ\s+quan|là\s+đơn\s+vị|làm\s+đầu\s+mối|là\s+đầu\s+mối|(?:phải|cần)\s+(?!được\s|là\s|có\s)\p{L})/iu;
/** After a unit's name these make it the subject of a report or the requester, not the assignee. */
const NOT_A_LEAD =
  /^(?:đã|được|có|là|và|của|với|ghi|cũng|vẫn|chưa|không|đang|cùng|trong|tại|về|theo(?!\s+dõi)|thì|mà|nên|đề\s+nghị|yêu\s+cầu|giao|thông\s+báo|kính|trân\s+trọng)(?!\p{L})/iu;
const ASKED_NOTICE = /^thông\s+báo(?!\p{L})/iu;
/** Cue verbs inside a sentence: "..., Chủ tịch UBND tỉnh yêu cầu Sở ...". Not after "của" ("đề nghị của Sở"). */
const INNER_CUE = new RegExp(
  `(?<=[\\s,;:])(?:${anyOf([...words.directionCues.phrases, ...words.innerDirectionCues.phrases])})(?:\\s+cho)?\\s+(?!của\\s)`,
  'giu',
);
/** Where a group lives, between its name and its verb: "trên địa bàn thành phố", "trong thị xã", "thuộc huyện Mang Yang". */
const GROUP_PLACE =
  /^\s+(?:trên\s+địa\s+bàn|trong|thuộc|tại|ở)\s+(?:(?:toàn\s+)?(?:địa\s+bàn\s+)?(?:thị\s+xã|thị\s+trấn|thành\s+phố|huyện|tỉnh|xã|phường|quận|đặc\s+khu))(?:\s+\p{Lu}[\p{L}]*)*(?=\s+\p{Ll})/u;
/** How a broad list of kinds of bodies opens: "Tất cả các ...", "Toàn thể ...", "Các ...". */
const BROAD_OPENING = /^(?:tất\s+cả|toàn\s+thể|các)\s/iu;
/** A group of committees or their chairmen before a cue (folded): the subject of its own duty. */
const GROUP_ASKER = /^(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+cac\s/;
/** Who gives the direction before an inner cue (folded). */
const INNER_SUBJECT = new RegExp(`(?<![a-z])(?:${anyOf(words.askers.phrases, false)})`);
/** How far past a cue inside a sentence its list of units may run ("yêu cầu các thành viên Ban Chỉ đạo ...; Thủ trưởng ...; Chủ tịch UBND ..."). */
const LIST_WINDOW = 450;
/**
 * How many clauses of one paragraph are read for a unit of their own. A paragraph of directions
 * has a few dozen at most; past this the text is pasted garbage and stays the task it is in.
 */
const MAX_CLAUSES = 500;
/** Where a clause may start: after a semicolon, or a new sentence after a full stop. */
const CLAUSE_BREAK = /;\s*|\.\s+(?=\p{Lu})/gu;
/** Connectives that open a paragraph or a sentence before its subject. */
const CONNECTIVE = new RegExp(`^(?:${anyOf(words.connectives.phrases)})\\s*[,:]?\\s+`, 'iu');
const SCENE_OPENING = new RegExp(`^(?:${anyOf(words.sceneOpenings.phrases)})\\s`, 'iu');
/** Cue words that may open a clause after a semicolon: "...; giao Phòng X ...", "...; đồng thời yêu cầu ...". */
const CLAUSE_CUE = new RegExp(`^(?:(?:đồng\\s+thời|và)\\s*,?\\s+)?(?:${CUES})(?:\\s+cho)?\\s+`, 'iu');

export class SubjectFinder {
  constructor(private readonly matcher: UnitMatcher) {}

  /** Whether the paragraph assigns work to units, and where the units' names end. */
  detect(paragraph: Paragraph, marker: Marker, zone: boolean, assessment: boolean): { mentions: Mention[]; end: number } | null {
    // "Theo đó, các xã tiếp tục ...": a connective before the subject changes nothing.
    const connective = CONNECTIVE.exec(paragraph.text.slice(marker.length));
    const found =
      this.detectUnits(paragraph, connective ? { kind: marker.kind, length: marker.length + connective[0].length } : marker, zone, assessment) ??
      this.afterLeadingClause(paragraph, marker, zone);
    return found ? this.listAfterTitle(paragraph, found) : null;
  }

  /**
   * "3. Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ban, ngành xây dựng kế hoạch ...":
   * in a numbered item a clause before the first comma may set the scene, and the subject follows
   * it. Only a unit the parser recognises (or a group) counts there. A dash item is a task of the
   * unit above it, whatever its first clause says.
   */
  private afterLeadingClause(paragraph: Paragraph, marker: Marker, zone: boolean): { mentions: Mention[]; end: number } | null {
    if (
      marker.kind === 'none' ||
      MARKER_DEPTH[marker.kind] >= MARKER_DEPTH.dash ||
      !SCENE_OPENING.test(paragraph.text.slice(marker.length, marker.length + 20))
    )
      return null;
    const comma = paragraph.text.slice(marker.length, marker.length + 160).search(/,\s/u);
    if (comma < 0) return null;
    const found = this.detectUnits(paragraph, { kind: marker.kind, length: marker.length + comma + 2 }, zone, false);
    return found && found.mentions.every((x) => x.known || x.standard || x.group) ? found : null;
  }

  /**
   * "Giao Thủ trưởng các đơn vị: Trung tâm Y tế huyện, Phòng Giáo dục và Đào tạo, UBND các xã
   * triển khai ...": the title names who acts in each unit; the units listed after the colon are
   * the assignees.
   */
  private listAfterTitle(paragraph: Paragraph, found: { mentions: Mention[]; end: number }): { mentions: Mention[]; end: number } {
    const last = found.mentions.at(-1);
    if (!last?.group) return found;
    const colon = /^\s*:\s*/.exec(paragraph.text.slice(found.end, found.end + 40));
    if (!colon) return found;
    const from = found.end + colon[0].length;
    const tokens = tokenize(paragraph.text, from, Math.min(paragraph.text.length, from + 400));
    if (tokens.length === 0) return found;
    const listed = this.matcher.parseUnits(tokens, 0);
    const end = namesEnd(listed, tokens);
    if (end === null) return found;
    const after = paragraph.text.slice(end, end + AHEAD).trimStart();
    if (!/^\p{Ll}/u.test(after) && !/^[:,]/.test(after)) return found;
    return { mentions: [...found.mentions.slice(0, -1), ...listed], end };
  }

  private detectUnits(paragraph: Paragraph, marker: Marker, zone: boolean, assessment: boolean): { mentions: Mention[]; end: number } | null {
    const body = paragraph.text.slice(marker.length);
    if (PREAMBLE.test(body)) return null;
    // A line in capitals is the issuer's name, a heading or the page's furniture, not an assignment.
    if (isUpperText(body) && !/:\s*$/.test(body)) return null;
    const cue = CUE.exec(body) ?? SUBJECT_CUE.exec(body) ?? (/:\s*$/.test(body) ? this.introCue(body) : null);
    const windowEnd = Math.min(paragraph.text.length, marker.length + 250);
    if (cue) {
      const from = marker.length + cue[0].length + (COURTESY.exec(body.slice(cue[0].length))?.[0].length ?? 0);
      // A lead-in's cue may stand far into the paragraph: the names are read from the cue on.
      const tokens = tokenize(paragraph.text, from, Math.min(paragraph.text.length, from + 250));
      const mentions = this.widenGroup(paragraph.text, tokens, this.matcher.parseUnits(tokens, 0), BROAD_OPENING.test(paragraph.text.slice(from, from + 12)));
      const end = namesEnd(mentions, tokens);
      return end === null ? null : { mentions, end };
    }
    if (assessment) return null;
    // A list item under an assignment is its task: a direction inside it is no new assignment.
    const inner = MARKER_DEPTH[marker.kind] < MARKER_DEPTH.dash || marker.kind === 'none' ? this.innerCue(paragraph, marker.length) : null;
    if (inner) return inner;
    const first = /^[\p{L}\d]+/u.exec(body);
    if (!first) return null;
    const broadAt = BROAD_OPENING.test(body);
    if (!broadAt && !this.matcher.mayStart(foldVietnamese(first[0]))) return null;
    const tokens = tokenize(paragraph.text, marker.length, windowEnd);
    if (tokens.length === 0) return null;
    const mentions = this.widenGroup(paragraph.text, tokens, this.matcher.parseUnits(tokens, 0), broadAt);
    const last = mentions.at(-1);
    if (!last) return null;
    const end = last.end;
    // "1. Sở Tài chính (cơ quan chủ trì)": the unit's role in brackets is read past.
    const after = paragraph.text
      .slice(end, end + AHEAD)
      .trimStart()
      .replace(/^\([^()]{0,150}\)\s*/u, '');
    // "- Cấp ủy, Chính quyền các thôn; Kịp thời kiểm tra ...": in a list item a semicolon can stand for the colon.
    if (after.startsWith(':') || (marker.kind !== 'none' && /^;\s*\p{Lu}/u.test(after))) return { mentions, end };
    if (after === '' || /^[.;]$/.test(after)) return marker.kind !== 'none' || paragraph.text.length < 120 ? { mentions, end } : null;
    if (LEAD_VERB.test(after)) return { mentions, end };
    // A name the parser does not know still opens a paragraph as its subject when it is written as
    // a full name ("Đài Khí tượng Thủy văn tỉnh Lâm Đồng liên tục cập nhật ..."): three words at least.
    const written = (x: Mention) => /^\p{Lu}/u.test(paragraph.text.charAt(x.start)) && paragraph.text.slice(x.start, x.end).split(/\s+/).length >= 3;
    const trusted = (marker.kind !== 'none' && zone) || ((marker.kind !== 'none' || zone) && mentions.every((x) => x.known || x.standard || written(x)));
    if (trusted && /^\p{Ll}/u.test(after) && !NOT_A_LEAD.test(after)) {
      return { mentions, end };
    }
    return null;
  }

  /**
   * A list of kinds of bodies and people that runs past the group read so far to its verb is one
   * group ("các cơ quan, đơn vị, bệnh viện, trường học và Nhân dân ..."); where a group lives ("...
   * và nhân dân trong thị xã treo cờ") is part of its name.
   */
  private widenGroup(text: string, tokens: Token[], found: Mention[], broadAt: boolean): Mention[] {
    let mentions = found;
    const broad = broadAt ? this.matcher.broadGroup(tokens, 0) : null;
    const [only] = mentions;
    if (broad && (mentions.length === 0 || (mentions.length === 1 && only && only.group && only.end < broad.end))) mentions = [broad];
    const last = mentions.at(-1);
    if (last?.group) {
      const place = GROUP_PLACE.exec(text.slice(last.end, last.end + 80));
      if (place) mentions = [...mentions.slice(0, -1), { ...last, end: last.end + place[0].length }];
    }
    return mentions;
  }

  /**
   * "Tại cuộc họp, Phó Chủ tịch UBND tỉnh Nguyễn Văn A giao Sở Y tế chủ trì ...": a cue inside the
   * paragraph's first sentence, followed at once by units the parser knows (or a group), makes the
   * paragraph an assignment from there. Unknown names need a cue at the start: inside a sentence
   * "đề nghị" and "yêu cầu" are as often nouns.
   */
  private innerCue(paragraph: Paragraph, from: number): { mentions: Mention[]; end: number } | null {
    const text = paragraph.text;
    // The first three sentences, each read from its own start: "... ghi nhận ý kiến. Đồng chí chỉ đạo các phòng ...".
    let sentence = from;
    for (let count = 0; count < 3 && sentence < text.length; count++) {
      const limit = Math.min(text.length, sentence + 300);
      const stop = text.slice(sentence, limit).search(/[.!?](?:\s|$)/u);
      const end = stop >= 0 ? sentence + stop : limit;
      const found = this.cueIn(text, sentence, end);
      if (found) return found;
      if (stop < 0) break;
      sentence = end + 1;
      while (text.charCodeAt(sentence) === 32) sentence++;
    }
    return null;
  }

  private cueIn(text: string, from: number, end: number): { mentions: Mention[]; end: number } | null {
    INNER_CUE.lastIndex = from;
    for (let cue = INNER_CUE.exec(text); cue && cue.index < end; cue = INNER_CUE.exec(text)) {
      // Someone must be asking: "Chủ tịch UBND tỉnh yêu cầu ...", not an item's own verb ("Chỉ đạo các trường ...").
      const asker = foldVietnamese(text.slice(from, cue.index));
      if (!INNER_SUBJECT.test(asker)) continue;
      // "Ủy ban nhân dân các xã, phường chỉ đạo Đài truyền thanh ...": the communes are the ones
      // given the duty, to direct their own stations; a group asks nobody.
      if (GROUP_ASKER.test(asker)) continue;
      const at = cue.index + cue[0].length + (COURTESY.exec(text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 20))?.[0].length ?? 0);
      const tokens = tokenize(text, at, Math.min(text.length, at + LIST_WINDOW));
      if (tokens.length === 0) continue;
      const mentions = this.widenGroup(text, tokens, this.matcher.parseUnits(tokens, 0), BROAD_OPENING.test(text.slice(at, at + 12)));
      const end = namesEnd(mentions, tokens);
      if (end === null) continue;
      // Inside a sentence a name the parser does not know counts only when it is written as a name.
      if (!mentions.every((x) => x.known || x.standard || x.group || /^\p{Lu}/u.test(text.charAt(x.start)))) continue;
      const after = text.slice(end, end + AHEAD).trimStart();
      // What is asked opens in lower case, after a colon or comma, or in quotation marks ("yêu cầu
      // Chủ tịch UBND phường “Thời gian ... chậm nhất là ngày 10-2-2011”").
      if (!/^\p{Ll}/u.test(after) && !/^[:,“"]/u.test(after)) continue;
      // After a cue, "thông báo" is what is asked ("đề nghị các xã thông báo triệu tập ..."), not a report.
      if (NOT_A_LEAD.test(after) && !ASKED_NOTICE.test(after)) continue;
      return { mentions, end };
    }
    return null;
  }

  /** "Thực hiện ..., Văn phòng đề nghị các phòng, ban, đơn vị thực hiện các nội dung sau:" */
  private introCue(body: string): RegExpExecArray | null {
    const pattern = new RegExp(`(?<!\\p{L})(?:${CUES})(?:\\s+cho)?\\s+`, 'giu');
    for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
      const from = match.index + match[0].length;
      const tokens = tokenize(body, from, Math.min(body.length, from + 300));
      const mentions = this.matcher.parseUnits(tokens, 0, false);
      if (namesEnd(mentions, tokens) !== null) {
        const found = [body.slice(0, from)] as unknown as RegExpExecArray;
        found.index = 0;
        return found;
      }
    }
    return null;
  }

  /**
   * Whether text[from, to) ends inside a list of partners: "phối hợp với" and then nothing but
   * units. `partners` holds where each "phối hợp (với)" of the paragraph starts and ends, in order.
   */
  private inPartnerList(text: string, from: number, to: number, partners: { start: number; end: number }[]): boolean {
    let last: { start: number; end: number } | null = null;
    for (const partner of partners) {
      if (partner.end > to) break;
      if (partner.start >= from) last = partner;
    }
    if (!last) return false;
    const tokens = tokenize(text, last.end, to);
    // Names and the small words of lists of names ("các Sở: Tài nguyên và Môi trường, Xây dựng"), no verb.
    return tokens.length > 0 && this.matcher.namesOnly(tokens);
  }

  /**
   * "Đề nghị Sở A hướng dẫn ...; Phòng B rà soát ...; giao Ban C ...": a clause after a semicolon
   * that opens with a unit doing something (or with a cue and a unit) assigns that unit its own
   * task. Returns where each such clause's unit starts (`at`, the end of the clause before) and
   * where its task starts.
   */
  clauses(paragraph: Paragraph, from: number): { at: number; start: number; mentions: Mention[] }[] {
    const out: { at: number; start: number; mentions: Mention[] }[] = [];
    const text = paragraph.text;
    // Found once for the paragraph: looking back for them at every semicolon read it many times over.
    const partners: { start: number; end: number }[] = [];
    COORDINATION.lastIndex = from;
    for (let coordination = COORDINATION.exec(text); coordination; coordination = COORDINATION.exec(text))
      partners.push({ start: coordination.index, end: coordination.index + coordination[0].length });
    let passed = 0;
    let breaks = 0;
    CLAUSE_BREAK.lastIndex = from;
    for (let clauseBreak = CLAUSE_BREAK.exec(text); clauseBreak && breaks < MAX_CLAUSES; clauseBreak = CLAUSE_BREAK.exec(text), breaks++) {
      const semi = clauseBreak[0].startsWith(';') ? clauseBreak.index : clauseBreak.index + 1;
      let at = clauseBreak.index + clauseBreak[0].length;
      const connective = CONNECTIVE.exec(text.slice(at, at + 30));
      if (connective) at += connective[0].length;
      // A sentence may name who asks before its cue ("... Đồng chí giao Sở NN&PTNT theo dõi ...").
      const cue = CLAUSE_CUE.exec(text.slice(at, at + 40)) ?? (clauseBreak[0].startsWith('.') ? SUBJECT_CUE.exec(text.slice(at, at + 120)) : null);
      // "phối hợp với các Sở: A, B; UBND huyện X khảo sát ...": a semicolon inside a list of partners
      // goes on with the list; the verb after it is still the lead unit's.
      while (passed < partners.length && partners[passed]!.end <= semi - 300) passed++;
      if (!cue && clauseBreak[0].startsWith(';') && this.inPartnerList(text, Math.max(from, semi - 300), semi, partners.slice(passed, passed + 64))) continue;
      const unitAt = at + (cue ? cue[0].length : 0);
      const first = /^[\p{L}\d]+/u.exec(text.slice(unitAt, unitAt + 20));
      if (!first || !this.matcher.mayStart(foldWord(first[0]))) continue;
      // The clause's names end at its semicolon at the latest: nothing past it is read (a long run
      // of short clauses would otherwise be read many times over).
      const limit = Math.min(text.length, unitAt + 160);
      let windowEnd = unitAt;
      while (windowEnd < limit && text.charCodeAt(windowEnd) !== 59) windowEnd++;
      const tokens = tokenize(text, unitAt, Math.min(limit, windowEnd + 1));
      if (tokens.length === 0) continue;
      const mentions = this.matcher.parseUnits(tokens, 0, true, false);
      const end = namesEnd(mentions, tokens);
      if (end === null) continue;
      const after = text.slice(end, end + AHEAD).trimStart();
      // A group opening a clause is its subject too ("...; lực lượng chức năng bố trí chốt chặn").
      const recognised = mentions.every((x) => x.known || x.standard || x.group);
      // After a connective ("Riêng Phòng Y tế kiểm tra ...") a name written as one is the clause's subject.
      const named = connective !== null && mentions.every((x) => /^\p{Lu}/u.test(text.charAt(x.start)) && /\s/u.test(text.slice(x.start, x.end)));
      const acts = LEAD_VERB.test(after) || (/^\p{Ll}/u.test(after) && !NOT_A_LEAD.test(after) && (cue !== null || recognised || named));
      if (!acts) continue;
      const start = end + (/^[\s:,]*/u.exec(text.slice(end, end + AHEAD))?.[0].length ?? 0);
      out.push({ at: semi, start, mentions });
    }
    return out;
  }
}
