/**
 * The fund's single table. Access patterns:
 * - the fund's running totals and rate history: one item, `FUND`/`FUND` (read for every balance);
 * - a donation and its refunds: `DONATION#<id>`, sorted `DONATION` then `REFUND#<refundId>`;
 * - donations by the day received: the sparse index `byReceivedOn` (only donation items carry its keys),
 *   partitioned `DONATIONS#<YYYY-MM>` of `receivedOn` and sorted `<receivedOn>#<donationId>`, projecting only
 *   what finance's list shows (never the donor's details). Monthly partitions, as the ledger's, keep any one
 *   from growing without bound; a date-range query walks the months, newest first;
 * - the ledger by date: `LEDGER#<YYYY-MM>` of the movement's `effectiveOn`, sorted
 *   `<effectiveOn>#<postedAt>#<movementId>`. Monthly partitions keep any one from growing without bound;
 *   a date-range query walks the months in order;
 * - every application, in one partition `APPLICATIONS`, sorted `APPLICATION#<applicationId>` (ids are
 *   time-ordered, so this is submission order): finance's list is a query of it, a few thousand items at
 *   most over a Parliament;
 * - a candidate's applications: `CANDIDATE#<candidateId>`, `APPLICATION#<applicationId>`, an item holding
 *   only the id, written with the application and never changed;
 * - the fund's view of the selections in a seat: `SEAT#<seatId>`, sorted `SELECTION#<selectionId>`, one item
 *   per selection, upserted by its id; an application looks its seat up with one query;
 * - the same views again in one partition `SELECTIONS`, sorted `SELECTION#<selectionId>`, written in the
 *   same transaction: the seats a candidate may apply in are one query of it (a few hundred selections
 *   over a Parliament, under DynamoDB's 1 MB page).
 */
export const fundKey = { pk: 'FUND', sk: 'FUND' } as const;

export const donationKey = (donationId: string) => ({ pk: `DONATION#${donationId}`, sk: 'DONATION' });

/** The index finance's list of donations is read from, and its key attributes. */
export const DONATIONS_BY_RECEIVED_ON = { indexName: 'byReceivedOn', partitionKey: 'receivedMonth', sortKey: 'receivedKey' } as const;

export const donationsPartition = (month: string) => `DONATIONS#${month}`;

/** The index keys a donation item carries, so that it is listed by the day it was received. */
export const donationIndexKeys = ({ donationId, receivedOn }: { donationId: string; receivedOn: string }) => ({
  [DONATIONS_BY_RECEIVED_ON.partitionKey]: donationsPartition(receivedOn.slice(0, 7)),
  [DONATIONS_BY_RECEIVED_ON.sortKey]: `${receivedOn}#${donationId}`,
});

/**
 * What the index projects besides the keys: what a row of finance's list shows. The donor's details and the
 * event's ids stay on the item, so each index entry is about 300 bytes whatever the donor typed.
 */
export const DONATION_LIST_ATTRIBUTES = [
  'donationId',
  'amountPence',
  'receivedOn',
  'source',
  'recordedAt',
  'permissibilityCheckRequired',
  'levyRate',
  'levyUnits',
  'refundedPence',
  'levyReversedUnits',
] as const;

export const refundKey = (donationId: string, refundId: string) => ({ pk: `DONATION#${donationId}`, sk: `REFUND#${refundId}` });

export const APPLICATIONS_PARTITION = 'APPLICATIONS';

export const applicationKey = (applicationId: string) => ({ pk: APPLICATIONS_PARTITION, sk: `APPLICATION#${applicationId}` });

/** The shape of an `APPLICATIONS` sort key (application ids are UUIDv7): a page cursor must hold one. */
export const APPLICATION_SORT_KEY = /APPLICATION#[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

export const candidatePartition = (candidateId: string) => `CANDIDATE#${candidateId}`;

export const candidateApplicationKey = (candidateId: string, applicationId: string) => ({
  pk: candidatePartition(candidateId),
  sk: `APPLICATION#${applicationId}`,
});

export const seatPartition = (seatId: string) => `SEAT#${seatId}`;

export const seatSelectionKey = (seatId: string, selectionId: string) => ({ pk: seatPartition(seatId), sk: `SELECTION#${selectionId}` });

export const SELECTIONS_PARTITION = 'SELECTIONS';

export const catalogueSelectionKey = (selectionId: string) => ({ pk: SELECTIONS_PARTITION, sk: `SELECTION#${selectionId}` });

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
