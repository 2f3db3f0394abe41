import { foldVietnamese } from '@dondoc/domain';
import { STANDARD_NAMES } from './standard-names';
import { nameTokens, Token } from './tokens';
import type { UnitKind, UnitRef } from './types';
import words from '../data/unit-words.json';

export interface Mention {
  /** Offsets in the text the tokens came from. */
  start: number;
  end: number;
  unitIds: string[];
  group: boolean;
  /** "các đơn vị liên quan": a group that names no one in particular. */
  vague: boolean;
  /** Resolved to a unit of the list, or to a group pattern. */
  known: boolean;
  /** A standard name of a government body, though not one of the office's units. */
  standard: boolean;
}

interface Variant {
  tokens: string[];
  /** Null for a standard name that is not one of the office's units. */
  unitId: string | null;
  /** The variant keeps the unit's leading kind word ("phòng", "sở"). */
  full: boolean;
  /** The kind word the whole name starts with, when a variant leaves it out. */
  kindWord: string | null;
}

const KIND_WORDS = new Set(words.kindWords.words);
const LEVEL_CANDIDATES = words.levelCandidates.words;
const QUALIFIER_LEVELS = new Set(words.qualifierLevels.words);
const OWNER_WORDS = new Set(words.ownerWords.words);
const SCHOOL_KINDS: UnitKind[] = ['preschool', 'primary_school', 'lower_secondary_school'];
const HEADS = new Set(words.heads.words);
const TWO_WORD_HEADS: Record<string, string[]> = words.twoWordHeads.heads;
const LOWER_HEADS = new Set(words.lowerHeads.words);
const STOP_BIGRAMS = new Set(words.stopBigrams.phrases);
const STOP_UNIGRAMS = new Set(words.stopUnigrams.words);
const NOT_HEADS = new Set(words.notHeads.phrases);
const SELF_NAMED = new Set(words.selfNamed.phrases);
const NAME_PHRASES = words.namePhrases.phrases.map((p) => p.split(' '));
const GROUP_TITLES = words.groupTitles.phrases.map((p) => p.split(' '));
/** First words of those titles: a phrase may name units from them on. */
const TITLE_FIRSTS = new Set(GROUP_TITLES.map((p) => p[0]));
/** Those titles that name a person, not a body ("UBND các xã" names the bodies). */
const PERSON_TITLES = GROUP_TITLES.filter((p) => !p.includes('ubnd'));
const GROUP_ITEMS = words.groupItems.items as Record<string, UnitKind[] | 'school'>;
const COUNT_WORDS = new Set(words.countWords.words);
const COLLECTIVE_GROUPS = words.collectiveGroups.phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const COLLECTIVE_FIRSTS = new Set(COLLECTIVE_GROUPS.map((p) => p[0]));
/** Every phrase a group may list, longest first. */
const GROUP_PHRASES = [...Object.keys(GROUP_ITEMS), ...words.otherGroupItems.phrases].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Whether a group's item names places (communes, districts, towns), which have proper names of their own. */
function isPlaceItem(tokens: Token[], at: number, length: number): boolean {
  const kindsOf =
    GROUP_ITEMS[
      tokens
        .slice(at, at + length)
        .map((t) => t.folded)
        .join(' ')
    ];
  return Array.isArray(kindsOf) && kindsOf.length > 0 && kindsOf.every((kind) => kind === 'commune' || kind === 'other');
}

/** Whether a unit's name may open here by its head word alone ("Phòng", "Trung tâm", not "Thanh Thùy"). */
function opensName(tokens: Token[], at: number): boolean {
  const head = tokens[at]?.folded ?? '';
  if (!HEADS.has(head)) return false;
  const seconds = TWO_WORD_HEADS[head];
  return !seconds || seconds.includes(tokens[at + 1]?.folded ?? '');
}

/** Whether a group's next item names bodies of none of the kinds the group has named so far. */
function otherKinds(kinds: Set<UnitKind>, tokens: Token[], at: number, length: number): boolean {
  const next =
    GROUP_ITEMS[
      tokens
        .slice(at, at + length)
        .map((t) => t.folded)
        .join(' ')
    ];
  if (kinds.size === 0 || !Array.isArray(next) || next.length === 0) return false;
  return next.every((kind) => !kinds.has(kind));
}

function isStop(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.upper) return false;
  const next = tokens[index + 1];
  if (next && !next.punct && STOP_BIGRAMS.has(`${token.folded} ${next.folded}`)) return true;
  return STOP_UNIGRAMS.has(token.folded);
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0;
  let total = 0;
  for (const [gram, count] of a) {
    inter += Math.min(count, b.get(gram) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * inter) / total;
}

