import { foldWithMap } from './fold';

export interface Token {
  /** Folded form: lower case, no diacritics. */
  f: string;
  /** Offsets in the tokenised text, end exclusive. */
  start: number;
  end: number;
  /** The original word starts with a capital letter. */
  upper: boolean;
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

const WORD = /[a-z0-9%]+|[,;:.()/]/g;

/** Tokens of text[from, to), offsets relative to the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const { text: folded, map } = foldWithMap(slice);
  const raw: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const start = map[m.index];
    const end = map[m.index + m[0].length - 1] + 1;
    const f = m[0];
    const punct = /^[,;:.()/]$/.test(f);
    raw.push({
      f,
      start: from + start,
      end: from + end,
      upper: /\p{Lu}/u.test(slice[start] ?? ''),
      punct,
      conj: f === 'va',
    });
  }
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    let merged = false;
    for (const [seq, into] of MERGES) {
      if (seq.every((w, k) => raw[i + k]?.f === w)) {
        const last = raw[i + seq.length - 1];
        out.push({ ...raw[i], f: into, end: last.end });
        i += seq.length - 1;
        merged = true;
        break;
      }
    }
    if (!merged) out.push(raw[i]);
  }
  return out;
}

/** Folded words of a name, without "và"/"&" and punctuation, for building match keys. */
export function nameTokens(name: string): string[] {
  return tokenize(name.normalize('NFC'))
    .filter((t) => !t.punct && !t.conj)
    .map((t) => t.f);
}
