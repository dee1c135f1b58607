import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@platform/kit';
import fc from 'fast-check';
import { decodeDonationCursor, encodeDonationCursor } from './donation-cursor.ts';

const RANGE = { from: '2026-01-15', to: '2026-02-20' };
const REFUSED = 'the request query is invalid: query.next: not a cursor this list handed out; pass back the `next` of the previous page unchanged';
const base64urlJson = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const after = (receivedOn: string, donationId: string, overrides: Record<string, string> = {}) => ({
  pk: `DONATION#${donationId}`,
  sk: 'DONATION',
  receivedMonth: `DONATIONS#${receivedOn.slice(0, 7)}`,
  receivedKey: `${receivedOn}#${donationId}`,
  ...overrides,
});

const outcomeOf = (cursor: string): { cursor: ReturnType<typeof decodeDonationCursor> } | { refused: string } => {
  try {
    return { cursor: decodeDonationCursor(cursor, RANGE) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { refused: error.message };
    throw error;
  }
};

describe('donation list cursors', () => {
  it('reads back a cursor it issued for the same range', () => {
    // Prepare
    const cursor = { month: '2026-02', after: after('2026-02-03', 'stripe-ch_1') };
    // Act, Assess
    expect(decodeDonationCursor(encodeDonationCursor(cursor), RANGE)).toStrictEqual(cursor);
    expect(decodeDonationCursor(encodeDonationCursor({ month: '2026-01' }), RANGE)).toStrictEqual({ month: '2026-01' });
  });

  it.each([
    ['not base64 JSON', 'bm90IGpzb24'],
    ['for a month outside the range', encodeDonationCursor({ month: '2025-12' })],
    ['with an extra field', base64urlJson({ month: '2026-02', extra: 1 })],
    ['resuming in another partition', base64urlJson({ month: '2026-02', after: after('2026-02-03', 'd-1', { receivedMonth: 'DONATIONS#2026-01' }) })],
    ['resuming after a day outside the range', base64urlJson({ month: '2026-02', after: after('2026-02-21', 'd-1') })],
    ['resuming after a day of another month', base64urlJson({ month: '2026-02', after: after('2026-01-20', 'd-1', { receivedMonth: 'DONATIONS#2026-02' }) })],
    ['whose table key is another donation', base64urlJson({ month: '2026-02', after: after('2026-02-03', 'd-1', { pk: 'DONATION#d-2' }) })],
    ['whose table key is not a donation', base64urlJson({ month: '2026-02', after: after('2026-02-03', 'd-1', { sk: 'REFUND#r-1' }) })],
    ['whose id is not an Identifier', base64urlJson({ month: '2026-02', after: after('2026-02-03', 'd 1') })],
    ['whose table partition is another one', base64urlJson({ month: '2026-02', after: after('2026-02-03', 'd-1', { pk: 'APPLICATIONS' }) })],
  ])('fails with a 400 naming next on a cursor %s', (_what, cursor) => {
    expect(outcomeOf(cursor)).toStrictEqual({ refused: REFUSED });
  });

  it('never accepts a start the range\'s own queries could not reach, whatever the string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.record({ month: fc.constantFrom('2026-01', '2026-02', '2026-03'), after: fc.record({ pk: fc.string(), sk: fc.string(), receivedMonth: fc.string(), receivedKey: fc.string() }) }).map(base64urlJson),
          fc.tuple(fc.constantFrom('2026-01-14', '2026-01-15', '2026-02-20', '2026-02-21'), fc.constantFrom('d-1', 'x')).map(([day, id]) => base64urlJson({ month: day.slice(0, 7), after: after(day, id) })),
        ),
        (cursor) => {
          const outcome = outcomeOf(cursor);
          if ('refused' in outcome) return expect(outcome.refused).toBe(REFUSED);
          const { month, after: start } = outcome.cursor;
          expect(['2026-01', '2026-02']).toContain(month);
          if (start === undefined) return undefined;
          const receivedOn = start.receivedKey.slice(0, 10);
          return expect([start.receivedMonth, receivedOn.slice(0, 7), receivedOn >= RANGE.from && receivedOn <= RANGE.to, start.pk]).toStrictEqual([
            `DONATIONS#${month}`,
            month,
            true,
            `DONATION#${start.receivedKey.slice(11)}`,
          ]);
        },
      ),
    );
  });
});