/** Resolves names of units as documents write them against the units an office has. */
export class UnitMatcher {
  private readonly byFirst = new Map<string, Variant[]>();
  private readonly levels: Set<string>;
  private readonly byId = new Map<string, UnitRef>();
  private readonly keys: { unit: UnitRef; grams: Map<string, number> }[] = [];

  constructor(
    private readonly units: UnitRef[],
    standardNames = true,
  ) {
    const observed = new Set<string>();
    for (const unit of units) {
      const last = nameTokens(unit.name).at(-1);
      if (last && LEVEL_CANDIDATES.includes(last)) observed.add(last);
    }
    this.levels = observed.size > 0 ? observed : new Set(LEVEL_CANDIDATES);
    for (const unit of units) {
      this.byId.set(unit.id, unit);
      for (const source of [unit.name, ...unit.aliases]) {
        const nameWords = nameTokens(source);
        if (nameWords.length > 0) this.keys.push({ unit, grams: bigrams(nameWords.join(' ')) });
      }
      this.addNames(unit.id, unit.name, unit.aliases);
    }
    // The standard names lie under the office's own: they cut a name right but resolve to nothing.
    if (standardNames) for (const standard of STANDARD_NAMES) this.addNames(null, standard.name, [...standard.aliases, ...standard.abbreviations]);
  }

  private addNames(unitId: string | null, name: string, aliases: string[]): void {
    const first = nameTokens(name)[0];
    const kindWord = first && KIND_WORDS.has(first) ? first : null;
    for (const source of [name, ...aliases]) {
      const nameWords = nameTokens(source);
      if (nameWords.length === 0) continue;
      this.addVariant(nameWords, unitId, true, kindWord);
      // nameWords has words, and core keeps at least two of them.
      let core = nameWords;
      if (KIND_WORDS.has(core[0]!) && core.length >= 2) {
        core = core.slice(1);
        this.addVariant(core, unitId, false, kindWord);
      }
      // "Thanh tra huyện" is also written "Thanh tra"; "UBND huyện" is never just "UBND".
      if (this.levels.has(core[core.length - 1]!) && core.length >= 3) this.addVariant(core.slice(0, -1), unitId, false, kindWord);
      if (nameWords.length >= 2 && nameWords.every((t) => t.length <= 4) && source.length <= 12) this.addVariant([nameWords.join('')], unitId, false, kindWord);
    }
  }

  private addVariant(tokens: string[], unitId: string | null, full: boolean, kindWord: string | null): void {
    // Every variant has words: addNames skips a name with none.
    const firstWord = tokens[0]!;
    const list = this.byFirst.get(firstWord) ?? [];
    const key = tokens.join(' ');
    // A standard name the office's own units already spell adds nothing.
    if (unitId === null && list.some((v) => v.tokens.join(' ') === key)) return;
    if (!list.some((v) => v.unitId === unitId && v.tokens.join(' ') === key)) list.push({ tokens, unitId, full, kindWord });
    this.byFirst.set(firstWord, list);
  }

  /** Whether the tokens hold no verb: names of units and the words between them only. */
  namesOnly(tokens: Token[]): boolean {
    return tokens.every((t, j) => t.punct || !isStop(tokens, j) || this.inNamePhrase(tokens, j));
  }

  /**
   * "Tất cả các cơ quan Đảng, đoàn thể, nhà nước, trường học, các doanh nghiệp và hộ dân trên địa
   * bàn thành phố treo cờ ...": a broad list of kinds of bodies and people, opened by "tất cả",
   * "toàn thể" or "các" and a kind a group may list, running to the verb that follows it. Such a
   * list names no unit the office keeps: one vague group, or null when no verb ends it within the
   * sentence or it lists nothing.
   */
  broadGroup(tokens: Token[], from: number): Mention | null {
    let at = from;
    const all = this.seq(tokens, at, ['tat', 'ca']) || this.seq(tokens, at, ['toan', 'the']);
    if (all) at += 2;
    if (tokens[at]?.folded === 'cac') at++;
    const itemAt = (k: number) => GROUP_PHRASES.find((phrase) => this.seq(tokens, k, phrase));
    // "các" must open a kind a group lists; "tất cả" may open any ("tất cả các trụ sở cơ quan").
    if (at === from || (!all && !itemAt(at))) return null;
    let joins = 0;
    let items = 0;
    for (let count = 0; at < tokens.length && count < 80; at++, count++) {
      const token = tokens[at]!;
      if (token.punct && token.folded !== ',' && token.folded !== '-') return null;
      // An item a group may list is read whole: "cơ sở sản xuất" holds a word that is also a verb once folded.
      const phrase = itemAt(at);
      if (phrase) {
        items++;
        at += phrase.length - 1;
        count += phrase.length - 1;
      } else if (token.folded === ',' || token.conj) joins++;
      else if (isStop(tokens, at) && !this.inNamePhrase(tokens, at)) break;
    }
    // Without "tất cả" a group needs a list to be broad; with it one kind is enough ("tất cả các hộ gia đình ...").
    if ((joins === 0 && !all) || items === 0 || at >= tokens.length || at - from >= 80) return null;
    // An item was read, so `at` is past `from` and inside the tokens.
    const last = tokens[at - 1]!;
    if (last.punct) return null;
    return { start: tokens[from]!.start, end: last.end, unitIds: [], group: true, vague: true, known: false, standard: false };
  }

