import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@platform/kit';
import fc from 'fast-check';
import { decodeCursor, encodeCursor } from './page-cursor.ts';

describe('page cursors', () => {
  it('hand back the key they were made from', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }), (sk) => {
        expect(decodeCursor(encodeCursor({ pk: 'APPLICATIONS', sk }), 'APPLICATIONS')).toStrictEqual({ pk: 'APPLICATIONS', sk });
      }),
    );
  });

  it.each([
    ['another partition', encodeCursor({ pk: 'CANDIDATE#cand-1', sk: 'APPLICATION#1' })],
    ['extra keys', Buffer.from(JSON.stringify({ pk: 'APPLICATIONS', sk: 'APPLICATION#1', admin: true })).toString('base64url')],
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('{pk').toString('base64url')],
    ['too long', 'a'.repeat(601)],
  ])('fails on a cursor of %s, with a 400 naming query.next', (_what, cursor) => {
    expect(() => decodeCursor(cursor, 'APPLICATIONS')).toThrow(
      new InvalidInputError('the request query is invalid: query.next: not a cursor this list handed out', []),
    );
  });
});
