import type { ErasedGroupTally } from '../src/domain/erased-group-tally.ts';
import type { Erasure, ErasureRecord } from '../src/domain/erasure.ts';
import type { Page } from '../src/store/application-store.ts';
import type { ErasureOutcome, PrivacyStore } from '../src/store/privacy-store.ts';
import type { InMemoryApplicationStore } from './in-memory-application-store.ts';

const METRICS = ['applications', 'requestedPence', 'approved', 'approvedPence', 'paid', 'disbursedPence'] as const;

/**
 * A PrivacyStore beside an InMemoryApplicationStore, writing what DynamoPrivacyStore would: the erased
 * application only at the version read, with its audit record and its tallies, all or nothing.
 */
export class InMemoryPrivacyStore implements PrivacyStore {
  readonly records: ErasureRecord[] = [];
  readonly tallies = new Map<string, ErasedGroupTally>();
  readonly #applications: InMemoryApplicationStore;

  constructor(applications: InMemoryApplicationStore) {
    this.#applications = applications;
  }

  async erase({ application, record }: Erasure, expectedVersion: number, tallies: readonly ErasedGroupTally[]): Promise<ErasureOutcome> {
    if (this.#applications.applications.get(application.applicationId)?.version !== expectedVersion) return 'application-changed';
    this.#applications.applications.set(application.applicationId, structuredClone(application));
    this.records.push(structuredClone(record));
    for (const tally of tallies) {
      const key = `${tally.month}#${tally.group}#${tally.purpose}`;
      const held = this.tallies.get(key) ?? { ...tally, ...Object.fromEntries(METRICS.map((metric) => [metric, 0])) };
      for (const metric of METRICS) held[metric] += tally[metric];
      this.tallies.set(key, held);
    }
    return 'erased';
  }

  async erasedGroupTallies(): Promise<ErasedGroupTally[]> {
    return structuredClone([...this.tallies.values()]);
  }

  async erasures({ limit, next }: { limit: number; next?: string }): Promise<Page<ErasureRecord>> {
    const start = next === undefined ? 0 : Number(next);
    const items = structuredClone(this.records.slice(start, start + limit));
    return start + limit < this.records.length ? { items, next: String(start + limit) } : { items };
  }
}
