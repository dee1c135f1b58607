import crypto from 'node:crypto';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import * as fc from 'fast-check';
import { feedKeyHash, feedKeyMatches, newFeedKey } from './feed-key.ts';

describe('newFeedKey', () => {
  it('makes 256 random bits, base64url without padding: 43 characters, safe in a query string', () => {
    // Act
    const keys = Array.from({ length: 1_000 }, newFeedKey);
    // Assess
    expect(keys.every((key) => /^[A-Za-z0-9_-]{43}$/.test(key))).toBe(true);
    expect(keys.every((key) => Buffer.from(key, 'base64url').length === 32)).toBe(true);
    expect(new Set(keys).size).toBe(1_000);
  });

  it('takes its bytes from crypto.randomBytes', () => {
    // Prepare
    const bytes = Buffer.alloc(32, 0xfb);
    const randomBytes = jest.spyOn(crypto, 'randomBytes').mockImplementation((() => bytes) as never);
    // Act
    const key = newFeedKey();
    // Assess
    expect({ calls: randomBytes.mock.calls, key }).toStrictEqual({ calls: [[32]], key: bytes.toString('base64url') });
    randomBytes.mockRestore();
  });
});

describe('feedKeyHash', () => {
  it('is the SHA-256 of the key, base64url', () => {
    // SHA-256("abc") from FIPS 180-2, appendix B.1
    expect(Buffer.from(feedKeyHash('abc'), 'base64url').toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('never contains the key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const key = Buffer.from(bytes).toString('base64url');
        expect(feedKeyHash(key).includes(key)).toBe(false);
      }),
    );
  });
});

describe('feedKeyMatches', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const key = newFeedKey();
  const hash = feedKeyHash(key);

  it('accepts the key whose hash is stored', () => {
    expect(feedKeyMatches(key, hash)).toBe(true);
  });

  it('refuses a wrong key, one character off, empty or missing, and any key when no hash is stored', () => {
    const oneOff = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    expect({
      wrong: feedKeyMatches(newFeedKey(), hash),
      oneOff: feedKeyMatches(oneOff, hash),
      prefix: feedKeyMatches(key.slice(0, 20), hash),
      empty: feedKeyMatches('', hash),
      missing: feedKeyMatches(undefined, hash),
      noHash: feedKeyMatches(key, undefined),
      emptyKeyNoHash: feedKeyMatches('', undefined),
      unreadableHash: feedKeyMatches(key, 'not-a-digest'),
    }).toStrictEqual({ wrong: false, oneOff: false, prefix: false, empty: false, missing: false, noHash: false, emptyKeyNoHash: false, unreadableHash: false });
  });

  it('compares with crypto.timingSafeEqual, two 32-byte digests, whatever the key and whether or not a hash is stored', () => {
    // Prepare
    const timingSafeEqual = jest.spyOn(crypto, 'timingSafeEqual');
    // Act
    feedKeyMatches(key, hash);
    feedKeyMatches('short', hash);
    feedKeyMatches(`${key}${key}${key}`, hash);
    feedKeyMatches(undefined, hash);
    feedKeyMatches(key, undefined);
    feedKeyMatches(key, 'not-a-digest');
    // Assess
    const lengths = timingSafeEqual.mock.calls.map(([a, b]) => [(a as Buffer).length, (b as Buffer).length]);
    expect(lengths).toStrictEqual(Array.from({ length: 6 }, () => [32, 32]));
  });

  it('accepts exactly the key it was made from, for any key', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(feedKeyMatches(b, feedKeyHash(a))).toBe(a === b);
      }),
    );
  });
});
