import weak from '../data/weak-jwt-secrets.json';

/** HS256 signs with a 256-bit key; a shorter secret is easier to guess than the hash is to break. */
export const MIN_JWT_SECRET_BYTES = 32;
// A random secret of 32 characters or more shows far more distinct characters than this.
const MIN_DISTINCT_CHARACTERS = 10;

const HOW_TO_FIX = 'set it in .env to a random value, e.g. the output of `openssl rand -hex 32`';

/**
 * What is wrong with a JWT secret, or null. Anyone who knows or guesses the secret signs tokens as
 * any user, the leader included, so in production a value that is short, published, a placeholder
 * or plainly not random is refused; elsewhere only a short one is.
 */
export function jwtSecretProblem(secret: string, production: boolean): string | null {
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < MIN_JWT_SECRET_BYTES) return `JWT_SECRET is ${bytes} bytes long, fewer than ${MIN_JWT_SECRET_BYTES}: ${HOW_TO_FIX}`;
  if (!production) return null;
  const lower = secret.toLowerCase();
  if (weak.known.includes(lower)) return `JWT_SECRET is a published example value, so anyone can sign in as anyone: ${HOW_TO_FIX}`;
  const word = weak.placeholderWords.find((w) => lower.includes(w));
  if (word) return `JWT_SECRET looks like a placeholder (it contains "${word}"), not a random secret: ${HOW_TO_FIX}`;
  if (new Set(secret).size < MIN_DISTINCT_CHARACTERS) return `JWT_SECRET repeats too few characters to be random: ${HOW_TO_FIX}`;
  return null;
}
