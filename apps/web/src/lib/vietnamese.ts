/**
 * Folds Vietnamese text for matching: no tone or vowel marks, đ as d, lower case, `&` as `và`,
 * one space between words. Both sides of a comparison must be folded.
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/&/g, ' va ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** True when every word of `query` occurs in one of `texts`, ignoring marks and case. */
export function matchesUnaccented(query: string, ...texts: Array<string | null | undefined>): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts
    .filter((t): t is string => typeof t === 'string' && t.length > 0)
    .map(foldVietnamese)
    .join(' | ');
  return words.every((word) => haystack.includes(word));
}
