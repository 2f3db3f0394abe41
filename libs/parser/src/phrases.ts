/** Regular expressions built from the word lists in `data/`. */

/**
 * A regex alternation of phrases, longest first so that a longer phrase wins over its start
 * ("giao nhiệm vụ" over "giao"); the spaces inside a phrase match any run of spaces unless
 * `anySpaces` is false.
 */
export function anyOf(phrases: readonly string[], anySpaces = true): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .map((p) => (anySpaces ? p.replace(/ /g, '\\s+') : p))
    .join('|');
}

/** A phrase whose first letter may be written in either case: "[Gg]iao" (for a regex without the i flag). */
export function eitherCase(phrase: string): string {
  const first = phrase.charAt(0);
  return first.toUpperCase() === first.toLowerCase() ? phrase : `[${first.toUpperCase()}${first.toLowerCase()}]${phrase.slice(1)}`;
}
