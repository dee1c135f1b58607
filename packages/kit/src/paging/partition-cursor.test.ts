import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InvalidInputError } from '../errors.ts';
import { decodePageCursor, encodePageCursor } from './partition-cursor.ts';

describe('page cursors of one partition', () => {
  it('hand back the key they were made from', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (sk) => {
        expect(decodePageCursor(encodePageCursor({ pk: 'APPLICATIONS', sk }), 'APPLICATIONS')).toStrictEqual({ pk: 'APPLICATIONS', sk });
      }),
    );
  });

  it.each([
    ['another partition', encodePageCursor({ pk: 'CANDIDATE#cand-1', sk: 'APPLICATION#1' })],
    ['extra keys', Buffer.from(JSON.stringify({ pk: 'APPLICATIONS', sk: 'APPLICATION#1', admin: true })).toString('base64url')],
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('{pk').toString('base64url')],
    ['too long', 'a'.repeat(1_001)],
  ])('fails on a cursor of %s, with a 400 naming query.next', (_what, cursor) => {
    expect(() => decodePageCursor(cursor, 'APPLICATIONS')).toThrow(InvalidInputError);
    expect(() => decodePageCursor(cursor, 'APPLICATIONS')).toThrow(
      'the request query is invalid: query.next: not a cursor this list handed out; pass back the `next` of the previous page unchanged',
    );
  });
});
