import { formatPence } from '../../money/pence.ts';

/** A total the running figures hold and the ledger recomputes, as `GET /fund/reconciliation` names it. */
export interface Difference {
  readonly total: string;
  readonly recorded: number;
  readonly recomputed: number;
}

/** What the reconciliation found, as `GET /fund/reconciliation` answers. */
export interface ReconciliationResult {
  readonly balanced: boolean;
  readonly settled: boolean;
  readonly unbalancedMovementIds: readonly string[];
  readonly differences: readonly Difference[];
}

const LABELS: Record<string, string> = {
  donationCount: 'Number of donations',
  raisedPence: 'Raised',
  unleviedPence: 'Not yet levied',
  refundCount: 'Number of refunds',
  refundedPence: 'Refunded',
  leviedUnits: 'Levied',
  levyReversedUnits: 'Levy given back on refunds',
  availableUnits: 'Available',
  committedUnits: 'Committed',
  disbursedUnits: 'Paid out',
  'income-account': 'Income account',
};

// Levy totals are kept in 1/10,000ths of a penny: shown exactly, with the places past the penny only when there are any.
const formatUnits = (units: number): string => {
  const sign = units < 0 ? '-' : '';
  const whole = formatPence(Math.trunc(Math.abs(units) / 10_000));
  const rest = String(Math.abs(units) % 10_000).padStart(4, '0').replace(/0+$/, '');
  return `${sign}${whole}${rest}`;
};

const amount = (total: string, value: number): string =>
  total.endsWith('Count') ? String(value) : total.endsWith('Units') ? formatUnits(value) : formatPence(value);

/**
 * The reconciliation's verdict in plain words: one sentence when it balanced, else one per difference found
 * ("Levied: the running total is £75.00 but the ledger's entries add up to £74.00"), per movement whose entries
 * do not sum to zero, and a warning when the fund changed while it was being checked.
 *
 * @example
 * reconciliationVerdict({ balanced: true, settled: true, unbalancedMovementIds: [], differences: [] });
 * // { balanced: true, lines: ["The running totals are exactly what the ledger's entries add up to."] }
 */
export const reconciliationVerdict = (result: ReconciliationResult): { balanced: boolean; lines: string[] } => {
  const unsettled = result.settled ? [] : ['The fund changed while it was being checked: check again for a settled answer.'];
  if (result.balanced) return { balanced: true, lines: ["The running totals are exactly what the ledger's entries add up to.", ...unsettled] };
  const differences = result.differences.map(
    ({ total, recorded, recomputed }) =>
      `${LABELS[total] ?? total}: the running total is ${amount(total, recorded)} but the ledger's entries add up to ${amount(total, recomputed)}.`,
  );
  const movements = result.unbalancedMovementIds.map((id) => `Movement ${id}: its entries do not add up to zero.`);
  return { balanced: false, lines: [...differences, ...movements, ...unsettled] };
};
