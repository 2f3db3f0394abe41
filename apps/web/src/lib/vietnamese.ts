import { foldVietnamese } from '../../../../libs/domain/src/text';

// One folding rule for the server's search and the browser's pickers.
export { foldVietnamese };

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
