import type { components } from '../../api/schema.ts';
import { sourceLabel } from './labels.ts';

export type DonationSummary = components['schemas']['DonationSummary'];

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); ids come from other
// systems, so such text is written with a leading apostrophe, which spreadsheets show as text.
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: string | number): string => {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const HEADER = ['donation_id', 'received_on', 'source', 'amount_pence', 'refunded_pence', 'levy_exact_pence', 'net_levy_exact_pence', 'permissibility_check', 'recorded_at'];

/**
 * The donations a list's filters select as a CSV file (RFC 4180, CRLF line ends, a header row), amounts in
 * integer pence and levies in exact pence, as the API gives them, so a spreadsheet adds them up exactly.
 *
 * @example
 * donationsCsv([donation]); // "donation_id,received_on,…\r\nd-1,2026-03-02,Donation,250000,…\r\n"
 */
export const donationsCsv = (donations: readonly DonationSummary[]): string =>
  [
    HEADER.join(','),
    ...donations.map((donation) =>
      [
        donation.donationId,
        donation.receivedOn,
        sourceLabel(donation.source),
        donation.amountPence,
        donation.refundedPence,
        donation.levyExactPence,
        donation.netLevyExactPence,
        donation.permissibilityCheck,
        donation.recordedAt,
      ]
        .map(cell)
        .join(','),
    ),
  ]
    .map((line) => `${line}\r\n`)
    .join('');

/**
 * The file name of an export of `from`..`to`.
 *
 * @example
 * donationsFileName('2026-01-01', '2026-12-01'); // "donations-2026-01-01-to-2026-12-01.csv"
 */
export const donationsFileName = (from: string, to: string): string => `donations-${from}-to-${to}.csv`;
