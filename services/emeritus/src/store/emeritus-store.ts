import type { EventEnvelope } from '@platform/events';
import type { HistoryEntry } from '../domain/history.ts';
import type { ActiveRetirement, Retirement, WithdrawnRetirement } from '../domain/retirement.ts';
import type { SettingsRecord } from '../domain/settings.ts';
import type { Attendee, Meeting } from '../domain/clause-v-meeting.ts';
import type { Consultation, ResponseVersion } from '../domain/consultation.ts';

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

/** A page of a list, and the cursor of the next (`null` on the last page). */
export interface ListPage<T> {
  items: T[];
  next: string | null;
}

/** Which page of a list: up to `limit` items that `keep`, after the cursor `next` of the previous page. */
export interface ListRequest<T> {
  limit: number;
  next?: string | undefined;
  keep?: (item: T) => boolean;
}

/** The event a consumer acts on, so that the change it causes is committed once. */
export interface Delivery {
  consumer: string;
  eventId: string;
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

  /** Appends one history entry on its own (a refused attempt, which changes nothing else). */
  appendHistory(entry: HistoryEntry): Promise<void>;
  /** The MP's active retirement, found by their lock, or `undefined`. Read consistently. */
  activeRetirementOf(mpId: string): Promise<ActiveRetirement | undefined>;

  /** Stores a new consultation with its history entry. */
  openConsultation(consultation: Consultation, entry: HistoryEntry): Promise<void>;
  consultation(consultationId: string): Promise<Consultation | undefined>;
  /** Consultations, newest first; a cursor from another list is a 400. */
  consultations(request: ListRequest<Consultation>): Promise<ListPage<Consultation>>;
  /** Closes it early with its entry; `'closed-already'` (nothing written) when it was closed meanwhile. */
  closeConsultation(consultation: Consultation, entry: HistoryEntry): Promise<'closed' | 'closed-already'>;
  /** Every consultee's latest response version. */
  responses(consultationId: string): Promise<ResponseVersion[]>;
  /** Every version of one consultee's response, oldest first. */
  responseVersions(consultationId: string, mpId: string): Promise<ResponseVersion[]>;
  /**
   * Stores the next version of a response with its history entry, all or nothing, unless HQ staff closed the
   * consultation meanwhile (`'closed'`; its closing date the caller judges) or another version was recorded
   * meanwhile (`'stale'`): nothing written either way.
   */
  recordResponse(response: ResponseVersion, entry: HistoryEntry): Promise<'recorded' | 'stale' | 'closed'>;

  createMeeting(meeting: Meeting, entry: HistoryEntry): Promise<void>;
  meeting(meetingId: string): Promise<Meeting | undefined>;
  /** Meetings, newest first; a cursor from another list is a 400. */
  meetings(request: ListRequest<Meeting>): Promise<ListPage<Meeting>>;
  /** Every meeting (a handful per Parliament), for the retirement consumer. */
  allMeetings(): Promise<Meeting[]>;
  attendee(meetingId: string, mpId: string): Promise<Attendee | undefined>;
  /** The attendee list in the order added. */
  attendees(meetingId: string): Promise<Attendee[]>;
  /**
   * Adds an attendee with its entry, all or nothing, only while the MP holds no active-retirement lock, so an
   * announcement racing the addition either refuses it or, committed after it, flags it.
   * `'retiring'`, `'attending'` (on the list already) or `'full'` when refused at the write: nothing written.
   */
  addAttendee(meetingId: string, attendee: Attendee, entry: HistoryEntry): Promise<'added' | 'retiring' | 'attending' | 'full'>;
  /**
   * Removes an attendee with its entry, and their flag from the meeting's count; `'not-attending'` (nothing
   * written) when they are not on the list.
   */
  removeAttendee(meetingId: string, mpId: string, entry: HistoryEntry): Promise<'removed' | 'not-attending'>;
  /**
   * Replaces an attendee's flag, if it is still `before`'s, adjusting the meeting's count of flags, with its
   * entry and the inbox record of the delivery. `'stale'` when the attendee changed meanwhile (removed, or
   * flagged by another event), `'duplicate'` when this delivery was applied already: nothing written.
   */
  saveFlag(
    meetingId: string,
    change: { before: Attendee; after: Attendee; flaggedDelta: number },
    entry: HistoryEntry,
    delivery: Delivery,
  ): Promise<'saved' | 'stale' | 'duplicate'>;
}
