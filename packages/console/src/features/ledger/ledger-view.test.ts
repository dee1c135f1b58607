import { describe, expect, it } from '@jest/globals';
import { entrySide, isBalanced, ledgerQuery, readLedgerView, statementFileName } from './ledger-view.ts';

describe('the ledger view', () => {
  it('is the last twelve months when the URL says nothing', () => {
    expect(readLedgerView(new URLSearchParams(), '2026-12-01')).toStrictEqual({ from: '2026-01-01', to: '2026-12-01' });
  });

  it('reads the range and cursor back from the URL it writes', () => {
    const view = { from: '2026-01-01', to: '2026-01-31', cursor: 'eyJtb250aCI6IjIwMjYtMDEifQ' };
    expect(readLedgerView(ledgerQuery(view), '2026-12-01')).toStrictEqual(view);
  });

  it('balances entries to the ten-thousandth of a penny, never through floating point', () => {
    expect(isBalanced([{ exactPence: '-0.4800' }, { exactPence: '0.4800' }])).toBe(true);
    expect(isBalanced([{ exactPence: '-9007199254740993.0001' }, { exactPence: '9007199254740993.0000' }])).toBe(false);
  });

  it('names each entry In or Out, so the sign is never the only sign', () => {
    expect([entrySide('-75.0000'), entrySide('75.0000')]).toStrictEqual(['Out', 'In']);
  });

  it('names the statement by its range', () => {
    expect(statementFileName({ from: '2026-01-01', to: '2026-01-31' })).toBe('fund-statement-2026-01-01-to-2026-01-31.csv');
  });
});
