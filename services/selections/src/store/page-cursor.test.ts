import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InvalidInputError } from '@platform/kit';
import { decodeCursor, encodeCursor } from './page-cursor.ts';

describe('page cursors', () => {
  it('hand back the key they were made from', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }), (sk) => {
        expect(decodeCursor(encodeCursor({ pk: 'SEATS', sk }), 'SEATS')).toStrictEqual({ pk: 'SEATS', sk });
      }),
    );
  });

  it.each([
    ['another partition', encodeCursor({ pk: 'TIMETABLE#1', sk: 'TIMETABLE' })],
    ['extra keys', Buffer.from(JSON.stringify({ pk: 'SEATS', sk: 'SEAT#E14001063', admin: true })).toString('base64url')],
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('{pk').toString('base64url')],
    ['too long', 'a'.repeat(601)],
  ])('fail on a cursor of %s', (_what, cursor) => {
    expect(() => decodeCursor(cursor, 'SEATS')).toThrow(InvalidInputError);
  });
});
