import { foldWithMap } from './fold';

export interface Token {
  /** Folded form: lower case, no diacritics. */
  folded: string;
  /** Offsets in the tokenised text, end exclusive. */
  start: number;
  end: number;
  /** The original word starts with a capital letter. */
  upper: boolean;
  /** The original word is written in capitals throughout, as abbreviations are ("VNPT", "SNV"). */
  caps: boolean;
  punct: boolean;
  /** "và" or "&", which names of units also contain. */
  conj: boolean;
}

/** Phrases that documents write both in full and abbreviated. */
const MERGES: [string[], string][] = [
  [['uy', 'ban', 'nhan', 'dan'], 'ubnd'],
  [['hoi', 'dong', 'nhan', 'dan'], 'hdnd'],
  [['trung', 'hoc', 'co', 'so'], 'thcs'],
  [['trung', 'hoc', 'pho', 'thong'], 'thpt'],
];

function isUpper(code: number, ch: string | undefined): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  return ch !== undefined && ch !== ch.toLowerCase();
}

const MERGE_FIRSTS = new Set(MERGES.map(([seq]) => seq[0]));

// A quotation mark ends a name: "yêu cầu Chủ tịch UBND phường “Thời gian ...”" quotes what is asked.
const WORD = /[a-z0-9%]+|[,;:.()/“”"«»]/g;
const PUNCT = new Set([',', ';', ':', '.', '(', ')', '/', '“', '”', '"', '«', '»']);

/** Tokens of text[from, to), offsets relative to the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const { text: foldedText, map } = foldWithMap(slice);
  const raw: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(foldedText); match; match = WORD.exec(foldedText)) {
    // The map has an entry for every folded character and one past the last.
    const start = map[match.index]!;
    const end = map[match.index + match[0].length - 1]! + 1;
    const form = match[0];
    const punct = form.length === 1 && PUNCT.has(form);
    const code = slice.charCodeAt(start);
    const upper = isUpper(code, slice[start]);
    // Only a word that opens with a capital or a digit ("5G") can be written in capitals throughout.
    const word = (upper || (code >= 48 && code <= 57)) && end - start >= 2 ? slice.slice(start, end) : '';
    // "GD&ĐT", "KH&CN": an ampersand between the letters of an abbreviation is part of it, not "và".
    const inAbbreviation = slice[start] === '&' && /\p{Lu}/u.test(slice[start - 1] ?? '') && /\p{Lu}/u.test(slice[end] ?? '');
    raw.push({
      folded: form,
      start: from + start,
      end: from + end,
      upper,
      caps: inAbbreviation || (word !== '' && word === word.toUpperCase() && word !== word.toLowerCase()),
      punct,
      conj: form === 'va' && !inAbbreviation,
    });
  }
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    if (!MERGE_FIRSTS.has(token.folded)) {
      out.push(token);
      continue;
    }
    let merged = false;
    for (const [seq, into] of MERGES) {
      if (seq.every((w, k) => raw[i + k]?.folded === w)) {
        // Every word of the phrase matched, so its last one is there.
        const last = raw[i + seq.length - 1]!;
        out.push({ ...token, folded: into, end: last.end });
        i += seq.length - 1;
        merged = true;
        break;
      }
    }
    if (!merged) out.push(token);
  }
  return out;
}

const nameCache = new Map<string, string[]>();

/** Folded words of a name, without "và"/"&" and punctuation, for building match keys. */
export function nameTokens(name: string): string[] {
  let words = nameCache.get(name);
  if (!words) {
    words = tokenize(name.normalize('NFC'))
      .filter((t) => !t.punct && !t.conj)
      .map((t) => t.folded);
    if (nameCache.size > 10_000) nameCache.clear();
    nameCache.set(name, words);
  }
  return words;
}
