import type { EventEnvelope } from '@platform/events';
import type { HistoryEntry } from '../domain/history.ts';
import type { ActiveRetirement, Retirement, WithdrawnRetirement } from '../domain/retirement.ts';
import type { SettingsRecord } from '../domain/settings.ts';

/** The settings with the version they were read at, for an optimistic write; version 0 = never saved. */
export interface VersionedSettings {
  settings: SettingsRecord;
  version: number;
}

/** A page of the history, oldest first; `nextCursor` is `null` on the last page. */
export interface HistoryPage {
  entries: HistoryEntry[];
  nextCursor: string | null;
}

/**
 * The emeritus service's data: the register of retirements, the settings and the append-only history.
 * Every write stores its history entry (and, for retirements, its event) in the same transaction.
 */
export interface EmeritusStore {
  /** The saved settings, or the defaults (version 0) when none were ever saved. */
  settings(): Promise<VersionedSettings>;
  /** Replaces the settings if they are still at `readVersion`; `'stale'` (nothing written) if not. */
  saveSettings(settings: SettingsRecord, readVersion: number, entry: HistoryEntry): Promise<'saved' | 'stale'>;
  retirement(retirementId: string): Promise<Retirement | undefined>;
  /** The whole register: a few hundred retirements per Parliament at most. */
  retirements(): Promise<Retirement[]>;
  /**
   * Stores a new retirement with its event and history entry, all or nothing, and takes the MP's
   * one-active-retirement lock. Throws `RetirementAlreadyActiveError` when the MP holds the lock already,
   * however many requests race.
   */
  announce(retirement: ActiveRetirement, event: EventEnvelope, entry: HistoryEntry): Promise<void>;
  /**
   * Stores the withdrawal with its event and history entry and frees the MP's lock, all or nothing.
   * `'not-active'` (nothing written) when the retirement was withdrawn meanwhile.
   */
  withdraw(retirement: WithdrawnRetirement, event: EventEnvelope, entry: HistoryEntry): Promise<'withdrawn' | 'not-active'>;
  /** Up to `limit` history entries, oldest first, after the entry whose sort key is `after` (from `HistoryCursor`). */
  history(page: { limit: number; after?: string | undefined }): Promise<HistoryPage>;
}
