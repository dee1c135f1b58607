import { describe, expect, it } from '@jest/globals';
import { decodePageCursor, encodePageCursor } from '@platform/kit';
import fc from 'fast-check';
import { selectionIdFor } from '../domain/selection.ts';
import { SEATS_PARTITION, SELECTION_SORT_KEY, SELECTIONS_PARTITION, selectionKey } from './keys.ts';

describe('cursor sort-key shapes', () => {
  it('takes back the key of every selection the store writes, as a page cursor', () => {
    const gssCode = fc.tuple(fc.constantFrom('E', 'N', 'S', 'W'), fc.integer({ min: 0, max: 99_999_999 })).map(([country, n]) => `${country}${String(n).padStart(8, '0')}`);
    fc.assert(
      fc.property(gssCode, fc.string(), (seatId, timetableId) => {
        // Prepare: a key as the store writes it
        const selection = selectionKey(selectionIdFor(timetableId, seatId));
        // Act, Assess
        expect(decodePageCursor(encodePageCursor(selection), SELECTIONS_PARTITION, SELECTION_SORT_KEY)).toStrictEqual(selection);
      }),
    );
  });

  it('fails on a cursor for another partition, or for the right one whose sort key is of another kind (issue #11, defect 5)', () => {
    expect(() => decodePageCursor(encodePageCursor({ pk: SEATS_PARTITION, sk: selectionKey(selectionIdFor('t', 'E14001063')).sk }), SELECTIONS_PARTITION, SELECTION_SORT_KEY)).toThrow(
      'the request query is invalid: query.next: not a cursor this list handed out; pass back the `next` of the previous page unchanged',
    );
    expect(() => decodePageCursor(encodePageCursor({ pk: SELECTIONS_PARTITION, sk: 'SEAT#E14001063' }), SELECTIONS_PARTITION, SELECTION_SORT_KEY)).toThrow(
      'the request query is invalid: query.next: not a cursor this list handed out; pass back the `next` of the previous page unchanged',
    );
  });
});
