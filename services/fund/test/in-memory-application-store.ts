import type { EventEnvelope } from '@platform/events';
import type { ApplicationFacets } from '../src/domain/application-stage.ts';
import type { Application, LedgerStep } from '../src/domain/application.ts';
import type { CancelledSelection, ScheduledSelection, SelectionView } from '../src/domain/selection-view.ts';
import type { ApplicationStore, Page, PageRequest, SaveOutcome, SubmitOutcome } from '../src/store/application-store.ts';
import type { SelectionViewStore, ViewOutcome } from '../src/store/selection-view-store.ts';

/** The selection views as DynamoSelectionViewStore keeps them, with the same conditions. */
export class InMemorySelectionViewStore implements SelectionViewStore {
  readonly views = new Map<string, SelectionView>();

  async selectionsIn(seatId: string): Promise<SelectionView[]> {
    return structuredClone([...this.views.values()].filter((view) => view.seatId === seatId));
  }

  async allSelections(): Promise<SelectionView[]> {
    return structuredClone([...this.views.values()]);
  }

  async recordScheduled(selection: ScheduledSelection): Promise<ViewOutcome> {
    const stored = this.views.get(selection.selectionId);
    if (stored !== undefined && (stored.status === 'cancelled' || stored.occurredAt >= selection.occurredAt)) return 'ignored';
    this.views.set(selection.selectionId, structuredClone(selection));
    return 'applied';
  }

  async recordCancelled(selection: CancelledSelection): Promise<ViewOutcome> {
    if (this.views.get(selection.selectionId)?.status === 'cancelled') return 'ignored';
    this.views.set(selection.selectionId, structuredClone(selection));
    return 'applied';
  }
}

/**
 * An ApplicationStore holding what DynamoApplicationStore would write, with the same all-or-nothing outcomes
 * and guards: the fund's available and committed money (in pence here) stand for the totals item.
 * `beforeNextWrite` runs once, just before the next write is checked: a concurrent write landing between a
 * handler's read and its write.
 */
export class InMemoryApplicationStore implements ApplicationStore {
  readonly applications = new Map<string, Application>();
  readonly outbox: EventEnvelope[] = [];
  readonly ledger: (LedgerStep & { applicationId: string })[] = [];
  availablePence = 0;
  committedPence = 0;
  beforeNextWrite: (() => void) | undefined;

  readonly selections: InMemorySelectionViewStore;

  constructor(selections: InMemorySelectionViewStore = new InMemorySelectionViewStore()) {
    this.selections = selections;
  }

  #interleave() {
    const concurrent = this.beforeNextWrite;
    this.beforeNextWrite = undefined;
    concurrent?.();
  }

  async submit(application: Application): Promise<SubmitOutcome> {
    this.#interleave();
    if (this.selections.views.get(application.selectionId)?.status !== 'scheduled') return 'selection-changed';
    if (this.applications.has(application.applicationId)) throw new Error(`application ${application.applicationId} exists`);
    this.applications.set(application.applicationId, structuredClone(application));
    return 'submitted';
  }

  async application(applicationId: string): Promise<Application | undefined> {
    const found = this.applications.get(applicationId);
    return found === undefined ? undefined : structuredClone(found);
  }

  async applicationsOf(candidateId: string): Promise<Application[]> {
    return structuredClone([...this.applications.values()].filter((application) => application.candidateId === candidateId).sort((a, b) => a.applicationId.localeCompare(b.applicationId)));
  }

  async page({ limit, next, keep = () => true }: PageRequest<Application>): Promise<Page<Application>> {
    const all = [...this.applications.values()].sort((a, b) => a.applicationId.localeCompare(b.applicationId)).filter(keep);
    const start = next === undefined ? 0 : Number(next);
    const items = structuredClone(all.slice(start, start + limit));
    return start + limit < all.length ? { items, next: String(start + limit) } : { items };
  }

  async allFacets(): Promise<ApplicationFacets[]> {
    return [...this.applications.values()].map(({ status, seatId, region, groups, purpose, disbursedPence }) => ({ status, seatId, region, groups: [...groups], purpose, disbursedPence }));
  }

  async allApplications(): Promise<Application[]> {
    return structuredClone([...this.applications.values()]);
  }

  async save(application: Application, expectedVersion: number, { ledger, event }: { ledger?: LedgerStep; event?: EventEnvelope }): Promise<SaveOutcome> {
    this.#interleave();
    if (this.applications.get(application.applicationId)?.version !== expectedVersion) return { outcome: 'application-changed' };
    if (ledger !== undefined) {
      const from = ledger.kind === 'commit' ? this.availablePence : this.committedPence;
      if (from < ledger.amountPence) return { outcome: 'fund-overdrawn', availablePence: this.availablePence };
      if (ledger.kind === 'commit') this.availablePence -= ledger.amountPence;
      if (ledger.kind === 'release') this.availablePence += ledger.amountPence;
      this.committedPence += ledger.kind === 'commit' ? ledger.amountPence : 0 - ledger.amountPence;
      this.ledger.push({ ...ledger, applicationId: application.applicationId });
    }
    this.applications.set(application.applicationId, structuredClone(application));
    if (event !== undefined) this.outbox.push(event);
    return { outcome: 'saved' };
  }
}
