import { describe, expect, it } from '@jest/globals';
import { movement } from './ledger.ts';
import { statementCsv } from './statement.ts';

const HEADER =
  'effective_on,posted_at,movement_id,kind,donation_id,refund_id,application_id,disbursement_id,amount_pence,basis_points,permissibility_check,income_pence,fund_pence,committed_pence,disbursed_pence';

describe('statementCsv', () => {
  it('writes one row per movement with each account entry in exact pence', () => {
    // Prepare
    const levy = movement('levy', 1_650_000, {
      movementId: 'm-1',
      effectiveOn: '2026-05-01',
      postedAt: '2026-05-01T10:00:00.000Z',
      amountPence: 55_000,
      basisPoints: 300,
      donationId: 'stripe-ch_1',
      permissibilityCheckRequired: true,
    });
    const reversal = movement('levy-reversal', 1_500, {
      movementId: 'm-2',
      effectiveOn: '2026-05-02',
      postedAt: '2026-05-02T10:00:00.000Z',
      amountPence: 5,
      basisPoints: 300,
      donationId: 'stripe-ch_1',
      refundId: 'r-1',
    });
    // Act
    const csv = statementCsv([levy, reversal]);
    // Assess
    expect(csv).toBe(
      [
        HEADER,
        '2026-05-01,2026-05-01T10:00:00.000Z,m-1,levy,stripe-ch_1,,,,55000,300,required,-165.0000,165.0000,,',
        '2026-05-02,2026-05-02T10:00:00.000Z,m-2,levy-reversal,stripe-ch_1,r-1,,,5,300,,0.1500,-0.1500,,',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes ids with commas or quotes, and defuses ids a spreadsheet would run as formulas', () => {
    const levy = movement('levy', 0, {
      movementId: 'm-1',
      effectiveOn: '2026-05-01',
      postedAt: '2026-05-01T10:00:00.000Z',
      amountPence: 100,
      basisPoints: null,
      donationId: '=HYPERLINK("http://x","a, b")',
    });
    expect(statementCsv([levy]).split('\r\n')[1]).toBe(
      `2026-05-01,2026-05-01T10:00:00.000Z,m-1,levy,"'=HYPERLINK(""http://x"",""a, b"")",,,,100,,,0.0000,0.0000,,`,
    );
  });

  it('writes only the header for an empty range', () => {
    expect(statementCsv([])).toBe(`${HEADER}\r\n`);
  });
});
