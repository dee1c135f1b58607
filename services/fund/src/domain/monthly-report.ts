import type { FundTotals } from './fund-totals.ts';
import type { Movement } from './ledger.ts';
import { unitsMoved } from './ledger.ts';
import { wholePenceOf } from './money.ts';

/** One month of the fund, in whole pence. */
export interface MonthFigures {
  /** `YYYY-MM`. */
  month: string;
  /** Levied on donations received in the month, less the levies reversed by refunds made in it. */
  leviedPence: number;
  /** Committed by approvals in the month, less what cancellations in it returned to the fund. */
  grantedPence: number;
  /** Paid out to candidates in the month. */
  disbursedPence: number;
  /** The available balance (the `fund` account) at the month's end. */
  availablePence: number;
}

export interface MonthlyReport {
  from: string;
  to: string;
  /** The available balance at the start of `from`, so that every month's balance follows from its figures. */
  openingAvailablePence: number;
  months: MonthFigures[];
}

/** The months `from`..`to` (`YYYY-MM`), both included. */
export const monthsOf = (from: string, to: string): string[] => {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let current = from; current <= to; current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`) {
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
};

/** The last day of a month (`YYYY-MM`), as `YYYY-MM-DD`. */
export const lastDayOf = (month: string): string => {
  const day = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return day.toISOString().slice(0, 10);
};

interface Units {
  netLevied: number;
  available: number;
  granted: number;
  disbursed: number;
}

const zero = (): Units => ({ netLevied: 0, available: 0, granted: 0, disbursed: 0 });

const add = (sum: Units, moved: Movement): void => {
  const units = unitsMoved(moved);
  switch (moved.kind) {
    case 'levy':
      sum.netLevied += units;
      sum.available += units;
      return;
    case 'levy-reversal':
      sum.netLevied -= units;
      sum.available -= units;
      return;
    case 'commitment':
      sum.granted += units;
      sum.available -= units;
      return;
    case 'release':
      sum.granted -= units;
      sum.available += units;
      return;
    case 'disbursement':
      sum.disbursed += units;
  }
};

/**
 * The fund month by month over `from`..`to`: levied (net of reversals), granted (net of cancellations),
 * paid out, and the available balance at each month's end, all in whole pence.
 *
 * It works back from the running totals as they stand now, through `since` (every movement effective on or
 * after the first day of `from`, later months included), so only the months from `from` to today are read,
 * never the ledger's whole history. Levies are exact to 1/10,000 p; a month's `leviedPence` is the change in
 * the whole pence of the running net levy (rounded down, as the balance is), so the months' figures add up
 * exactly: each month's `availablePence` is the one before plus its `leviedPence` less its `grantedPence`
 * (grants are whole pence), and the month holding the latest movement ends on the balance's `availablePence`.
 *
 * @example
 * monthlyReport({ from: '2026-05', to: '2026-06' }, totals, movementsSinceMay);
 * // { from: '2026-05', to: '2026-06', openingAvailablePence: 0, months: [{ month: '2026-05', leviedPence: 1800, ... }, ...] }
 */
export const monthlyReport = (
  { from, to }: { from: string; to: string },
  totals: Pick<FundTotals, 'leviedUnits' | 'levyReversedUnits' | 'availableUnits'>,
  since: readonly Movement[],
): MonthlyReport => {
  const byMonth = new Map<string, Units>();
  const after = zero();
  for (const moved of since) {
    const month = moved.effectiveOn.slice(0, 7);
    if (month < from) continue;
    add(after, moved);
    if (month <= to) {
      const sum = byMonth.get(month) ?? zero();
      add(sum, moved);
      byMonth.set(month, sum);
    }
  }
  // What stood before `from`: the totals now, less everything since.
  let netLevied = totals.leviedUnits - totals.levyReversedUnits - after.netLevied;
  let available = totals.availableUnits - after.available;
  const openingAvailablePence = wholePenceOf(available);
  const months = monthsOf(from, to).map((month): MonthFigures => {
    const sum = byMonth.get(month) ?? zero();
    const leviedBefore = wholePenceOf(netLevied);
    netLevied += sum.netLevied;
    available += sum.available;
    return {
      month,
      leviedPence: wholePenceOf(netLevied) - leviedBefore,
      grantedPence: wholePenceOf(sum.granted),
      disbursedPence: wholePenceOf(sum.disbursed),
      availablePence: wholePenceOf(available),
    };
  });
  return { from, to, openingAvailablePence, months };
};
