import type { SourceRange } from './types';

/**
 * The input made uniform for analysis (NFC, no Markdown emphasis, no invisible characters, one
 * kind of line break), with a map back to the original offsets so every range points into what
 * the user pasted.
 */
export class SourceText {
  constructor(
    readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly originalLength: number,
  ) {}

  /** The original range of clean characters [a, b). */
  range(a: number, b: number): SourceRange {
    if (b <= a) {
      const at = a < this.text.length ? this.starts[a] : this.originalLength;
      return { start: at, end: at };
    }
    return { start: this.starts[a], end: this.ends[b - 1] };
  }
}

const DROPPED = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const AS_SPACE = /[\t\u00a0\u2007\u202f\u3000]/;
const AS_NEWLINE = /[\f\v\u2028\u2029\u0085]/;

export function buildSource(original: string): SourceText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (ch: string, s: number, e: number) => {
    out.push(ch);
    starts.push(s);
    ends.push(e);
  };
  let lineStart = true;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < original.length) {
      push(ch, i, i + 2);
      push(original[i + 1], i, i + 2);
      i++;
      lineStart = false;
      continue;
    }
    if (ch === '\r') {
      if (original[i + 1] !== '\n') push('\n', i, i + 1);
      lineStart = true;
      continue;
    }
    if (ch === '\n' || AS_NEWLINE.test(ch)) {
      push('\n', i, i + 1);
      lineStart = true;
      continue;
    }
    if (DROPPED.test(ch)) continue;
    if ((ch === '*' || ch === '_') && original[i + 1] === ch) {
      i++;
      continue;
    }
    if (ch === '*') {
      // A star opening a line and followed by a space is a bullet; elsewhere it is emphasis.
      if (!(lineStart && /\s/.test(original[i + 1] ?? ''))) continue;
    }
    if (AS_SPACE.test(ch)) {
      push(' ', i, i + 1);
      continue;
    }
    if (ch !== ' ') lineStart = false;
    push(ch, i, i + 1);
  }
  let text = out.join('');
  let s = Int32Array.from(starts);
  let e = Int32Array.from(ends);
  if (text.normalize('NFC') !== text) {
    // Compose each base character with its combining marks, keeping the cluster's span.
    const parts: string[] = [];
    const ns: number[] = [];
    const ne: number[] = [];
    let i = 0;
    while (i < out.length) {
      let j = i + 1;
      while (j < out.length && /^\p{M}$/u.test(out[j])) j++;
      const composed = out.slice(i, j).join('').normalize('NFC');
      for (const c of composed) {
        parts.push(c);
        for (let k = 0; k < c.length; k++) {
          ns.push(s[i]);
          ne.push(e[j - 1]);
        }
      }
      i = j;
    }
    text = parts.join('');
    s = Int32Array.from(ns);
    e = Int32Array.from(ne);
  }
  return new SourceText(text, s, e, original.length);
}
