import type { ErasedGroupTally } from '../domain/erased-group-tally.ts';
import type { Erasure, ErasureRecord } from '../domain/erasure.ts';
import type { Page } from './application-store.ts';

/** `erased`; or `application-changed` (another change came first: nothing was written, read it again). */
export type ErasureOutcome = 'erased' | 'application-changed';

/** The erasures and the report's aggregate of erased applications, beside the applications themselves. */
export interface PrivacyStore {
  /**
   * Writes the erased application only if it is still at `expectedVersion`, in one transaction with its
   * audit record and `tallies` added to the report's aggregate: all or nothing, so a retry adds nothing twice.
   */
  erase(erasure: Erasure, expectedVersion: number, tallies: readonly ErasedGroupTally[]): Promise<ErasureOutcome>;
  /** Every cell of the aggregate, oldest month first. */
  erasedGroupTallies(): Promise<ErasedGroupTally[]>;
  /** The audit of erasures, oldest first, a page at a time. */
  erasures(request: { limit: number; next?: string }): Promise<Page<ErasureRecord>>;
}
