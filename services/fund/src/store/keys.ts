/**
 * The fund's single table. Access patterns:
 * - the fund's running totals and rate history: one item, `FUND`/`FUND` (read for every balance);
 * - a donation and its refunds: `DONATION#<id>`, sorted `DONATION` then `REFUND#<refundId>`;
 * - the ledger by date: `LEDGER#<YYYY-MM>` of the movement's `effectiveOn`, sorted
 *   `<effectiveOn>#<postedAt>#<movementId>`. Monthly partitions keep any one from growing without bound;
 *   a date-range query walks the months in order.
 */
export const fundKey = { pk: 'FUND', sk: 'FUND' } as const;

export const donationKey = (donationId: string) => ({ pk: `DONATION#${donationId}`, sk: 'DONATION' });

export const refundKey = (donationId: string, refundId: string) => ({ pk: `DONATION#${donationId}`, sk: `REFUND#${refundId}` });

export const ledgerPartition = (month: string) => `LEDGER#${month}`;

export const movementKey = ({ effectiveOn, postedAt, movementId }: { effectiveOn: string; postedAt: string; movementId: string }) => ({
  pk: ledgerPartition(effectiveOn.slice(0, 7)),
  sk: `${effectiveOn}#${postedAt}#${movementId}`,
});

/** The months (`YYYY-MM`) from the month of `from` to the month of `to`, both dates `YYYY-MM-DD`. */
export const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
};
