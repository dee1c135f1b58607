import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { encodeCursor, HistoryCursor } from './history-cursor.ts';

const SORT_KEY = '2026-01-01T00:00:00.000Z#22222222-0000-4000-8000-000000000002';
const REFUSED = [{ code: 'custom', message: 'not a cursor from a previous page of the history', path: [] }];
const issuesOf = (cursor: string) => {
  const parsed = HistoryCursor.safeParse(cursor);
  return parsed.success ? parsed.data : parsed.error.issues.map(({ code, message, path }) => ({ code, message, path }));
};

describe('HistoryCursor', () => {
  it('reads back the sort key of a history entry it encoded', () => {
    expect(HistoryCursor.parse(encodeCursor(SORT_KEY))).toBe(SORT_KEY);
  });

  it.each([
    ['a key of another partition', encodeCursor('REGISTER')],
    ['a sort key with another suffix', encodeCursor(`${SORT_KEY}#x`)],
    ['a key of another shape (issue #11, defect 5)', Buffer.from(JSON.stringify({ pk: 'APPLICATIONS', sk: 'x' })).toString('base64url')],
    ['a fraction of a second longer than DynamoDB would take in a key', encodeCursor(`2026-01-01T00:00:00.${'1'.repeat(1_100)}Z#22222222-0000-4000-8000-000000000002`)],
    ['characters outside base64url around a valid cursor', `${encodeCursor(SORT_KEY)}!!!`],
    ['too long to be one', 'A'.repeat(201)],
    ['the empty string', ''],
  ])('fails with one issue on %s', (_what, cursor) => {
    expect(issuesOf(cursor)).toStrictEqual(REFUSED);
  });

  it('answers any string with a history sort key, or the one issue', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), fc.string({ unit: 'binary' }).map(encodeCursor)), (cursor) => {
        const outcome = issuesOf(cursor);
        expect(typeof outcome === 'string' ? /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-f-]{36}$/.test(outcome) && outcome.length < 70 : outcome).toStrictEqual(
          typeof outcome === 'string' ? true : REFUSED,
        );
      }),
    );
  });
});
