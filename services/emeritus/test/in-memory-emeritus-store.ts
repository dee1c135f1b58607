import type { EventEnvelope } from '@platform/events';
import { RetirementAlreadyActiveError } from '../src/domain/errors.ts';
import type { HistoryEntry } from '../src/domain/history.ts';
import type { ActiveRetirement, Retirement, WithdrawnRetirement } from '../src/domain/retirement.ts';
import { DEFAULT_SETTINGS } from '../src/domain/settings.ts';
import type { SettingsRecord } from '../src/domain/settings.ts';
import type { EmeritusStore, HistoryPage, VersionedSettings } from '../src/store/emeritus-store.ts';
import { encodeCursor } from '../src/store/history-cursor.ts';

const sortKeyOf = (entry: HistoryEntry) => `${entry.at}#${entry.historyId}`;

/** An EmeritusStore holding what DynamoEmeritusStore would write, with the same all-or-nothing outcomes. */
export class InMemoryEmeritusStore implements EmeritusStore {
  readonly register = new Map<string, Retirement>();
  /** The one-active-retirement lock: mpId → retirementId. */
  readonly locks = new Map<string, string>();
  readonly outbox: EventEnvelope[] = [];
  readonly entries: HistoryEntry[] = [];
  saved: VersionedSettings = { settings: DEFAULT_SETTINGS, version: 0 };

  async settings(): Promise<VersionedSettings> {
    return this.saved;
  }

  async saveSettings(settings: SettingsRecord, readVersion: number, entry: HistoryEntry): Promise<'saved' | 'stale'> {
    if (readVersion !== this.saved.version) return 'stale';
    this.saved = { settings, version: readVersion + 1 };
    this.entries.push(entry);
    return 'saved';
  }

  async retirement(retirementId: string): Promise<Retirement | undefined> {
    return this.register.get(retirementId);
  }

  async retirements(): Promise<Retirement[]> {
    return [...this.register.values()];
  }

  async announce(retirement: ActiveRetirement, event: EventEnvelope, entry: HistoryEntry): Promise<void> {
    const holder = this.locks.get(retirement.mpId);
    if (holder !== undefined) throw new RetirementAlreadyActiveError(retirement.mpId, holder);
    if (this.register.has(retirement.retirementId)) throw new Error(`retirement ${retirement.retirementId} exists already`);
    this.locks.set(retirement.mpId, retirement.retirementId);
    this.register.set(retirement.retirementId, retirement);
    this.entries.push(entry);
    this.outbox.push(event);
  }

  async withdraw(retirement: WithdrawnRetirement, event: EventEnvelope, entry: HistoryEntry): Promise<'withdrawn' | 'not-active'> {
    if (this.register.get(retirement.retirementId)?.status !== 'active') return 'not-active';
    if (this.locks.get(retirement.mpId) !== retirement.retirementId) throw new Error(`MP ${retirement.mpId} holds no lock for it`);
    this.register.set(retirement.retirementId, retirement);
    this.locks.delete(retirement.mpId);
    this.entries.push(entry);
    this.outbox.push(event);
    return 'withdrawn';
  }

  async history({ limit, after }: { limit: number; after?: string | undefined }): Promise<HistoryPage> {
    const sorted = [...this.entries].sort((a, b) => sortKeyOf(a).localeCompare(sortKeyOf(b)));
    const rest = after === undefined ? sorted : sorted.filter((entry) => sortKeyOf(entry) > after);
    const entries = rest.slice(0, limit);
    const last = entries.at(-1);
    return { entries, nextCursor: rest.length > limit && last !== undefined ? encodeCursor(sortKeyOf(last)) : null };
  }
}
