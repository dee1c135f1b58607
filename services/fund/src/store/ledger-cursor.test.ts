import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@platform/kit';
import { decodeCursor, encodeCursor } from './ledger-cursor.ts';

describe('ledger cursors', () => {
  it('reads back a cursor it issued for the same range', () => {
    const cursor = { month: '2026-02', after: { pk: 'LEDGER#2026-02', sk: '2026-02-01#x#m-1' } };
    expect(decodeCursor(encodeCursor(cursor), ['2026-01', '2026-02'])).toStrictEqual(cursor);
  });

  it.each([
    ['not base64 JSON', 'bm90IGpzb24'],
    ['for another range', encodeCursor({ month: '2025-12' })],
  ])('fails with invalid input on a cursor %s', (_what, cursor) => {
    expect(() => decodeCursor(cursor, ['2026-01'])).toThrow(
      new InvalidInputError(
        'the request query is invalid: query.cursor: not a cursor this list handed out; pass back the `cursor` of the previous page unchanged',
        [],
      ),
    );
  });
});
