import { describe, expect, it } from '@jest/globals';
import { reconciliationVerdict } from './reconciliation-verdict.ts';

describe('reconciliationVerdict', () => {
  it('says a balanced ledger balanced, in one sentence', () => {
    expect(reconciliationVerdict({ balanced: true, settled: true, unbalancedMovementIds: [], differences: [] })).toStrictEqual({
      balanced: true,
      lines: ["The running totals are exactly what the ledger's entries add up to."],
    });
  });

  it('names each difference in pounds, counts as numbers and levy units exactly', () => {
    const verdict = reconciliationVerdict({
      balanced: false,
      settled: false,
      unbalancedMovementIds: ['mv-1'],
      differences: [
        { total: 'raisedPence', recorded: 250_000, recomputed: 249_999 },
        { total: 'donationCount', recorded: 3, recomputed: 2 },
        { total: 'leviedUnits', recorded: 75_000_000, recomputed: 74_999_950 },
      ],
    });
    expect(verdict).toStrictEqual({
      balanced: false,
      lines: [
        "Raised: the running total is £2,500.00 but the ledger's entries add up to £2,499.99.",
        "Number of donations: the running total is 3 but the ledger's entries add up to 2.",
        "Levied: the running total is £75.00 but the ledger's entries add up to £74.99995.",
        'Movement mv-1: its entries do not add up to zero.',
        'The fund changed while it was being checked: check again for a settled answer.',
      ],
    });
  });
});
