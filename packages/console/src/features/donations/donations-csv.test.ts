import { describe, expect, it } from '@jest/globals';
import { donationsCsv, donationsFileName } from './donations-csv.ts';
import type { DonationSummary } from './donations-csv.ts';

const row = (overrides: Partial<DonationSummary> = {}): DonationSummary => ({
  donationId: 'd-1',
  amountPence: 250_000,
  receivedOn: '2026-03-02',
  source: 'donation',
  recordedAt: '2026-03-02T10:00:01.000Z',
  permissibilityCheck: 'required',
  levyExactPence: '7500.0000',
  refundedPence: 0,
  netLevyExactPence: '7500.0000',
  ...overrides,
});

describe('donationsCsv', () => {
  it('writes a header and a row per donation, amounts as the API gives them, CRLF line ends', () => {
    expect(donationsCsv([row(), row({ donationId: 'm-2', source: 'membership', amountPence: 16, levyExactPence: '0.4800', netLevyExactPence: '0.4800', permissibilityCheck: 'not-required' })])).toBe(
      'donation_id,received_on,source,amount_pence,refunded_pence,levy_exact_pence,net_levy_exact_pence,permissibility_check,recorded_at\r\n' +
        'd-1,2026-03-02,Donation,250000,0,7500.0000,7500.0000,required,2026-03-02T10:00:01.000Z\r\n' +
        'm-2,2026-03-02,Membership fee,16,0,0.4800,0.4800,not-required,2026-03-02T10:00:01.000Z\r\n',
    );
  });

  it('writes only the header when the filters select nothing', () => {
    expect(donationsCsv([])).toBe('donation_id,received_on,source,amount_pence,refunded_pence,levy_exact_pence,net_levy_exact_pence,permissibility_check,recorded_at\r\n');
  });

  it('never lets a spreadsheet run an id as a formula', () => {
    expect(donationsCsv([row({ donationId: '-2+3' })]).split('\r\n')[1]?.split(',')[0]).toBe("'-2+3");
  });

  it('names the file by its range', () => {
    expect(donationsFileName('2026-01-01', '2026-12-01')).toBe('donations-2026-01-01-to-2026-12-01.csv');
  });
});
