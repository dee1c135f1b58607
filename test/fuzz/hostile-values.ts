import fc from 'fast-check';

// What issue #11 found reaching the handlers, one arbitrary per kind, so a field of any type is also sent
// values of every other kind: the fuzzer then tells whether the edge refuses them (a 400) or lets them in.

const base64urlJson = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** Path segments whose percent-encoding is malformed or decodes to something no id may hold. */
export const hostilePathSegment = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      '%ZZ', // not hex
      '%', // truncated
      '%E2%82', // truncated UTF-8 sequence
      '%ED%A0%80', // a UTF-16 surrogate encoded as UTF-8: not valid UTF-8
      '%C0%AF', // an overlong '/'
      '%FF%FE', // not UTF-8 at all
      '%00', // NUL
      '%EF%BF%BE', // U+FFFE
      '%EF%BF%BF', // U+FFFF
      '%F0%9F%92%A9', // an emoji
      '%2F', // an encoded slash
      '..',
      '%2E%2E',
      '%20',
      'a%0Ab', // a line feed
      encodeURIComponent('x'.repeat(5_000)),
    ),
    fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }).map(encodeURIComponentLoosely),
  );

// A lone surrogate makes encodeURIComponent throw; such a string is sent as the raw '%ED%A0%80' it would be.
const encodeURIComponentLoosely = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
};

/** Strings of characters a text field should refuse, or should take and hand back unchanged. */
export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      '\uD800', // a lone high surrogate
      'a\uDC00b', // a lone low surrogate inside text
      '\uFFFE',
      '\uFFFF',
      '\u0000',
      'line\nbreak',
      '\u0007bell',
      '\u202Eright-to-left override',
      '💩',
      '👩🏽‍⚕️ Siân Ní Bhriain',
      '',
      ' ',
      'x'.repeat(500),
      'x'.repeat(100_001),
      '<script>alert(1)</script>',
      "'; DROP TABLE seats; --",
      '${jndi:ldap://127.0.0.1/x}',
      'APPLICATIONS',
      'SEAT#E14001063',
      '__proto__',
    ),
    fc.string({ maxLength: 60, unit: 'binary' }),
  );

/** Numbers of the kinds that broke money and counts: huge, negative, fractional, not finite as text. */
export const hostileNumber = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(0, -1, 0.5, -0.01, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, 1e21, 9_999_999_999_999_999, 5e-324),
    fc.constantFrom('100', '1e3', 'NaN', 'Infinity', '0x10', '-0', '１２'),
    fc.double(),
  );

/** Dates a calendar-date field should refuse: year 0000, far future, impossible days, other shapes. */
export const hostileDate = (): fc.Arbitrary<string> =>
  fc.constantFrom(
    '0000-01-01',
    '0000-00-00',
    '9999-12-31',
    '275760-09-13',
    '+275760-09-13',
    '2023-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-1-1',
    '20260101',
    '2026-01-01T00:00:00Z',
    '2026-01-01 ',
    '１９９９-０１-０１',
    'today',
  );

/** Paging cursors: forged start keys of other partitions (the defect's own), and junk. */
export const hostileCursor = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      base64urlJson({ month: '2026-12', after: { pk: 'APPLICATIONS', sk: 'x' } }),
      base64urlJson({ pk: 'APPLICATIONS', sk: 'x' }),
      base64urlJson({ pk: 'SEATS', sk: 'x' }),
      base64urlJson({ pk: 'SELECTIONS', sk: { S: 'x' } }),
      base64urlJson({ pk: 'x'.repeat(3_000), sk: 'x' }),
      base64urlJson(null),
      base64urlJson([]),
      'not base64 at all!',
      '=',
      '%ZZ',
    ),
    fc.jsonValue().map(base64urlJson),
  );

/** A collection past any sensible limit: 650 items of 500-character strings, as the issue sent. */
export const oversizedCollection = (): fc.Arbitrary<unknown[]> =>
  fc.constantFrom(
    Array.from({ length: 650 }, (_, index) => `${index}${'x'.repeat(499)}`),
    Array.from({ length: 650 }, (_, index) => ({ seatId: `E${String(14_000_000 + index).padStart(8, '0')}`, reason: 'x'.repeat(500) })),
    Array.from({ length: 1_001 }, () => 'A1'),
  );

/** Any value of any kind above, or of a JSON type the field does not have. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    hostileString(),
    hostileNumber(),
    hostileDate(),
    hostileCursor(),
    { weight: 1, arbitrary: oversizedCollection() },
    fc.constantFrom(null, true, false, [], {}, { $ne: null }, [null], JSON.parse('{"__proto__":{"admin":true}}') as unknown),
  );
