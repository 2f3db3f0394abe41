/**
 * The words and small helpers the directive reader and the subject finder share: the cue verbs,
 * "phối hợp", the preamble's grounds, and where the names that open a text end.
 */
import { foldVietnamese } from '@dondoc/domain';
import type { Token } from './tokens';
import type { Mention } from './units';
import words from '../data/directive-words.json';
import { anyOf } from './phrases';

/** The verbs that give a unit its work: "giao", "đề nghị", "yêu cầu" ... (a data list). */
export const CUES = anyOf(words.directionCues.phrases);

/** A cue that opens a paragraph or a clause: "Giao Phòng Nội vụ ...", "Đồng thời, đề nghị ...". */
export const CUE = new RegExp(`^(?:đồng\\s+thời\\s*,?\\s+)?(?:${CUES})(?:\\s+cho)?(?:\\s*:)?\\s+`, 'iu');

/** "phối hợp với ...": the partners a lead unit works with follow. */
export const COORDINATION = /(?<!\p{L})(?:phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?|sự\s+phối\s+hợp\s+của)\s+/giu;

/** A line with a word in it (two letters at least). */
export const TWO_LETTERS = /\p{L}\p{L}/u;

/** How far past a unit's name the parser looks to tell what follows it: a bounded look keeps long paragraphs linear. */
export const AHEAD = 200;

/** The preamble's legal grounds and requests: never tasks, whatever units they name. */
export const PREAMBLE = /^(?:Căn\s+cứ|(?:Xét|Theo)\s+(?:đề\s+nghị|tờ\s+trình))(?!\p{L})/iu;

/** Where the names read end when they open the tokens (the text starts with them), or null. */
export function namesEnd(mentions: Mention[], tokens: Token[]): number | null {
  const first = mentions[0];
  const last = mentions[mentions.length - 1];
  return first && last && first.start === tokens[0]?.start ? last.end : null;
}

const foldedWords = new Map<string, string>();

/** A word folded, remembered: a paragraph's clauses open with the same few words again and again. */
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldVietnamese(word);
    if (foldedWords.size > 10_000) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}
