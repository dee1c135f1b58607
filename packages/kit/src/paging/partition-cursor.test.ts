import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InvalidInputError } from '../errors.ts';
import { decodePageCursor, encodePageCursor } from './partition-cursor.ts';

const APPLICATION_SORT_KEY = /APPLICATION#[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const REFUSED = 'the request query is invalid: query.next: not a cursor this list handed out; pass back the `next` of the previous page unchanged';
const base64urlJson = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** Decodes, answering the key, or the message of the InvalidInputError it fails with (anything else is rethrown). */
const outcomeOf = (cursor: string): { key: unknown } | { refused: string } => {
  try {
    return { key: decodePageCursor(cursor, 'APPLICATIONS', APPLICATION_SORT_KEY) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { refused: error.message };
    throw error;
  }
};

/** True when the outcome is a refusal, or a key the APPLICATIONS query could itself have handed out. */
const safe = (outcome: ReturnType<typeof outcomeOf>): boolean =>
  'refused' in outcome
    ? outcome.refused === REFUSED
    : Object.keys(outcome.key as object).join() === 'pk,sk' &&
      (outcome.key as { pk: string }).pk === 'APPLICATIONS' &&
      new RegExp(`^${APPLICATION_SORT_KEY.source}$`).test((outcome.key as { sk: string }).sk);

describe('page cursors of one partition', () => {
  it('hand back the key they were made from', () => {
    fc.assert(
      fc.property(fc.uuid({ version: 7 }), (applicationId) => {
        const key = { pk: 'APPLICATIONS', sk: `APPLICATION#${applicationId}` };
        expect(decodePageCursor(encodePageCursor(key), 'APPLICATIONS', APPLICATION_SORT_KEY)).toStrictEqual(key);
      }),
    );
  });

  it.each([
    ['another partition', encodePageCursor({ pk: 'CANDIDATE#cand-1', sk: 'APPLICATION#0190b6f2-3c4d-7e5f-8a6b-7c8d9e0f1a2b' })],
    ['a sort key of another shape (issue #11, defect 5)', encodePageCursor({ pk: 'APPLICATIONS', sk: 'x' })],
    ['a sort key that only starts with the right shape', encodePageCursor({ pk: 'APPLICATIONS', sk: 'APPLICATION#0190b6f2-3c4d-7e5f-8a6b-7c8d9e0f1a2b#x' })],
    ['a sort key that only ends with the right shape', encodePageCursor({ pk: 'APPLICATIONS', sk: 'xAPPLICATION#0190b6f2-3c4d-7e5f-8a6b-7c8d9e0f1a2b' })],
    ['a number for a sort key', base64urlJson({ pk: 'APPLICATIONS', sk: 7 })],
    ['no sort key', base64urlJson({ pk: 'APPLICATIONS' })],
    ['extra keys', base64urlJson({ pk: 'APPLICATIONS', sk: 'APPLICATION#0190b6f2-3c4d-7e5f-8a6b-7c8d9e0f1a2b', admin: true })],
    ['not an object', base64urlJson(['APPLICATIONS', 'APPLICATION#1'])],
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('{pk').toString('base64url')],
    ['too long', 'a'.repeat(1_001)],
    ['the empty string', ''],
  ])('fails on a cursor of %s, with a 400 naming query.next', (_what, cursor) => {
    expect(() => decodePageCursor(cursor, 'APPLICATIONS', APPLICATION_SORT_KEY)).toThrow(InvalidInputError);
    expect(() => decodePageCursor(cursor, 'APPLICATIONS', APPLICATION_SORT_KEY)).toThrow(REFUSED);
  });

  it('anchors the sort-key shape itself and ignores a global flag, so the answer is the same on every call', () => {
    // Prepare: an unanchored, global pattern, whose own `test` would move on with `lastIndex`
    const cursor = encodePageCursor({ pk: 'SEATS', sk: 'SEAT#E14001063' });
    // Act
    const twice = [decodePageCursor(cursor, 'SEATS', /SEAT#[ENSW]\d{8}/g), decodePageCursor(cursor, 'SEATS', /SEAT#[ENSW]\d{8}/g)];
    // Assess
    expect(twice).toStrictEqual([{ pk: 'SEATS', sk: 'SEAT#E14001063' }, { pk: 'SEATS', sk: 'SEAT#E14001063' }]);
    expect(() => decodePageCursor(encodePageCursor({ pk: 'SEATS', sk: 'SEAT#E14001063x' }), 'SEATS', /SEAT#[ENSW]\d{8}/)).toThrow(REFUSED);
  });

  it('answers any string with a key of the partition in its shape, or a 400: never another error, never another partition', () => {
    fc.assert(fc.property(fc.string({ maxLength: 1_100, unit: 'binary' }), (cursor) => expect(safe(outcomeOf(cursor))).toBe(true)));
  });

  it('answers any JSON a client could encode with a key of the partition in its shape, or a 400', () => {
    const keyish = fc.oneof(
      fc.record({ pk: fc.constantFrom('APPLICATIONS', 'CANDIDATE#c-1', ''), sk: fc.oneof(fc.string({ unit: 'binary' }), fc.uuid().map((id) => `APPLICATION#${id}`)) }),
      fc.jsonValue(),
    );
    fc.assert(fc.property(keyish, (value) => expect(safe(outcomeOf(base64urlJson(value)))).toBe(true)));
  });
});
