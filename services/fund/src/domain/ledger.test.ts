import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Movement } from './ledger.ts';
import { balancesOf, isBalanced, movement } from './ledger.ts';

const at = { effectiveOn: '2026-05-01', postedAt: '2026-05-01T10:00:00.000Z', amountPence: 100 };

describe('movement', () => {
  it.each([
    ['levy', 'income', 'fund'],
    ['levy-reversal', 'fund', 'income'],
    ['commitment', 'fund', 'committed'],
    ['release', 'committed', 'fund'],
    ['disbursement', 'committed', 'disbursed'],
  ] as const)('moves a %s out of %s and into %s', (kind, from, to) => {
    expect(movement(kind, 300, { movementId: 'm-1', ...at }).entries).toStrictEqual([
      { account: from, units: -300 },
      { account: to, units: 300 },
    ]);
  });

  it('writes a zero levy as zero on both sides, never as negative zero', () => {
    expect(Object.is(movement('levy', 0, { movementId: 'm-1', ...at }).entries[0].units, 0)).toBe(true);
  });

  it('fails on a negative or fractional amount', () => {
    expect(() => movement('levy', -1, { movementId: 'm-1', ...at })).toThrow('a movement moves a whole, non-negative number of units; got -1');
    expect(() => movement('levy', 0.5, { movementId: 'm-1', ...at })).toThrow(RangeError);
  });
});

describe('balancesOf', () => {
  it('sums the entries of any movements to zero across the accounts, each movement balanced', () => {
    const kinds = fc.constantFrom('levy', 'levy-reversal', 'commitment', 'release', 'disbursement' as const);
    fc.assert(
      fc.property(fc.array(fc.tuple(kinds, fc.integer({ min: 0, max: 2 ** 40 })), { maxLength: 200 }), (moves) => {
        const movements: Movement[] = moves.map(([kind, units], index) => movement(kind, units, { movementId: `m-${index}`, ...at }));
        const balances = balancesOf(movements);
        expect(movements.every(isBalanced)).toBe(true);
        expect(balances.income + balances.fund + balances.committed + balances.disbursed).toBe(0);
      }),
    );
  });
});
