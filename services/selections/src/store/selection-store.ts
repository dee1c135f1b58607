import type { EventEnvelope } from '@platform/events';
import type { Seat, SeatRetirement } from '../domain/seat.ts';
import type { Selection } from '../domain/selection.ts';
import type { Publication, Timetable } from '../domain/timetable.ts';
import type { Delivery, Page, PageRequest } from './types.ts';

/** What publishing one selection did. */
export type PublishOutcome =
  /** Written now, with its seat and its event. */
  | 'published'
  /** Written by an earlier try of the same publish. */
  | 'already-published'
  /** The seat has another selection, or its retirement changed, since the draft. */
  | 'seat-taken';

/** A timetable at the revision it was read at, for an optimistic change to the selections placed in it. */
export interface TimetableAt {
  timetableId: string;
  revision: number;
}

export interface SelectionStore {
  saveTimetable(timetable: Timetable): Promise<void>;
  getTimetable(timetableId: string): Promise<Timetable | undefined>;
  /**
   * Marks a draft (or a publish that died half-way) as being published. Throws `TimetableNotFoundError`,
   * or `TimetableAlreadyPublishedError` once it is published.
   */
  beginPublishing(timetableId: string): Promise<void>;
  /**
   * Writes a selection, points its seat at it and stores its event, all or nothing. Safe to repeat: a
   * selection already written is reported, not written again.
   */
  publishSelection(selection: Selection, event: EventEnvelope): Promise<PublishOutcome>;
  /** Marks the timetable published and makes it the one retiring MPs' seats are slotted into. */
  finishPublishing(timetableId: string, publication: Publication, publishedAt: string): Promise<Timetable>;
  /** The timetable most recently published, if any. */
  publishedTimetable(): Promise<Timetable | undefined>;

  getSelection(selectionId: string): Promise<Selection | undefined>;
  listSelections(request: PageRequest<Selection>): Promise<Page<Selection>>;
  /** Every selection of a timetable, scheduled or cancelled, read consistently. */
  selectionsOf(timetableId: string): Promise<Selection[]>;
  /**
   * Saves a moved selection and its event, if neither it (at `expectedRevision`) nor its timetable changed
   * since they were read; else throws `ConcurrentChangeError`.
   */
  saveMove(selection: Selection, expectedRevision: number, timetable: TimetableAt, event: EventEnvelope): Promise<void>;

  /**
   * Records a retirement on the seat as it was read. `'duplicate'` when the consumer has processed the
   * event already; `ConcurrentChangeError` when the seat changed since it was read.
   */
  recordRetirement(seat: Seat, retirement: SeatRetirement, delivery: Delivery): Promise<'saved' | 'duplicate'>;
  /**
   * Records a retirement and slots the seat's new selection into the timetable, with its events (a selection
   * already cancelled, by a withdrawal that came first, leaves the seat free).
   */
  slotRetirement(
    seat: Seat,
    retirement: SeatRetirement,
    slotted: { selection: Selection; timetable: TimetableAt; events: EventEnvelope[] },
    delivery: Delivery,
  ): Promise<'saved' | 'duplicate'>;
  /**
   * Records a withdrawn retirement and saves the change it made to the seat's selection (read at
   * `expectedRevision`): cancelled, with its event, which frees the seat; or flagged for HQ staff.
   */
  withdrawRetirement(
    seat: Seat,
    retirement: SeatRetirement,
    change: { selection: Selection; expectedRevision: number; event?: EventEnvelope },
    delivery: Delivery,
  ): Promise<'saved' | 'duplicate'>;
}
