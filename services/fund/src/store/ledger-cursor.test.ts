import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@platform/kit';
import fc from 'fast-check';
import { decodeCursor, encodeCursor } from './ledger-cursor.ts';

const RANGE = { from: '2026-01-15', to: '2026-02-20' };
const REFUSED = 'the request query is invalid: query.cursor: not a cursor this list handed out; pass back the `cursor` of the previous page unchanged';
const base64urlJson = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const SK = '2026-02-01#2026-02-01T09:30:00.000Z#0190b6f2-3c4d-7e5f-8a6b-7c8d9e0f1a2b';

/** Decodes, answering the cursor, or the message of the InvalidInputError it fails with (anything else is rethrown). */
const outcomeOf = (cursor: string): { cursor: ReturnType<typeof decodeCursor> } | { refused: string } => {
  try {
    return { cursor: decodeCursor(cursor, RANGE) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { refused: error.message };
    throw error;
  }
};

/** A refusal, or a start the range's query could itself have reached: a month of the range, its partition, a movement dated in both. */
const safe = (outcome: ReturnType<typeof outcomeOf>): boolean => {
  if ('refused' in outcome) return outcome.refused === REFUSED;
  const { month, after } = outcome.cursor;
  if (!['2026-01', '2026-02'].includes(month)) return false;
  if (after === undefined) return true;
  const effectiveOn = after.sk.slice(0, 10);
  return after.pk === `LEDGER#${month}` && effectiveOn.slice(0, 7) === month && effectiveOn >= RANGE.from && effectiveOn <= RANGE.to;
};

describe('ledger cursors', () => {
  it('reads back a cursor it issued for the same range', () => {
    const cursor = { month: '2026-02', after: { pk: 'LEDGER#2026-02', sk: SK } };
    expect(decodeCursor(encodeCursor(cursor), RANGE)).toStrictEqual(cursor);
    expect(decodeCursor(encodeCursor({ month: '2026-01' }), RANGE)).toStrictEqual({ month: '2026-01' });
  });

  it.each([
    ['not base64 JSON', 'bm90IGpzb24'],
    ['for another range', encodeCursor({ month: '2025-12' })],
    ['resuming after an item of another partition (issue #11, defect 5)', base64urlJson({ month: '2026-02', after: { pk: 'APPLICATIONS', sk: 'x' } })],
    ['resuming after an item of another month of the ledger', encodeCursor({ month: '2026-02', after: { pk: 'LEDGER#2026-01', sk: SK } })],
    ['resuming after a sort key that is not a movement', encodeCursor({ month: '2026-02', after: { pk: 'LEDGER#2026-02', sk: 'x' } })],
    ['resuming after a movement dated in another month', encodeCursor({ month: '2026-02', after: { pk: 'LEDGER#2026-02', sk: SK.replaceAll('2026-02-01', '2026-01-31') } })],
    ['resuming after a movement dated after the range', encodeCursor({ month: '2026-02', after: { pk: 'LEDGER#2026-02', sk: SK.replace('2026-02-01', '2026-02-21') } })],
    ['resuming after a movement dated before the range', encodeCursor({ month: '2026-01', after: { pk: 'LEDGER#2026-01', sk: SK.replace('2026-02-01', '2026-01-14') } })],
    ['resuming after a key with an extra attribute', base64urlJson({ month: '2026-02', after: { pk: 'LEDGER#2026-02', sk: SK, gsi1pk: 'x' } })],
    ['with an extra field', base64urlJson({ month: '2026-02', admin: true })],
    ['with a null for its item', base64urlJson({ month: '2026-02', after: null })],
  ])('fails with invalid input on a cursor %s', (_what, cursor) => {
    expect(() => decodeCursor(cursor, RANGE)).toThrow(InvalidInputError);
    expect(() => decodeCursor(cursor, RANGE)).toThrow(REFUSED);
  });

  it('answers any string with a start inside the range\'s own query, or a 400', () => {
    fc.assert(fc.property(fc.string({ maxLength: 1_100, unit: 'binary' }), (cursor) => expect(safe(outcomeOf(cursor))).toBe(true)));
  });

  it('answers any cursor-like JSON a client could encode with a start inside the range\'s own query, or a 400', () => {
    const day = fc.integer({ min: 1, max: 31 }).map((d) => String(d).padStart(2, '0'));
    const month = fc.constantFrom('2025-12', '2026-01', '2026-02', '2026-03');
    const sortKey = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.tuple(month, day, fc.uuid()).map(([m, d, id]) => `${m}-${d}#${m}-${d}T00:00:00.000Z#${id}`),
    );
    const forged = fc.oneof(
      fc.record({ month, after: fc.option(fc.record({ pk: fc.oneof(month.map((m) => `LEDGER#${m}`), fc.string()), sk: sortKey }), { nil: undefined }) }, { requiredKeys: ['month'] }),
      fc.jsonValue(),
    );
    fc.assert(fc.property(forged, (value) => expect(safe(outcomeOf(base64urlJson(value)))).toBe(true)), { numRuns: 1_000 });
  });
});