  /** Whether a phrase starting with this folded word may name a unit (a cheap test before parsing). */
  mayStart(word: string): boolean {
    return HEADS.has(word) || this.byFirst.has(word) || TITLE_FIRSTS.has(word) || COLLECTIVE_FIRSTS.has(word);
  }

  unit(id: string): UnitRef | undefined {
    return this.byId.get(id);
  }

  unitsOfKinds(kinds: Set<UnitKind>): string[] {
    return this.units.filter((u) => kinds.has(u.kind)).map((u) => u.id);
  }

  /** Up to three units whose names look most like the text. */
  suggest(text: string): { unitId: string; name: string }[] {
    const grams = bigrams(nameTokens(text).join(' ') || foldVietnamese(text));
    const best = new Map<string, number>();
    for (const key of this.keys) {
      const score = dice(grams, key.grams);
      if (score > (best.get(key.unit.id) ?? 0)) best.set(key.unit.id, score);
    }
    return [...best]
      .filter(([, score]) => score >= 0.25)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([unitId]) => ({ unitId, name: this.byId.get(unitId)!.name }));
  }

  private boundary(tokens: Token[], at: number): boolean {
    const token = tokens[at];
    return !token || token.punct || token.conj || !token.upper || this.levels.has(token.folded);
  }

  private matchKnown(tokens: Token[], from: number): { end: number; unitIds: string[]; standard: boolean } | null {
    const first = tokens[from];
    if (!first) return null;
    let best = this.matchFrom(tokens, from, 1);
    // "phòng GD&ĐT": the kind word before an abbreviation that does not carry it.
    if (KIND_WORDS.has(first.folded) && tokens[from + 1]) {
      // "Sở Tài nguyên và Môi trường" is not "Phòng Tài nguyên và Môi trường".
      const core = this.matchFrom(tokens, from + 1, 0, first.folded);
      if (core && (!best || core.end > best.end || (core.end === best.end && best.standard && !core.standard))) best = core;
    }
    return best;
  }

  private matchFrom(tokens: Token[], from: number, bonus: number, kindWord?: string): { end: number; unitIds: string[]; standard: boolean } | null {
    const first = tokens[from];
    if (!first) return null;
    const all = this.byFirst.get(first.folded);
    const candidates = kindWord ? all?.filter((v) => v.kindWord === kindWord) : all;
    if (!candidates) return null;
    let bestLen = 0;
    let bestScore = -1;
    let best: Variant | null = null;
    for (const variant of candidates) {
      let at = from;
      let matched = 0;
      while (matched < variant.tokens.length && at < tokens.length) {
        const token = tokens[at]!;
        // "và", "&" and the comma of "Sở Văn hóa, Thể thao và Du lịch" are not in the match keys.
        if ((token.conj || token.folded === ',') && at > from) {
          at++;
          continue;
        }
        if (token.folded !== variant.tokens[matched]) break;
        at++;
        matched++;
      }
      if (matched < variant.tokens.length || !this.boundary(tokens, at)) continue;
      // A standard name's bare core ("Xây dựng" of "Sở Xây dựng") reads as a unit only after its
      // kind word or as an abbreviation: alone it is as likely the verb that opens a task.
      if (variant.unitId === null && !variant.full && !kindWord && !first.caps) continue;
      // A one-word standard name ("Báo", "Thuế") is a unit only when written as an abbreviation.
      if (variant.unitId === null && variant.tokens.length === 1 && !first.caps) continue;
      // The office's own unit wins over a standard name of the same length.
      const score = variant.tokens.length * 2 + (variant.full ? bonus : 0) + (variant.unitId !== null ? 0.5 : 0);
      if (at > bestLen || (at === bestLen && score > bestScore)) {
        bestLen = at;
        bestScore = score;
        best = variant;
      }
    }
    if (!best) return null;
    return { end: bestLen, unitIds: best.unitId === null ? [] : [best.unitId], standard: best.unitId === null };
  }

  private seq(tokens: Token[], at: number, words: string[]): boolean {
    for (let k = 0; k < words.length; k++) if (tokens[at + k]?.folded !== words[k]) return false;
    return true;
  }

  /** Skips ", " and "và" between list items when another item of the accepted words follows. */
  private matchGroup(tokens: Token[], from: number): { end: number; kinds: Set<UnitKind>; vague: boolean } | null {
    let position = from;
    let prefix: string[] | null = null;
    for (const title of GROUP_TITLES) {
      if (this.seq(tokens, position, title)) {
        prefix = title;
        position += title.length;
        break;
      }
    }
    // "Quý cơ quan", "Quý đơn vị": the addressees of a dispatch.
    if (!prefix && tokens[position]?.folded === 'quy' && (this.seq(tokens, position + 1, ['co', 'quan']) || this.seq(tokens, position + 1, ['don', 'vi']))) {
      return { end: position + 3, kinds: new Set<UnitKind>(), vague: true };
    }
    // "lực lượng chức năng": a collective noun is a group without "các" (or with it).
    if (!prefix) {
      const at = tokens[position]?.folded === 'cac' ? position + 1 : position;
      for (const phrase of COLLECTIVE_GROUPS) {
        if (!this.seq(tokens, at, phrase)) continue;
        // "Cấp ủy, chính quyền các thôn": whose they are, bodies of a kind below.
        const end = at + phrase.length;
        const whose = tokens[end]?.folded === 'cac' ? (GROUP_PHRASES.find((words) => this.seq(tokens, end + 1, words))?.length ?? 0) : 0;
        return { end: whose > 0 ? end + 1 + whose : end, kinds: new Set<UnitKind>(), vague: true };
      }
    }
    let plural = false;
    // "Tất cả các ..." gathers every body it lists into one group, whatever their kinds.
    let everyone = false;
    if (this.seq(tokens, position, ['tat', 'ca', 'cac'])) {
      position += 3;
      plural = true;
      everyone = true;
    } else if (this.seq(tokens, position, ['toan', 'the'])) {
      // "toàn thể Nhân dân", "toàn thể cán bộ": all of them, as "các" says.
      position += 2;
      plural = true;
      everyone = true;
    } else if (tokens[position]?.folded === 'cac' || (!prefix && COUNT_WORDS.has(tokens[position]?.folded ?? '') && !tokens[position]?.upper)) {
      // "các huyện", or "hai huyện": a number counts the bodies as "các" does.
      position++;
      plural = true;
    }
    const kinds = new Set<UnitKind>();
    let vague = false;
    let schoolNoun = false;
    const item = (start: number): number => {
      if (!tokens[start]) return 0;
      // The longest phrase that fits; bodies no unit list holds ("các cơ quan, doanh nghiệp, bệnh viện") make a group all the same.
      for (const phrase of GROUP_PHRASES) if (this.seq(tokens, start, phrase)) return phrase.length;
      return 0;
    };
    const apply = (start: number, length: number): void => {
      const kindsOf =
        GROUP_ITEMS[
          tokens
            .slice(start, start + length)
            .map((t) => t.folded)
            .join(' ')
        ];
      if (kindsOf === 'school') schoolNoun = true;
      else if (kindsOf) for (const kind of kindsOf) kinds.add(kind);
    };
    const first = item(position);
    if (first === 0) return null;
    // Without "các" a list of kinds still reads as a group ("UBND xã, thị trấn", "Sở, ban, ngành"):
    // a kind word followed by a comma or "và" and another kind; "Phòng X" is one unit.
    // item(position) found a phrase, so there is a token at `position`.
    const firstWord = tokens[position]!.folded;
    if (!plural) {
      const joined = tokens[position + first]?.folded === ',' || tokens[position + first]?.conj;
      if (!joined) return null;
      const ubndOfCommunes = prefix !== null && prefix.includes('ubnd') && (firstWord === 'xa' || firstWord === 'phuong');
      if (!ubndOfCommunes && (prefix !== null || item(position + first + 1) === 0)) return null;
    }
    if (firstWord === 'thpt') return null;
    apply(position, first);
    let lastItemPlace = isPlaceItem(tokens, position, first);
    position += first;
    // "các phòng GD&ĐT": a kind of unit narrowed by an abbreviation of its field.
    const beforeField = position;
    for (let count = 0; count < 3 && tokens[position]?.caps && !tokens[position]?.punct; count++) position++;
    // Such a group names those bodies alone: "các phòng GD&ĐT, các đơn vị trực thuộc" are two groups.
    const narrowed = position > beforeField;
    let schoolKinds = 0;
    for (;;) {
      if (tokens[position]?.folded === 'hoc' && schoolNoun) {
        position++;
        continue;
      }
      let next = position;
      while (tokens[next]?.folded === ',' || tokens[next]?.conj) next++;
      // "các cơ quan, đơn vị, các ngành có liên quan": a list may say "các" again; but "các xã, các
      // phòng, ban" says it before another kind of body, which is a group of its own.
      if (next > position && tokens[next]?.folded === 'cac' && item(next + 1) > 0) {
        if (!everyone && (narrowed || otherKinds(kinds, tokens, next + 1, item(next + 1)))) break;
        next++;
      }
      const length = item(next);
      // A phrase was read at `next` when `length` > 0, so the token is there.
      const token = tokens[next];
      if (length === 0 || !token || (token.upper && !['thcs', 'mn', 'th'].includes(token.folded) && next > position)) break;
      if (this.seq(tokens, next, ['trung', 'hoc']) && tokens[next + 2]?.folded === 'pho') break;
      if (['mam', 'tieu', 'trung', 'thcs', 'mn', 'th'].includes(token.folded)) schoolKinds++;
      apply(next, length);
      lastItemPlace = isPlaceItem(tokens, next, length);
      position = next + length;
    }
    // "UBND các xã Tam Hưng, Thanh Thùy và Bích Hòa", "các xã, phường Phổ Phong và Phổ Ninh": the
    // places' own names narrow the group to them.
    if (lastItemPlace) position = this.placeNames(tokens, position);
    if (schoolNoun) {
      // "các trường" alone means every school; "các trường mầm non, tiểu học" only those kinds.
      const named = new Set<UnitKind>();
      for (let index = from; index < position; index++) {
        // The group was read over tokens `from` to `position`.
        const word = tokens[index]!.folded;
        if (word === 'mam' || word === 'mn') named.add('preschool');
        if (word === 'tieu' || word === 'th') named.add('primary_school');
        if (word === 'thcs' || (word === 'trung' && tokens[index + 1]?.folded === 'hoc')) named.add('lower_secondary_school');
      }
      for (const kind of named.size > 0 ? named : SCHOOL_KINDS) kinds.add(kind);
    } else if (schoolKinds > 0) {
      // "các xã, mầm non" is no group of schools: school kinds need a school noun.
      for (const kind of SCHOOL_KINDS) kinds.delete(kind);
    }
    // "các phòng chuyên môn", "các cơ quan chức năng": what the bodies of the group do.
    if (this.seq(tokens, position, ['chuyen', 'mon']) || this.seq(tokens, position, ['chuc', 'nang'])) position += 2;
    if (this.seq(tokens, position, ['co', 'lien', 'quan'])) {
      position += 3;
      vague = true;
    } else if (this.seq(tokens, position, ['lien', 'quan'])) {
      position += 2;
      vague = true;
    }
    // A list of bodies of no kind the office keeps ("các doanh nghiệp, bệnh viện") names no one in particular.
    if (kinds.size === 0) vague = true;
    return { end: position, kinds, vague };
  }

  /**
   * Where a list of places' proper names after a group of places ends ("Tam Hưng, Thanh Thùy và Bích
   * Hòa"): each name is capitalised words, the list is joined by commas and "và", and it stops before
   * a lower-case word or a word that opens a unit's name ("..., Phòng Nội vụ").
   */
  private placeNames(tokens: Token[], from: number): number {
    let end = from;
    let at = from;
    for (;;) {
      const nameStart = at;
      while (tokens[at]?.upper && !tokens[at]?.punct && !(at === nameStart && opensName(tokens, at))) at++;
      if (at === nameStart) return end;
      end = at;
      if (tokens[at]?.folded !== ',' && !tokens[at]?.conj) return end;
      at++;
    }
  }

  /** "và" inside a name: "Văn phòng HĐND và UBND", "... Thương binh và Xã hội". */
  private joinsName(tokens: Token[], at: number): boolean {
    const before = tokens[at - 1]?.folded;
    const after = tokens[at + 1]?.folded;
    if (before === 'hdnd' && after === 'ubnd') return true;
    return after !== undefined && NOT_HEADS.has(`${after} ${tokens[at + 2]?.folded ?? ''}`);
  }

  private matchUnknown(tokens: Token[], from: number): number {
    const head = tokens[from];
    if (!head || head.punct || head.conj || !HEADS.has(head.folded)) return 0;
    if (!head.upper && !LOWER_HEADS.has(head.folded)) return 0;
    if (NOT_HEADS.has(`${head.folded} ${tokens[from + 1]?.folded ?? ''}`)) return 0;
    // "Hợp tác xã" is a body; "Hợp tác và thu hút đầu tư" a heading.
    if (head.folded === 'hop' && tokens[from + 2]?.folded !== 'xa') return 0;
    // "Tổ Địa chính", "tổ Kiểm tra" are teams; "tổ chức" is a verb.
    if (head.folded === 'to' && !tokens[from + 1]?.upper) return 0;
    const second = TWO_WORD_HEADS[head.folded];
    if (second && !second.includes(tokens[from + 1]?.folded ?? '') && !['doan'].includes(head.folded)) return 0;
    if (head.folded === 'cac' || head.folded === 'tat' || head.folded === 'toan') return 0;
    let at = from + (second && second.includes(tokens[from + 1]?.folded ?? '') ? 2 : 1);
    // A head word must be followed by a name, a capitalised word or an abbreviation.
    const named = tokens[at];
    // "Thanh tra", "Công an": a head that is a whole name when a level word or punctuation follows.
    if (SELF_NAMED.has(`${head.folded} ${tokens[from + 1]?.folded ?? ''}`) && (!named || named.punct || QUALIFIER_LEVELS.has(named.folded))) return 2;
    if (!named || named.punct || (!named.upper && isStop(tokens, at) && !this.inNamePhrase(tokens, at))) return 0;
    while (at < tokens.length && at - from < 16) {
      const token = tokens[at]!;
      // "Ban Chỉ đạo phòng, chống thiên tai": the comma of "phòng, chống" is inside the name.
      if (token.folded === ',' && tokens[at - 1]?.folded === 'phong' && tokens[at + 1]?.folded === 'chong') {
        at++;
        continue;
      }
      if (token.punct) break;
      if (token.conj) {
        if (!this.joinsName(tokens, at) && this.startsMention(tokens, at + 1)) break;
        at++;
        continue;
      }
      if (isStop(tokens, at) && !this.inNamePhrase(tokens, at)) break;
      // A level word ends the name: "Trung tâm Y tế huyện trực ..." (a place may follow it).
      if (!token.upper && QUALIFIER_LEVELS.has(token.folded) && at > from + 1 && !NOT_HEADS.has(`${token.folded} ${tokens[at + 1]?.folded ?? ''}`)) break;
      at++;
    }
    return at - from;
  }

  /**
   * "Ban Quản lý Dự án đầu tư khu vực huyện phối hợp ...": a known name ("Ban Quản lý dự án") that
   * the text goes on with, in a few lower-case words that are no verb, up to a level word, is the
   * longer name; the task does not start inside it.
   */
  private longerName(tokens: Token[], from: number, knownEnd: number, allowUnknown: boolean): number {
    if (!allowUnknown) return knownEnd;
    const end = from + this.matchUnknown(tokens, from);
    const after = tokens[end];
    if (end <= knownEnd || end - knownEnd > 5 || !after || !QUALIFIER_LEVELS.has(after.folded)) return knownEnd;
    if (tokens.slice(knownEnd, end).some((token) => token.upper || token.punct || token.conj)) return knownEnd;
    return end;
  }

  /** A verb-like word that belongs to a name: "đầu tư xây dựng". */
  private inNamePhrase(tokens: Token[], at: number): boolean {
    const token = tokens[at];
    if (!token) return false;
    return NAME_PHRASES.some((phrase) => {
      const offset = phrase.indexOf(token.folded);
      return offset > 0 && phrase.every((w, k) => tokens[at - offset + k]?.folded === w);
    });
  }

  private startsMention(tokens: Token[], at: number): boolean {
    const token = tokens[at];
    if (!token || token.punct) return false;
    return (
      this.matchKnown(tokens, at) !== null ||
      this.matchGroup(tokens, at) !== null ||
      (HEADS.has(token.folded) && (token.upper || LOWER_HEADS.has(token.folded)) && this.matchUnknown(tokens, at) > 0)
    );
  }

  /** Skips what may follow a unit's name: "huyện An Dương", "trên địa bàn huyện", "(cơ quan thường trực)". */
  private skipQualifiers(tokens: Token[], at: number): number {
    for (;;) {
      const token = tokens[at];
      if (!token) return at;
      const level =
        this.levels.has(token.folded) || QUALIFIER_LEVELS.has(token.folded)
          ? 1
          : this.seq(tokens, at, ['thanh', 'pho']) ||
              this.seq(tokens, at, ['thi', 'xa']) ||
              this.seq(tokens, at, ['thi', 'tran']) ||
              this.seq(tokens, at, ['khu', 'vuc'])
            ? 2
            : 0;
      // "Công an Thành phố", "Trung tâm Chuyển đổi số Thành phố": the city written with a capital is still its level.
      const city = level === 2 && token.folded === 'thanh' && tokens[at + 1]?.folded === 'pho';
      if (level > 0 && (!token.upper || city) && !NOT_HEADS.has(`${token.folded} ${tokens[at + 1]?.folded ?? ''}`)) {
        at += level;
        let count = 0;
        while (tokens[at]?.upper && !tokens[at]?.punct && count < 4) {
          at++;
          count++;
        }
        // "huyện Đăk Tô, Ngọc Hồi và xã Kon Đào, Pờ Y": a level may name several places, and another
        // level may follow; a word that opens a unit's name ends them ("huyện A, Phòng Nội vụ").
        if (count > 0) {
          const joined = (k: number) => tokens[k]?.folded === ',' || tokens[k]?.conj === true;
          const more = tokens[at + 1];
          if (joined(at) && more?.upper && !more.punct && !opensName(tokens, at + 1)) at = this.placeNames(tokens, at + 1);
          const level = tokens[at + 1];
          if (joined(at) && level && !level.upper && (this.levels.has(level.folded) || QUALIFIER_LEVELS.has(level.folded))) at++;
        }
        continue;
      }
      if (this.seq(tokens, at, ['tren', 'dia', 'ban'])) {
        at += 3;
        continue;
      }
      // "các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng": the places a group runs over.
      if (token.folded === 'tu' && tokens[at + 1]?.upper && !tokens[at + 1]?.punct) {
        let next = at + 1;
        while (next < at + 5 && tokens[next]?.upper && !tokens[next]?.punct) next++;
        if (tokens[next]?.folded === 'den' && tokens[next + 1]?.upper && !tokens[next + 1]?.punct) {
          next++;
          const stop = next + 4;
          while (next < stop && tokens[next]?.upper && !tokens[next]?.punct) next++;
          at = next;
          continue;
        }
      }
      // "các phòng chuyên môn của phường", "các cơ quan, ban, ngành của thị xã": whose they are.
      if (
        token.folded === 'cua' &&
        (QUALIFIER_LEVELS.has(tokens[at + 1]?.folded ?? '') || this.seq(tokens, at + 1, ['thi', 'xa']) || this.seq(tokens, at + 1, ['thanh', 'pho']))
      ) {
        at += 1;
        continue;
      }
      const under = this.seq(tokens, at, ['truc', 'thuoc']) ? 2 : token.folded === 'thuoc' ? 1 : 0;
      if (under > 0) {
        // "trực thuộc Sở", "thuộc UBND huyện": whose unit it is, not a new name.
        let next = at + under;
        let count = 0;
        for (let owner = tokens[next]; owner && !owner.punct && count < 4 && (OWNER_WORDS.has(owner.folded) || owner.upper); owner = tokens[next]) {
          next++;
          count++;
        }
        // "các đơn vị trực thuộc": under this office, with no owner named.
        if (count > 0 || under === 2) {
          at = next;
          continue;
        }
      }
      if (token.folded === '(') {
        let next = at + 1;
        while (next < tokens.length && next - at < 15 && tokens[next]?.folded !== ')') next++;
        if (tokens[next]?.folded === ')') {
          at = next + 1;
          continue;
        }
      }
      return at;
    }
  }

  /** "Giám đốc Sở Tư pháp", "Chủ tịch UBND huyện": the title of one unit's head before its name, read with it. */
  private titledUnit(tokens: Token[], at: number, allowUnknown: boolean): Mention | null {
    const title = PERSON_TITLES.find((p) => this.seq(tokens, at, p));
    if (!title) return null;
    const nameAt = at + title.length;
    const nameToken = tokens[nameAt];
    if (!nameToken || nameToken.punct) return null;
    const known = this.matchKnown(tokens, nameAt);
    const end = known ? known.end : allowUnknown ? nameAt + this.matchUnknown(tokens, nameAt) : nameAt;
    if (end === nameAt) return null;
    const last = this.skipQualifiers(tokens, end);
    // The title matched at `at` and the name runs past it, so both tokens are there.
    return {
      start: tokens[at]!.start,
      end: tokens[last - 1]!.end,
      unitIds: known?.unitIds ?? [],
      group: false,
      vague: false,
      known: known !== null && !known.standard,
      standard: known?.standard ?? false,
    };
  }

  /**
   * Reads the units named at token `from`: one, or a list ("phòng Nội vụ, phòng Tài chính - Kế hoạch"),
   * or a group ("các trường mầm non, tiểu học, THCS"). Stops where the name ends.
   */
  parseUnits(tokens: Token[], from: number, allowUnknown = true, acrossSemicolons = true): Mention[] {
    const mentions: Mention[] = [];
    const joinsList = (token: Token | undefined) => token !== undefined && (token.folded === ',' || (acrossSemicolons && token.folded === ';') || token.conj);
    // Each name read below ends past the token it starts at, so tokens[end - 1] is there.
    let at = from;
    for (;;) {
      const token = tokens[at];
      if (!token || token.punct) break;
      let mention: Mention | null = null;
      // "các thành viên Ban Chỉ đạo ...": the members of a body, a group the office cannot list.
      if (this.seq(tokens, at, ['cac', 'thanh', 'vien']) && tokens[at + 3]) {
        const body = this.matchKnown(tokens, at + 3)?.end ?? (allowUnknown ? at + 3 + this.matchUnknown(tokens, at + 3) : at + 3);
        if (body > at + 3) {
          const end = this.skipQualifiers(tokens, body);
          mentions.push({ start: token.start, end: tokens[end - 1]!.end, unitIds: [], group: true, vague: true, known: false, standard: false });
          at = end;
          let next = at;
          while (joinsList(tokens[next])) next++;
          if (next === at || !this.startsMention(tokens, next)) break;
          at = next;
          continue;
        }
      }
      const group = this.matchGroup(tokens, at);
      const known = this.matchKnown(tokens, at);
      if (group && (!known || group.end >= known.end)) {
        const end = this.skipQualifiers(tokens, group.end);
        mention = {
          start: token.start,
          end: tokens[end - 1]!.end,
          unitIds: group.vague ? [] : this.unitsOfKinds(group.kinds),
          group: true,
          vague: group.vague,
          known: !group.vague,
          standard: false,
        };
        at = end;
      } else if (known) {
        const end = this.skipQualifiers(tokens, this.longerName(tokens, at, known.end, allowUnknown));
        mention = {
          start: token.start,
          end: tokens[end - 1]!.end,
          unitIds: known.unitIds,
          group: false,
          vague: false,
          known: !known.standard,
          standard: known.standard,
        };
        at = end;
      } else if (allowUnknown) {
        const length = this.matchUnknown(tokens, at);
        if (length > 0) {
          const end = this.skipQualifiers(tokens, at + length);
          mention = { start: token.start, end: tokens[end - 1]!.end, unitIds: [], group: false, vague: false, known: false, standard: false };
          at = end;
        }
      }
      if (!mention) mention = this.titledUnit(tokens, at, allowUnknown);
      if (!mention) break;
      // "Sở Tài chính (cơ quan chủ trì)": the bracket says the unit's role, it is no part of its name.
      if (tokens[at - 1]?.folded === ')') {
        let open = at - 1;
        while (open > 0 && tokens[open]?.folded !== '(') open--;
        const beforeBracket = open > 0 ? tokens[open - 1] : undefined;
        if (beforeBracket && beforeBracket.end > mention.start) mention.end = beforeBracket.end;
      }
      mentions.push(mention);
      let next = at;
      // A list of units may run on past a semicolon ("yêu cầu Sở A; Thủ trưởng các sở ..."); where the
      // caller reads clauses, a semicolon ends the list instead ("...; Phòng Y tế rà soát ...").
      while (joinsList(tokens[next])) next++;
      if (next === at || !this.startsMention(tokens, next)) break;
      if (!allowUnknown && this.matchKnown(tokens, next) === null && this.matchGroup(tokens, next) === null) break;
      at = next;
    }
    return mentions;
  }
}
