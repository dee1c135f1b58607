import type { EventEnvelope } from '@platform/events';
import type { ApplicationFacets } from '../domain/application-stage.ts';
import type { Application, LedgerStep } from '../domain/application.ts';

/** One page of a list, and the cursor of the next (absent on the last page). */
export interface Page<T> {
  items: T[];
  next?: string;
}

/** Which page of a list to read, and which items belong on it. */
export interface PageRequest<T> {
  limit: number;
  /** The `next` of the previous page, as handed out. */
  next?: string;
  /** Keeps only the items that match the list's filters; a page holds up to `limit` such items. */
  keep?: (item: T) => boolean;
}

/**
 * `submitted`; or `selection-changed`: the seat's selection was cancelled (or replaced) between the check
 * and the write, so nothing was written: check again.
 */
export type SubmitOutcome = 'submitted' | 'selection-changed';

/**
 * What saving a change did: `saved`; `application-changed` (another change came first: read it again and
 * retry); `fund-overdrawn` (the fund cannot cover the commitment; `availablePence` is what it has now). In
 * every case but `saved`, nothing was written.
 */
export type SaveOutcome = { outcome: 'saved' } | { outcome: 'application-changed' } | { outcome: 'fund-overdrawn'; availablePence: number };

export interface ApplicationStore {
  /** Stores a new application, only while the seat's selection it was checked against is still scheduled. */
  submit(application: Application): Promise<SubmitOutcome>;
  /** Strongly consistent. */
  application(applicationId: string): Promise<Application | undefined>;
  /** A candidate's applications, oldest first. Strongly consistent. */
  applicationsOf(candidateId: string): Promise<Application[]>;
  /** Every application in submission order, a page at a time, keeping those that match. */
  page(request: PageRequest<Application>): Promise<Page<Application>>;
  /** What finance's filters and counts read of every application (no statements, no histories). */
  allFacets(): Promise<ApplicationFacets[]>;
  /** Every application, for the report. */
  allApplications(): Promise<Application[]>;
  /**
   * Writes the changed application only if it is still at `expectedVersion`, in one transaction with its
   * ledger movement (and the fund's totals) and the event announcing it: all or nothing.
   */
  save(application: Application, expectedVersion: number, effects: { ledger?: LedgerStep; event?: EventEnvelope }): Promise<SaveOutcome>;
}
