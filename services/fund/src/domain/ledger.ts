/**
 * The fund's double-entry ledger. Money moves between four accounts: `income` (the party's takings, the
 * source of every levy), `fund` (levied and available), `committed` (promised to approved grants) and
 * `disbursed` (paid out). Every movement is one immutable pair of entries, the same amount out of one account
 * and into another, so the entries of any set of movements sum to zero; balances are sums of entries.
 * Amounts are levy units (1/10,000 p, see `money.ts`).
 */
export const accounts = ['income', 'fund', 'committed', 'disbursed'] as const;

export type Account = (typeof accounts)[number];

/** One side of a movement: units into (positive) or out of (negative) an account. */
export interface Entry {
  account: Account;
  units: number;
}

/** Which way each kind of movement sends money. */
export const flows = {
  levy: { from: 'income', to: 'fund' },
  'levy-reversal': { from: 'fund', to: 'income' },
  commitment: { from: 'fund', to: 'committed' },
  release: { from: 'committed', to: 'fund' },
  disbursement: { from: 'committed', to: 'disbursed' },
} as const satisfies Record<string, { from: Account; to: Account }>;

export type MovementKind = keyof typeof flows;

/** What a movement is about: the ids it came from and the amount it was calculated on. */
export interface MovementDetails {
  /** The donation levied, the refund reversed, or the grant committed, released or paid, in whole pence. */
  amountPence: number;
  /** The rate a levy or its reversal used; null when no rate was in force. */
  basisPoints?: number | null;
  donationId?: string;
  refundId?: string;
  applicationId?: string;
  disbursementId?: string;
  /** On a levy: the donation is over £500 and its donor's permissibility must be checked. */
  permissibilityCheckRequired?: boolean;
}

export interface Movement extends MovementDetails {
  movementId: string;
  kind: MovementKind;
  /** The date the money moved in the books: a donation's `receivedOn`, a refund's `refundedOn`. */
  effectiveOn: string;
  /** When the movement was written. */
  postedAt: string;
  entries: readonly [Entry, Entry];
}

/** A movement of `units` in the direction its kind sends money. */
export const movement = (
  kind: MovementKind,
  units: number,
  { movementId, effectiveOn, postedAt, ...details }: MovementDetails & { movementId: string; effectiveOn: string; postedAt: string },
): Movement => {
  if (!Number.isSafeInteger(units) || units < 0) throw new RangeError(`a movement moves a whole, non-negative number of units; got ${units}`);
  const { from, to } = flows[kind];
  // `0 - units`, not `-units`: a zero levy must not be written as negative zero.
  return { movementId, kind, effectiveOn, postedAt, ...details, entries: [{ account: from, units: 0 - units }, { account: to, units }] };
};

/** The units a movement moves (its positive entry). */
export const unitsMoved = (moved: Movement): number => moved.entries[1].units;

/** Every account's balance, summed from the entries alone. */
export const balancesOf = (movements: Iterable<Movement>): Record<Account, number> => {
  const balances: Record<Account, number> = { income: 0, fund: 0, committed: 0, disbursed: 0 };
  for (const { entries } of movements) for (const { account, units } of entries) balances[account] += units;
  return balances;
};

/** Whether a movement's entries cancel out, as every movement's must. */
export const isBalanced = ({ entries }: Movement): boolean => entries[0].units + entries[1].units === 0;
