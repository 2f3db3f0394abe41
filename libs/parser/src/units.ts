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
function isPlaceItem(tokens: Token[], k: number, n: number): boolean {
  const kindsOf = GROUP_ITEMS[tokens.slice(k, k + n).map((t) => t.folded).join(' ')];
  return Array.isArray(kindsOf) && kindsOf.length > 0 && kindsOf.every((kind) => kind === 'commune' || kind === 'other');
}

/** Whether a unit's name may open here by its head word alone ("Phòng", "Trung tâm", not "Thanh Thùy"). */
function opensName(tokens: Token[], k: number): boolean {
  const head = tokens[k]?.folded ?? '';
  if (!HEADS.has(head)) return false;
  const seconds = TWO_WORD_HEADS[head];
  return !seconds || seconds.includes(tokens[k + 1]?.folded ?? '');
}

/** Whether a group's next item names bodies of none of the kinds the group has named so far. */
function otherKinds(kinds: Set<UnitKind>, tokens: Token[], k: number, n: number): boolean {
  const next = GROUP_ITEMS[tokens.slice(k, k + n).map((t) => t.folded).join(' ')];
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

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = ` ${s} `;
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0;
  let total = 0;
  for (const [g, n] of a) {
    inter += Math.min(n, b.get(g) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
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
    for (const u of units) {
      const last = nameTokens(u.name).at(-1);
      if (last && LEVEL_CANDIDATES.includes(last)) observed.add(last);
    }
    this.levels = observed.size > 0 ? observed : new Set(LEVEL_CANDIDATES);
    for (const u of units) {
      this.byId.set(u.id, u);
      for (const source of [u.name, ...u.aliases]) {
        const toks = nameTokens(source);
        if (toks.length > 0) this.keys.push({ unit: u, grams: bigrams(toks.join(' ')) });
      }
      this.addNames(u.id, u.name, u.aliases);
    }
    // The standard names lie under the office's own: they cut a name right but resolve to nothing.
    if (standardNames) for (const s of STANDARD_NAMES) this.addNames(null, s.name, [...s.aliases, ...s.abbreviations]);
  }

  private addNames(unitId: string | null, name: string, aliases: string[]): void {
    const first = nameTokens(name)[0];
    const kindWord = first && KIND_WORDS.has(first) ? first : null;
    for (const source of [name, ...aliases]) {
      const toks = nameTokens(source);
      if (toks.length === 0) continue;
      this.addVariant(toks, unitId, true, kindWord);
      // toks has words, and core keeps at least two of them.
      let core = toks;
      if (KIND_WORDS.has(core[0]!) && core.length >= 2) {
        core = core.slice(1);
        this.addVariant(core, unitId, false, kindWord);
      }
      // "Thanh tra huyện" is also written "Thanh tra"; "UBND huyện" is never just "UBND".
      if (this.levels.has(core[core.length - 1]!) && core.length >= 3) this.addVariant(core.slice(0, -1), unitId, false, kindWord);
      if (toks.length >= 2 && toks.every((t) => t.length <= 4) && source.length <= 12) this.addVariant([toks.join('')], unitId, false, kindWord);
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
  broadGroup(tokens: Token[], i: number): Mention | null {
    let j = i;
    const all = this.seq(tokens, j, ['tat', 'ca']) || this.seq(tokens, j, ['toan', 'the']);
    if (all) j += 2;
    if (tokens[j]?.folded === 'cac') j++;
    const itemAt = (k: number) => GROUP_PHRASES.find((phrase) => this.seq(tokens, k, phrase));
    // "các" must open a kind a group lists; "tất cả" may open any ("tất cả các trụ sở cơ quan").
    if (j === i || (!all && !itemAt(j))) return null;
    let joins = 0;
    let items = 0;
    for (let n = 0; j < tokens.length && n < 80; j++, n++) {
      const token = tokens[j]!;
      if (token.punct && token.folded !== ',' && token.folded !== '-') return null;
      // An item a group may list is read whole: "cơ sở sản xuất" holds a word that is also a verb once folded.
      const phrase = itemAt(j);
      if (phrase) {
        items++;
        j += phrase.length - 1;
        n += phrase.length - 1;
      } else if (token.folded === ',' || token.conj) joins++;
      else if (isStop(tokens, j) && !this.inNamePhrase(tokens, j)) break;
    }
    // Without "tất cả" a group needs a list to be broad; with it one kind is enough ("tất cả các hộ gia đình ...").
    if ((joins === 0 && !all) || items === 0 || j >= tokens.length || j - i >= 80) return null;
    // An item was read, so j is past i and inside the tokens.
    const last = tokens[j - 1]!;
    if (last.punct) return null;
    return { start: tokens[i]!.start, end: last.end, unitIds: [], group: true, vague: true, known: false, standard: false };
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
    for (const k of this.keys) {
      const score = dice(grams, k.grams);
      if (score > (best.get(k.unit.id) ?? 0)) best.set(k.unit.id, score);
    }
    return [...best]
      .filter(([, score]) => score >= 0.25)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([unitId]) => ({ unitId, name: this.byId.get(unitId)!.name }));
  }

  private boundary(tokens: Token[], j: number): boolean {
    const t = tokens[j];
    return !t || t.punct || t.conj || !t.upper || this.levels.has(t.folded);
  }

  private matchKnown(tokens: Token[], i: number): { end: number; unitIds: string[]; standard: boolean } | null {
    const first = tokens[i];
    if (!first) return null;
    let best = this.matchFrom(tokens, i, 1);
    // "phòng GD&ĐT": the kind word before an abbreviation that does not carry it.
    if (KIND_WORDS.has(first.folded) && tokens[i + 1]) {
      // "Sở Tài nguyên và Môi trường" is not "Phòng Tài nguyên và Môi trường".
      const core = this.matchFrom(tokens, i + 1, 0, first.folded);
      if (core && (!best || core.end > best.end || (core.end === best.end && best.standard && !core.standard))) best = core;
    }
    return best;
  }

  private matchFrom(tokens: Token[], i: number, bonus: number, kindWord?: string): { end: number; unitIds: string[]; standard: boolean } | null {
    const first = tokens[i];
    if (!first) return null;
    const all = this.byFirst.get(first.folded);
    const candidates = kindWord ? all?.filter((v) => v.kindWord === kindWord) : all;
    if (!candidates) return null;
    let bestLen = 0;
    let bestScore = -1;
    let best: Variant | null = null;
    for (const v of candidates) {
      let at = i;
      let matched = 0;
      while (matched < v.tokens.length && at < tokens.length) {
        const token = tokens[at]!;
        // "và", "&" and the comma of "Sở Văn hóa, Thể thao và Du lịch" are not in the match keys.
        if ((token.conj || token.folded === ',') && at > i) {
          at++;
          continue;
        }
        if (token.folded !== v.tokens[matched]) break;
        at++;
        matched++;
      }
      if (matched < v.tokens.length || !this.boundary(tokens, at)) continue;
      // A standard name's bare core ("Xây dựng" of "Sở Xây dựng") reads as a unit only after its
      // kind word or as an abbreviation: alone it is as likely the verb that opens a task.
      if (v.unitId === null && !v.full && !kindWord && !first.caps) continue;
      // A one-word standard name ("Báo", "Thuế") is a unit only when written as an abbreviation.
      if (v.unitId === null && v.tokens.length === 1 && !first.caps) continue;
      // The office's own unit wins over a standard name of the same length.
      const score = v.tokens.length * 2 + (v.full ? bonus : 0) + (v.unitId !== null ? 0.5 : 0);
      if (at > bestLen || (at === bestLen && score > bestScore)) {
        bestLen = at;
        bestScore = score;
        best = v;
      }
    }
    if (!best) return null;
    return { end: bestLen, unitIds: best.unitId === null ? [] : [best.unitId], standard: best.unitId === null };
  }

  private seq(tokens: Token[], j: number, words: string[]): boolean {
    for (let k = 0; k < words.length; k++) if (tokens[j + k]?.folded !== words[k]) return false;
    return true;
  }

  /** Skips ", " and "và" between list items when another item of the accepted words follows. */
  private matchGroup(tokens: Token[], i: number): { end: number; kinds: Set<UnitKind>; vague: boolean } | null {
    let j = i;
    let prefix: string[] | null = null;
    for (const p of GROUP_TITLES) {
      if (this.seq(tokens, j, p)) {
        prefix = p;
        j += p.length;
        break;
      }
    }
    // "Quý cơ quan", "Quý đơn vị": the addressees of a dispatch.
    if (!prefix && tokens[j]?.folded === 'quy' && (this.seq(tokens, j + 1, ['co', 'quan']) || this.seq(tokens, j + 1, ['don', 'vi']))) {
      return { end: j + 3, kinds: new Set<UnitKind>(), vague: true };
    }
    // "lực lượng chức năng": a collective noun is a group without "các" (or with it).
    if (!prefix) {
      const at = tokens[j]?.folded === 'cac' ? j + 1 : j;
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
    if (this.seq(tokens, j, ['tat', 'ca', 'cac'])) {
      j += 3;
      plural = true;
      everyone = true;
    } else if (this.seq(tokens, j, ['toan', 'the'])) {
      // "toàn thể Nhân dân", "toàn thể cán bộ": all of them, as "các" says.
      j += 2;
      plural = true;
      everyone = true;
    } else if (tokens[j]?.folded === 'cac' || (!prefix && COUNT_WORDS.has(tokens[j]?.folded ?? '') && !tokens[j]?.upper)) {
      // "các huyện", or "hai huyện": a number counts the bodies as "các" does.
      j++;
      plural = true;
    }
    const kinds = new Set<UnitKind>();
    let vague = false;
    let schoolNoun = false;
    const item = (k: number): number => {
      if (!tokens[k]) return 0;
      // The longest phrase that fits; bodies no unit list holds ("các cơ quan, doanh nghiệp, bệnh viện") make a group all the same.
      for (const phrase of GROUP_PHRASES) if (this.seq(tokens, k, phrase)) return phrase.length;
      return 0;
    };
    const apply = (k: number, n: number): void => {
      const kindsOf = GROUP_ITEMS[tokens.slice(k, k + n).map((t) => t.folded).join(' ')];
      if (kindsOf === 'school') schoolNoun = true;
      else if (kindsOf) for (const kind of kindsOf) kinds.add(kind);
    };
    const first = item(j);
    if (first === 0) return null;
    // Without "các" a list of kinds still reads as a group ("UBND xã, thị trấn", "Sở, ban, ngành"):
    // a kind word followed by a comma or "và" and another kind; "Phòng X" is one unit.
    // item(j) found a phrase, so there is a token at j.
    const firstWord = tokens[j]!.folded;
    if (!plural) {
      const joined = tokens[j + first]?.folded === ',' || tokens[j + first]?.conj;
      if (!joined) return null;
      const ubndOfCommunes = prefix !== null && prefix.includes('ubnd') && (firstWord === 'xa' || firstWord === 'phuong');
      if (!ubndOfCommunes && (prefix !== null || item(j + first + 1) === 0)) return null;
    }
    if (firstWord === 'thpt') return null;
    apply(j, first);
    let lastItemPlace = isPlaceItem(tokens, j, first);
    j += first;
    // "các phòng GD&ĐT": a kind of unit narrowed by an abbreviation of its field.
    const beforeField = j;
    for (let n = 0; n < 3 && tokens[j]?.caps && !tokens[j]?.punct; n++) j++;
    // Such a group names those bodies alone: "các phòng GD&ĐT, các đơn vị trực thuộc" are two groups.
    const narrowed = j > beforeField;
    let schoolKinds = 0;
    for (;;) {
      if (tokens[j]?.folded === 'hoc' && schoolNoun) {
        j++;
        continue;
      }
      let next = j;
      while (tokens[next]?.folded === ',' || tokens[next]?.conj) next++;
      // "các cơ quan, đơn vị, các ngành có liên quan": a list may say "các" again; but "các xã, các
      // phòng, ban" says it before another kind of body, which is a group of its own.
      if (next > j && tokens[next]?.folded === 'cac' && item(next + 1) > 0) {
        if (!everyone && (narrowed || otherKinds(kinds, tokens, next + 1, item(next + 1)))) break;
        next++;
      }
      const n = item(next);
      // A phrase was read at next when n > 0, so the token is there.
      const token = tokens[next];
      if (n === 0 || !token || (token.upper && !['thcs', 'mn', 'th'].includes(token.folded) && next > j)) break;
      if (this.seq(tokens, next, ['trung', 'hoc']) && tokens[next + 2]?.folded === 'pho') break;
      if (['mam', 'tieu', 'trung', 'thcs', 'mn', 'th'].includes(token.folded)) schoolKinds++;
      apply(next, n);
      lastItemPlace = isPlaceItem(tokens, next, n);
      j = next + n;
    }
    // "UBND các xã Tam Hưng, Thanh Thùy và Bích Hòa", "các xã, phường Phổ Phong và Phổ Ninh": the
    // places' own names narrow the group to them.
    if (lastItemPlace) j = this.placeNames(tokens, j);
    if (schoolNoun) {
      // "các trường" alone means every school; "các trường mầm non, tiểu học" only those kinds.
      const named = new Set<UnitKind>();
      for (let k = i; k < j; k++) {
        // The group was read over tokens i to j.
        const word = tokens[k]!.folded;
        if (word === 'mam' || word === 'mn') named.add('preschool');
        if (word === 'tieu' || word === 'th') named.add('primary_school');
        if (word === 'thcs' || (word === 'trung' && tokens[k + 1]?.folded === 'hoc')) named.add('lower_secondary_school');
      }
      for (const k of named.size > 0 ? named : SCHOOL_KINDS) kinds.add(k);
    } else if (schoolKinds > 0) {
      // "các xã, mầm non" is no group of schools: school kinds need a school noun.
      for (const k of SCHOOL_KINDS) kinds.delete(k);
    }
    // "các phòng chuyên môn", "các cơ quan chức năng": what the bodies of the group do.
    if (this.seq(tokens, j, ['chuyen', 'mon']) || this.seq(tokens, j, ['chuc', 'nang'])) j += 2;
    if (this.seq(tokens, j, ['co', 'lien', 'quan'])) {
      j += 3;
      vague = true;
    } else if (this.seq(tokens, j, ['lien', 'quan'])) {
      j += 2;
      vague = true;
    }
    // A list of bodies of no kind the office keeps ("các doanh nghiệp, bệnh viện") names no one in particular.
    if (kinds.size === 0) vague = true;
    return { end: j, kinds, vague };
  }

  /**
   * Where a list of places' proper names after a group of places ends ("Tam Hưng, Thanh Thùy và Bích
   * Hòa"): each name is capitalised words, the list is joined by commas and "và", and it stops before
   * a lower-case word or a word that opens a unit's name ("..., Phòng Nội vụ").
   */
  private placeNames(tokens: Token[], j: number): number {
    let end = j;
    let k = j;
    for (;;) {
      const nameStart = k;
      while (tokens[k]?.upper && !tokens[k]?.punct && !(k === nameStart && opensName(tokens, k))) k++;
      if (k === nameStart) return end;
      end = k;
      if (tokens[k]?.folded !== ',' && !tokens[k]?.conj) return end;
      k++;
    }
  }

  /** "và" inside a name: "Văn phòng HĐND và UBND", "... Thương binh và Xã hội". */
  private joinsName(tokens: Token[], j: number): boolean {
    const before = tokens[j - 1]?.folded;
    const after = tokens[j + 1]?.folded;
    if (before === 'hdnd' && after === 'ubnd') return true;
    return after !== undefined && NOT_HEADS.has(`${after} ${tokens[j + 2]?.folded ?? ''}`);
  }

  private matchUnknown(tokens: Token[], i: number): number {
    const t = tokens[i];
    if (!t || t.punct || t.conj || !HEADS.has(t.folded)) return 0;
    if (!t.upper && !LOWER_HEADS.has(t.folded)) return 0;
    if (NOT_HEADS.has(`${t.folded} ${tokens[i + 1]?.folded ?? ''}`)) return 0;
    // "Hợp tác xã" is a body; "Hợp tác và thu hút đầu tư" a heading.
    if (t.folded === 'hop' && tokens[i + 2]?.folded !== 'xa') return 0;
    const second = TWO_WORD_HEADS[t.folded];
    if (second && !second.includes(tokens[i + 1]?.folded ?? '') && !['doan'].includes(t.folded)) return 0;
    if (t.folded === 'cac' || t.folded === 'tat' || t.folded === 'toan') return 0;
    let j = i + (second && second.includes(tokens[i + 1]?.folded ?? '') ? 2 : 1);
    // A head word must be followed by a name, a capitalised word or an abbreviation.
    const named = tokens[j];
    // "Thanh tra", "Công an": a head that is a whole name when a level word or punctuation follows.
    if (SELF_NAMED.has(`${t.folded} ${tokens[i + 1]?.folded ?? ''}`) && (!named || named.punct || QUALIFIER_LEVELS.has(named.folded))) return 2;
    if (!named || named.punct || (!named.upper && isStop(tokens, j) && !this.inNamePhrase(tokens, j))) return 0;
    while (j < tokens.length && j - i < 16) {
      const token = tokens[j]!;
      // "Ban Chỉ đạo phòng, chống thiên tai": the comma of "phòng, chống" is inside the name.
      if (token.folded === ',' && tokens[j - 1]?.folded === 'phong' && tokens[j + 1]?.folded === 'chong') {
        j++;
        continue;
      }
      if (token.punct) break;
      if (token.conj) {
        if (!this.joinsName(tokens, j) && this.startsMention(tokens, j + 1)) break;
        j++;
        continue;
      }
      if (isStop(tokens, j) && !this.inNamePhrase(tokens, j)) break;
      // A level word ends the name: "Trung tâm Y tế huyện trực ..." (a place may follow it).
      if (!token.upper && QUALIFIER_LEVELS.has(token.folded) && j > i + 1 && !NOT_HEADS.has(`${token.folded} ${tokens[j + 1]?.folded ?? ''}`)) break;
      j++;
    }
    return j - i;
  }

  /**
   * "Ban Quản lý Dự án đầu tư khu vực huyện phối hợp ...": a known name ("Ban Quản lý dự án") that
   * the text goes on with, in a few lower-case words that are no verb, up to a level word, is the
   * longer name; the task does not start inside it.
   */
  private longerName(tokens: Token[], j: number, knownEnd: number, allowUnknown: boolean): number {
    if (!allowUnknown) return knownEnd;
    const end = j + this.matchUnknown(tokens, j);
    const after = tokens[end];
    if (end <= knownEnd || end - knownEnd > 5 || !after || !QUALIFIER_LEVELS.has(after.folded)) return knownEnd;
    if (tokens.slice(knownEnd, end).some((token) => token.upper || token.punct || token.conj)) return knownEnd;
    return end;
  }

  /** A verb-like word that belongs to a name: "đầu tư xây dựng". */
  private inNamePhrase(tokens: Token[], j: number): boolean {
    const token = tokens[j];
    if (!token) return false;
    return NAME_PHRASES.some((phrase) => {
      const at = phrase.indexOf(token.folded);
      return at > 0 && phrase.every((w, k) => tokens[j - at + k]?.folded === w);
    });
  }

  private startsMention(tokens: Token[], j: number): boolean {
    const t = tokens[j];
    if (!t || t.punct) return false;
    return this.matchKnown(tokens, j) !== null || this.matchGroup(tokens, j) !== null || (HEADS.has(t.folded) && (t.upper || LOWER_HEADS.has(t.folded)) && this.matchUnknown(tokens, j) > 0);
  }

  /** Skips what may follow a unit's name: "huyện An Dương", "trên địa bàn huyện", "(cơ quan thường trực)". */
  private skipQualifiers(tokens: Token[], j: number): number {
    for (;;) {
      const t = tokens[j];
      if (!t) return j;
      const level =
        this.levels.has(t.folded) || QUALIFIER_LEVELS.has(t.folded)
          ? 1
          : this.seq(tokens, j, ['thanh', 'pho']) || this.seq(tokens, j, ['thi', 'xa']) || this.seq(tokens, j, ['thi', 'tran']) || this.seq(tokens, j, ['khu', 'vuc'])
            ? 2
            : 0;
      // "Công an Thành phố", "Trung tâm Chuyển đổi số Thành phố": the city written with a capital is still its level.
      const city = level === 2 && t.folded === 'thanh' && tokens[j + 1]?.folded === 'pho';
      if (level > 0 && (!t.upper || city) && !NOT_HEADS.has(`${t.folded} ${tokens[j + 1]?.folded ?? ''}`)) {
        j += level;
        let n = 0;
        while (tokens[j]?.upper && !tokens[j]?.punct && n < 4) {
          j++;
          n++;
        }
        // "huyện Đăk Tô, Ngọc Hồi và xã Kon Đào, Pờ Y": a level may name several places, and another
        // level may follow; a word that opens a unit's name ends them ("huyện A, Phòng Nội vụ").
        if (n > 0) {
          const joined = (k: number) => tokens[k]?.folded === ',' || tokens[k]?.conj === true;
          const more = tokens[j + 1];
          if (joined(j) && more?.upper && !more.punct && !opensName(tokens, j + 1)) j = this.placeNames(tokens, j + 1);
          const level = tokens[j + 1];
          if (joined(j) && level && !level.upper && (this.levels.has(level.folded) || QUALIFIER_LEVELS.has(level.folded))) j++;
        }
        continue;
      }
      if (this.seq(tokens, j, ['tren', 'dia', 'ban'])) {
        j += 3;
        continue;
      }
      // "các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng": the places a group runs over.
      if (t.folded === 'tu' && tokens[j + 1]?.upper && !tokens[j + 1]?.punct) {
        let k = j + 1;
        while (k < j + 5 && tokens[k]?.upper && !tokens[k]?.punct) k++;
        if (tokens[k]?.folded === 'den' && tokens[k + 1]?.upper && !tokens[k + 1]?.punct) {
          k++;
          const stop = k + 4;
          while (k < stop && tokens[k]?.upper && !tokens[k]?.punct) k++;
          j = k;
          continue;
        }
      }
      // "các phòng chuyên môn của phường", "các cơ quan, ban, ngành của thị xã": whose they are.
      if (t.folded === 'cua' && (QUALIFIER_LEVELS.has(tokens[j + 1]?.folded ?? '') || this.seq(tokens, j + 1, ['thi', 'xa']) || this.seq(tokens, j + 1, ['thanh', 'pho']))) {
        j += 1;
        continue;
      }
      const under = this.seq(tokens, j, ['truc', 'thuoc']) ? 2 : t.folded === 'thuoc' ? 1 : 0;
      if (under > 0) {
        // "trực thuộc Sở", "thuộc UBND huyện": whose unit it is, not a new name.
        let k = j + under;
        let n = 0;
        for (let owner = tokens[k]; owner && !owner.punct && n < 4 && (OWNER_WORDS.has(owner.folded) || owner.upper); owner = tokens[k]) {
          k++;
          n++;
        }
        // "các đơn vị trực thuộc": under this office, with no owner named.
        if (n > 0 || under === 2) {
          j = k;
          continue;
        }
      }
      if (t.folded === '(') {
        let k = j + 1;
        while (k < tokens.length && k - j < 15 && tokens[k]?.folded !== ')') k++;
        if (tokens[k]?.folded === ')') {
          j = k + 1;
          continue;
        }
      }
      return j;
    }
  }

  /** "Giám đốc Sở Tư pháp", "Chủ tịch UBND huyện": the title of one unit's head before its name, read with it. */
  private titledUnit(tokens: Token[], j: number, allowUnknown: boolean): Mention | null {
    const title = PERSON_TITLES.find((p) => this.seq(tokens, j, p));
    if (!title) return null;
    const nameAt = j + title.length;
    const nameToken = tokens[nameAt];
    if (!nameToken || nameToken.punct) return null;
    const known = this.matchKnown(tokens, nameAt);
    const end = known ? known.end : allowUnknown ? nameAt + this.matchUnknown(tokens, nameAt) : nameAt;
    if (end === nameAt) return null;
    const last = this.skipQualifiers(tokens, end);
    // The title matched at j and the name runs past it, so both tokens are there.
    return { start: tokens[j]!.start, end: tokens[last - 1]!.end, unitIds: known?.unitIds ?? [], group: false, vague: false, known: known !== null && !known.standard, standard: known?.standard ?? false };
  }

  /**
   * Reads the units named at token i: one, or a list ("phòng Nội vụ, phòng Tài chính - Kế hoạch"),
   * or a group ("các trường mầm non, tiểu học, THCS"). Stops where the name ends.
   */
  parseUnits(tokens: Token[], i: number, allowUnknown = true, acrossSemicolons = true): Mention[] {
    const mentions: Mention[] = [];
    const joinsList = (token: Token | undefined) => token !== undefined && (token.folded === ',' || (acrossSemicolons && token.folded === ';') || token.conj);
    // Each name read below ends past the token it starts at, so tokens[end - 1] is there.
    let j = i;
    for (;;) {
      const t = tokens[j];
      if (!t || t.punct) break;
      let mention: Mention | null = null;
      // "các thành viên Ban Chỉ đạo ...": the members of a body, a group the office cannot list.
      if (this.seq(tokens, j, ['cac', 'thanh', 'vien']) && tokens[j + 3]) {
        const body = this.matchKnown(tokens, j + 3)?.end ?? (allowUnknown ? j + 3 + this.matchUnknown(tokens, j + 3) : j + 3);
        if (body > j + 3) {
          const end = this.skipQualifiers(tokens, body);
          mentions.push({ start: t.start, end: tokens[end - 1]!.end, unitIds: [], group: true, vague: true, known: false, standard: false });
          j = end;
          let k = j;
          while (joinsList(tokens[k])) k++;
          if (k === j || !this.startsMention(tokens, k)) break;
          j = k;
          continue;
        }
      }
      const group = this.matchGroup(tokens, j);
      const known = this.matchKnown(tokens, j);
      if (group && (!known || group.end >= known.end)) {
        const end = this.skipQualifiers(tokens, group.end);
        mention = {
          start: t.start,
          end: tokens[end - 1]!.end,
          unitIds: group.vague ? [] : this.unitsOfKinds(group.kinds),
          group: true,
          vague: group.vague,
          known: !group.vague,
          standard: false,
        };
        j = end;
      } else if (known) {
        const end = this.skipQualifiers(tokens, this.longerName(tokens, j, known.end, allowUnknown));
        mention = { start: t.start, end: tokens[end - 1]!.end, unitIds: known.unitIds, group: false, vague: false, known: !known.standard, standard: known.standard };
        j = end;
      } else if (allowUnknown) {
        const n = this.matchUnknown(tokens, j);
        if (n > 0) {
          const end = this.skipQualifiers(tokens, j + n);
          mention = { start: t.start, end: tokens[end - 1]!.end, unitIds: [], group: false, vague: false, known: false, standard: false };
          j = end;
        }
      }
      if (!mention) mention = this.titledUnit(tokens, j, allowUnknown);
      if (!mention) break;
      // "Sở Tài chính (cơ quan chủ trì)": the bracket says the unit's role, it is no part of its name.
      if (tokens[j - 1]?.folded === ')') {
        let open = j - 1;
        while (open > 0 && tokens[open]?.folded !== '(') open--;
        const beforeBracket = open > 0 ? tokens[open - 1] : undefined;
        if (beforeBracket && beforeBracket.end > mention.start) mention.end = beforeBracket.end;
      }
      mentions.push(mention);
      let k = j;
      // A list of units may run on past a semicolon ("yêu cầu Sở A; Thủ trưởng các sở ..."); where the
      // caller reads clauses, a semicolon ends the list instead ("...; Phòng Y tế rà soát ...").
      while (joinsList(tokens[k])) k++;
      if (k === j || !this.startsMention(tokens, k)) break;
      if (!allowUnknown && this.matchKnown(tokens, k) === null && this.matchGroup(tokens, k) === null) break;
      j = k;
    }
    return mentions;
  }
}
