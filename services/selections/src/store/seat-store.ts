import type { Seat, SeatFlags } from '../domain/seat.ts';
import type { SeatWrite } from '../domain/seat-import.ts';
import type { Settings } from '../domain/settings.ts';

/** The settings and the version they were read at, for an optimistic update. */
export interface StoredSettings {
  settings: Settings;
  /** 0 while the defaults have never been saved. */
  version: number;
}

/** A change of flags: `null` clears the boundary review. */
export type SeatFlagsChange = Partial<Omit<SeatFlags, 'boundaryReviewUntil'>> & { boundaryReviewUntil?: string | null };

export interface SeatStore {
  /** The saved settings, or the defaults at version 0. */
  getSettings(): Promise<StoredSettings>;
  /** Saves the settings if they are still at `expectedVersion`; else throws `ConcurrentChangeError`. */
  putSettings(settings: Settings, expectedVersion: number): Promise<StoredSettings>;
  getSeat(seatId: string): Promise<Seat | undefined>;
  /** Every seat, in GSS code order. */
  allSeats(): Promise<Seat[]>;
  /**
   * Writes an import's seats, each in one write: a new seat with its first flags (kept if a concurrent
   * import created it first), an existing one in its imported fields only.
   */
  applyImport(writes: readonly SeatWrite[]): Promise<void>;
  /**
   * Changes a seat's flags and counts the change in its `flagsRevision`; throws `SeatNotFoundError` for a seat
   * never imported, and `SeatFlagsChangedError` when `expectedRevision` is given and the flags are no longer at it.
   */
  updateFlags(seatId: string, change: SeatFlagsChange, updatedAt: string, expectedRevision?: number): Promise<Seat>;
}
