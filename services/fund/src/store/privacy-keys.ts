/**
 * The fund table's items for privacy (beside those `keys.ts` lists):
 * - the audit of erasures, in one partition `ERASURES`, sorted `<at>#<erasureId>`: the order they happened;
 *   finance pages through it. A few per application at most, so a few thousand over a Parliament;
 * - the report's aggregate of erased applications: `ERASED-GROUP-TALLY`, sorted `<YYYY-MM>#<group>#<purpose>`
 *   (submission month, so month ranges read a contiguous span); at most a few dozen cells a month.
 */
export const ERASURES_PARTITION = 'ERASURES';

export const erasureKey = ({ at, erasureId }: { at: string; erasureId: string }) => ({ pk: ERASURES_PARTITION, sk: `${at}#${erasureId}` });

/** The shape of an `ERASURES` sort key: a page cursor must hold one. */
export const ERASURE_SORT_KEY = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

export const ERASED_TALLY_PARTITION = 'ERASED-GROUP-TALLY';

export const erasedTallyKey = ({ month, group, purpose }: { month: string; group: string; purpose: string }) => ({
  pk: ERASED_TALLY_PARTITION,
  sk: `${month}#${group}#${purpose}`,
});
