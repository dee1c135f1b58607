import type { Account, Movement } from './ledger.ts';
import { accounts } from './ledger.ts';
import { exactPenceOf } from './money.ts';

const columns = [
  'effective_on',
  'posted_at',
  'movement_id',
  'kind',
  'donation_id',
  'refund_id',
  'application_id',
  'disbursement_id',
  'amount_pence',
  'basis_points',
  'permissibility_check',
  ...accounts.map((account) => `${account}_pence`),
] as const;

// A spreadsheet runs a cell that starts with one of these as a formula; ids come from other systems, so a
// hostile one must not run when finance opens the statement (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: string | number | undefined | null, { text }: { text: boolean }): string => {
  if (value === undefined || value === null) return '';
  let written = String(value);
  if (text && FORMULA_START.test(written)) written = `'${written}`;
  return /[",\r\n]/.test(written) ? `"${written.replaceAll('"', '""')}"` : written;
};

const entryOf = (moved: Movement, account: Account): string => {
  const entry = moved.entries.find((candidate) => candidate.account === account);
  return entry === undefined ? '' : exactPenceOf(entry.units);
};

/**
 * The ledger as CSV for the accountants: one row per movement, in the order given, with each account's
 * entry in exact pence (four decimal places). Each row's account columns sum to zero, as do the columns'
 * totals; the sum of `amount_pence` over `levy` rows is what was raised.
 */
export const statementCsv = (movements: Iterable<Movement>): string => {
  const rows = [columns.join(',')];
  for (const moved of movements) {
    rows.push(
      [
        cell(moved.effectiveOn, { text: false }),
        cell(moved.postedAt, { text: false }),
        cell(moved.movementId, { text: true }),
        cell(moved.kind, { text: false }),
        cell(moved.donationId, { text: true }),
        cell(moved.refundId, { text: true }),
        cell(moved.applicationId, { text: true }),
        cell(moved.disbursementId, { text: true }),
        cell(moved.amountPence, { text: false }),
        cell(moved.basisPoints, { text: false }),
        cell(moved.permissibilityCheckRequired === undefined ? undefined : moved.permissibilityCheckRequired ? 'required' : 'not-required', {
          text: false,
        }),
        ...accounts.map((account) => cell(entryOf(moved, account), { text: false })),
      ].join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
};
