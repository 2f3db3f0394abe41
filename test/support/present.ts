/**
 * The value a test goes on with, which must be there (the first row, the one mail): a missing one
 * fails the test here, saying what was missing, rather than as a TypeError a few lines on.
 */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}, found none`);
  return value;
}
