import crypto from 'node:crypto';

// 256 bits from the CSPRNG: far beyond guessing, so a plain SHA-256 of the key (no salt, no slow KDF) is
// enough to keep a copy of the table from yielding working feed links. Slow hashing only helps against
// dictionary guesses of low-entropy secrets, and these keys have none to guess.
const FEED_KEY_BYTES = 32;
const DIGEST_BYTES = 32;

// What a missing or unreadable hash is compared against, so every request takes the same path.
const NO_DIGEST = Buffer.alloc(DIGEST_BYTES);

const digestOf = (key: string): Buffer => crypto.createHash('sha256').update(key, 'utf8').digest();

/** A new feed key: 32 random bytes, base64url (43 characters, safe in a query string as is). */
export const newFeedKey = (): string => crypto.randomBytes(FEED_KEY_BYTES).toString('base64url');

/** What is stored in place of a feed key: its SHA-256, base64url. The key itself is never stored. */
export const feedKeyHash = (key: string): string => digestOf(key).toString('base64url');

/**
 * Whether `given` is the key whose hash is `storedHash`. Compares the two digests with
 * `crypto.timingSafeEqual`, always, even when either is missing: how long the answer takes says nothing
 * about how much of the key was right, nor whether there was a key to compare with.
 */
export const feedKeyMatches = (given: string | undefined, storedHash: string | undefined): boolean => {
  const stored = storedHash === undefined ? NO_DIGEST : Buffer.from(storedHash, 'base64url');
  const comparable = stored.length === DIGEST_BYTES;
  const equal = crypto.timingSafeEqual(digestOf(given ?? ''), comparable ? stored : NO_DIGEST);
  return equal && comparable && given !== undefined && storedHash !== undefined;
};
