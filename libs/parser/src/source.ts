import { decodeHTML } from 'entities';
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

  /** The original range of clean characters [start, end). */
  range(start: number, end: number): SourceRange {
    // Callers pass offsets into the clean text, which has a start and an end for each character.
    if (end <= start) {
      const at = start < this.text.length ? this.starts[start]! : this.originalLength;
      return { start: at, end: at };
    }
    return { start: this.starts[start]!, end: this.ends[end - 1]! };
  }
}

const DROPPED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]);
// Tabs stay: they separate the cells of a table pasted from Word.
const AS_SPACE = new Set([0xa0, 0x2007, 0x202f, 0x3000]);
const AS_NEWLINE = new Set([0x0c, 0x0b, 0x2028, 0x2029, 0x85]);

function isPlain(code: number): boolean {
  if (code < 0x80) return code !== 0x0d && code !== 0x2a && code !== 0x5f && code !== 0x0b && code !== 0x0c && code !== 0x26 && code !== 0x3c;
  return !DROPPED.has(code) && !AS_SPACE.has(code) && !AS_NEWLINE.has(code) && (code < 0xd800 || code > 0xdbff);
}

/** "&oacute;", "&#7897;", "&nbsp;": what a web page's source or a rich-text paste leaves in the text. */
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;
/** An HTML tag; a block's edge is a line break, a table cell's a tab, anything else nothing. */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]{0,500})?\/?>/y;
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'section', 'article', 'blockquote', 'hr']);
const CELL_TAGS = new Set(['td', 'th']);

const UTF16 = new TextDecoder('utf-16le');

export function buildSource(original: string): SourceText {
  const originalLength = original.length;
  const starts = new Int32Array(originalLength);
  const ends = new Int32Array(originalLength);
  // The cleaned text is never longer than the original (an entity or a tag is longer than what it
  // stands for), so it is written into one buffer: a string per character kept pasted pages with
  // thousands of entities busy collecting garbage.
  const codes = new Uint16Array(originalLength);
  let cleanLength = 0;
  const push = (char: string, start: number, end: number) => {
    codes[cleanLength] = char.charCodeAt(0);
    starts[cleanLength] = start;
    ends[cleanLength] = end;
    cleanLength++;
  };
  let run = 0;
  const flush = (to: number) => {
    for (let position = run; position < to; position++) {
      codes[cleanLength] = original.charCodeAt(position);
      starts[cleanLength] = position;
      ends[cleanLength] = position + 1;
      cleanLength++;
    }
  };
  const atLineStart = (position: number) => {
    let before = position - 1;
    while (before >= 0 && (original[before] === ' ' || original[before] === '\t')) before--;
    return before < 0 || original[before] === '\n' || original[before] === '\r';
  };
  let bold = false;
  for (let i = 0; i < originalLength; i++) {
    const code = original.charCodeAt(i);
    if (isPlain(code) && !(code === 10 && bold)) continue;
    flush(i);
    const char = original.charAt(i);
    if (code === 10) {
      // Inside "**...**" a line break is the page's wrapping ("**1. Sở\nTài chính**"); a blank line still ends it.
      const blankNext = /^[ \t]*(?:\r?\n|$)/.test(original.slice(i + 1, i + 40));
      push(blankNext ? '\n' : ' ', i, i + 1);
      if (blankNext) bold = false;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < originalLength) {
      push(char, i, i + 2);
      push(original.charAt(i + 1), i, i + 2);
      i++;
    } else if (char === '&' || char === '<') {
      const pattern = char === '&' ? ENTITY : TAG;
      pattern.lastIndex = i;
      const match = pattern.exec(original);
      if (!match) push(char, i, i + 1);
      else {
        const end = i + match[0].length;
        if (char === '&') {
          const decoded = decodeHTML(match[0]);
          for (let at = 0; at < decoded.length; at++) push(AS_SPACE.has(decoded.charCodeAt(at)) ? ' ' : decoded.charAt(at), i, end);
        } else {
          // The tag's name is the group every match of TAG has.
          const tag = match[1]!.toLowerCase();
          if (BLOCK_TAGS.has(tag)) push('\n', i, end);
          else if (CELL_TAGS.has(tag) && match[0][1] !== '/') push('\t', i, end);
        }
        i = end - 1;
      }
    } else if (char === '\r') {
      if (original[i + 1] !== '\n') push('\n', i, i + 1);
    } else if (AS_NEWLINE.has(code)) {
      push('\n', i, i + 1);
    } else if (DROPPED.has(code)) {
      // Invisible characters carry nothing a reader sees.
    } else if ((char === '*' || char === '_') && original[i + 1] === char) {
      if (char === '*') bold = !bold;
      i++;
    } else if (char === '*') {
      // A star opening a line and followed by a space is a bullet; elsewhere it is emphasis.
      if (atLineStart(i) && /\s/.test(original[i + 1] ?? '')) push(char, i, i + 1);
    } else if (AS_SPACE.has(code)) {
      push(' ', i, i + 1);
    } else {
      push(char, i, i + 1);
    }
    run = i + 1;
  }
  flush(originalLength);
  let text = UTF16.decode(codes.subarray(0, cleanLength));
  let startMap = starts.subarray(0, cleanLength);
  let endMap = ends.subarray(0, cleanLength);
  if (!/[\u0300-\u036f]/.test(text) || text.normalize('NFC') === text) return new SourceText(text, startMap, endMap, originalLength);
  // Compose each base character with its combining marks, keeping the cluster's span.
  const parts: string[] = [];
  const composedStarts: number[] = [];
  const composedEnds: number[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    let clusterEnd = cursor + 1;
    while (clusterEnd < text.length && /\p{M}/u.test(text.charAt(clusterEnd))) clusterEnd++;
    const composed = text.slice(cursor, clusterEnd).normalize('NFC');
    // Both maps have an entry for each character of the text, and cursor < clusterEnd <= its length.
    const clusterStart = startMap[cursor]!;
    const clusterLast = endMap[clusterEnd - 1]!;
    for (let at = 0; at < composed.length; at++) {
      parts.push(composed.charAt(at));
      composedStarts.push(clusterStart);
      composedEnds.push(clusterLast);
    }
    cursor = clusterEnd;
  }
  text = parts.join('');
  startMap = Int32Array.from(composedStarts);
  endMap = Int32Array.from(composedEnds);
  return new SourceText(text, startMap, endMap, originalLength);
}
