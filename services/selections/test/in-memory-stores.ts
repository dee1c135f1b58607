import type { EventEnvelope } from '@platform/events';
import type { CalendarSubscription } from '../src/domain/calendar-subscription.ts';
import {
  CalendarSubscriptionNotFoundError,
  ConcurrentChangeError,
  SeatFlagsChangedError,
  SeatNotFoundError,
  TimetableAlreadyPublishedError,
  TimetableNotFoundError,
} from '../src/domain/errors.ts';
import type { Seat, SeatRetirement } from '../src/domain/seat.ts';
import type { SeatWrite } from '../src/domain/seat-import.ts';
import type { Selection } from '../src/domain/selection.ts';
import { DEFAULT_SETTINGS } from '../src/domain/settings.ts';
import type { Settings } from '../src/domain/settings.ts';
import type { Publication, Timetable } from '../src/domain/timetable.ts';
import { decodePageCursor, encodePageCursor } from '@platform/kit';
import { SELECTION_SORT_KEY, SELECTIONS_PARTITION } from '../src/store/keys.ts';
import type { CalendarSubscriptionStore } from '../src/store/calendar-subscription-store.ts';
import type { SeatFlagsChange, SeatStore, StoredSettings } from '../src/store/seat-store.ts';
import type { PublishOutcome, SelectionStore, TimetableAt } from '../src/store/selection-store.ts';
import type { Delivery, Page, PageRequest } from '../src/store/types.ts';

const clone = <T>(value: T): T => structuredClone(value);

/** Pages a sorted map as the Dynamo stores do, with the same cursors. */
const pageOf = <T>(partition: string, shape: RegExp, sortKey: (item: T) => string, items: T[], request: PageRequest<T>): Page<T> => {
  const after = request.next === undefined ? undefined : decodePageCursor(request.next, partition, shape).sk;
  const sorted = items.map((item) => ({ sk: sortKey(item), item })).sort((a, b) => a.sk.localeCompare(b.sk));
  const remaining = sorted.filter(({ sk }) => after === undefined || sk > after).filter(({ item }) => (request.keep ?? (() => true))(item));
  const page = remaining.slice(0, request.limit);
  const last = page.at(-1);
  const more = sorted.some(({ sk }) => last !== undefined && sk > last.sk);
  return { items: page.map(({ item }) => clone(item)), ...(page.length === request.limit && more && last ? { next: encodePageCursor({ pk: partition, sk: last.sk }) } : {}) };
};

/** The seats and settings in memory, keeping the rules the DynamoDB store's conditions keep. */
export class InMemorySeatStore implements SeatStore {
  readonly seats = new Map<string, Seat>();
  stored: StoredSettings = { settings: DEFAULT_SETTINGS, version: 0 };

  constructor(seats: readonly Seat[] = []) {
    for (const seat of seats) this.seats.set(seat.seatId, clone(seat));
  }

  async getSettings(): Promise<StoredSettings> {
    return clone(this.stored);
  }

  async putSettings(settings: Settings, expectedVersion: number): Promise<StoredSettings> {
    if (this.stored.version !== expectedVersion) throw new ConcurrentChangeError('the settings');
    this.stored = { settings: clone(settings), version: expectedVersion + 1 };
    return clone(this.stored);
  }

  async getSeat(seatId: string): Promise<Seat | undefined> {
    return clone(this.seats.get(seatId));
  }

  async allSeats(): Promise<Seat[]> {
    return [...this.seats.values()].sort((a, b) => a.seatId.localeCompare(b.seatId)).map(clone);
  }

  async applyImport(writes: readonly SeatWrite[]): Promise<void> {
    for (const write of writes) {
      if (write.kind === 'create') {
        // An upsert that keeps the flags of a seat some other import created first, as the Dynamo store's does.
        const { island, priority, shortlist, importedAt, ...fields } = write.seat;
        const existing = this.seats.get(write.seat.seatId);
        this.seats.set(write.seat.seatId, existing === undefined ? clone(write.seat) : { ...existing, ...fields });
      } else {
        const existing = this.seats.get(write.seatId);
        if (existing === undefined) throw new Error(`condition failed: seat ${write.seatId} is missing`);
        this.seats.set(write.seatId, { ...existing, ...write.fields, updatedAt: write.updatedAt });
      }
    }
  }

  async updateFlags(seatId: string, change: SeatFlagsChange, updatedAt: string, expectedRevision?: number): Promise<Seat> {
    const seat = this.seats.get(seatId);
    if (seat === undefined) throw new SeatNotFoundError(seatId);
    if (expectedRevision !== undefined && expectedRevision !== seat.flagsRevision) throw new SeatFlagsChangedError(seatId, expectedRevision, seat.flagsRevision);
    const { boundaryReviewUntil, ...flags } = change;
    const updated: Seat = { ...seat, ...flags, flagsRevision: seat.flagsRevision + 1, updatedAt };
    if (boundaryReviewUntil === null) delete updated.boundaryReviewUntil;
    else if (boundaryReviewUntil !== undefined) updated.boundaryReviewUntil = boundaryReviewUntil;
    this.seats.set(seatId, updated);
    return clone(updated);
  }
}

const sameRetirement = (a: SeatRetirement | undefined, b: SeatRetirement | undefined): boolean =>
  a?.retirementId === b?.retirementId && a?.status === b?.status;

/**
 * Timetables and selections in memory, sharing the seats of an {@link InMemorySeatStore}, with the events
 * each change commits in `events` and the deliveries processed in `inbox`.
 */
export class InMemorySelectionStore implements SelectionStore {
  readonly timetables = new Map<string, Timetable>();
  readonly selections = new Map<string, Selection>();
  readonly events: EventEnvelope[] = [];
  readonly inbox = new Set<string>();
  publishedTimetableId: string | undefined;
  /** Fails the call to publishSelection with this index (0 is the first), as a function dying half-way would. */
  failPublishAt: number | undefined;
  #publishCalls = 0;
  readonly #seats: InMemorySeatStore;

  constructor(seats: InMemorySeatStore) {
    this.#seats = seats;
  }

  async saveTimetable(timetable: Timetable): Promise<void> {
    if (this.timetables.has(timetable.timetableId)) throw new Error('condition failed: timetable exists');
    this.timetables.set(timetable.timetableId, clone(timetable));
  }

  async getTimetable(timetableId: string): Promise<Timetable | undefined> {
    return clone(this.timetables.get(timetableId));
  }

  async beginPublishing(timetableId: string): Promise<void> {
    const timetable = this.timetables.get(timetableId);
    if (timetable === undefined) throw new TimetableNotFoundError(timetableId);
    if (timetable.status === 'published') throw new TimetableAlreadyPublishedError(timetableId, timetable.publishedAt);
    timetable.status = 'publishing';
  }

  async publishSelection(selection: Selection, event: EventEnvelope): Promise<PublishOutcome> {
    const call = this.#publishCalls;
    this.#publishCalls += 1;
    if (call === this.failPublishAt) throw new Error('the function died');
    if (this.selections.has(selection.selectionId)) return 'already-published';
    const seat = this.#seats.seats.get(selection.seatId);
    const retirementHolds =
      selection.retirementId === undefined || (seat?.retirement?.retirementId === selection.retirementId && seat.retirement.status === 'announced');
    if (seat === undefined || seat.currentSelectionId !== undefined || !retirementHolds) return 'seat-taken';
    this.selections.set(selection.selectionId, clone(selection));
    seat.currentSelectionId = selection.selectionId;
    this.events.push(clone(event));
    return 'published';
  }

  async finishPublishing(timetableId: string, publication: Publication, publishedAt: string): Promise<Timetable> {
    const timetable = this.timetables.get(timetableId);
    if (timetable?.status !== 'publishing') throw new Error('condition failed: timetable is not being published');
    Object.assign(timetable, { status: 'published', publishedAt, publication: clone(publication) });
    this.publishedTimetableId = timetableId;
    return clone(timetable);
  }

  async publishedTimetable(): Promise<Timetable | undefined> {
    return this.publishedTimetableId === undefined ? undefined : this.getTimetable(this.publishedTimetableId);
  }

  async getSelection(selectionId: string): Promise<Selection | undefined> {
    return clone(this.selections.get(selectionId));
  }

  async listSelections(request: PageRequest<Selection>): Promise<Page<Selection>> {
    return pageOf(SELECTIONS_PARTITION, SELECTION_SORT_KEY, (selection) => `SELECTION#${selection.selectionId}`, [...this.selections.values()], request);
  }

  async selectionsOf(timetableId: string): Promise<Selection[]> {
    return [...this.selections.values()].filter((selection) => selection.timetableId === timetableId).map(clone);
  }

  async saveMove(selection: Selection, expectedRevision: number, timetable: TimetableAt, event: EventEnvelope): Promise<void> {
    const current = this.selections.get(selection.selectionId);
    const stored = this.timetables.get(timetable.timetableId);
    if (current?.revision !== expectedRevision || current.status !== 'scheduled' || stored?.revision !== timetable.revision || stored.status !== 'published') {
      throw new ConcurrentChangeError(`selection ${selection.selectionId} or its timetable`);
    }
    this.selections.set(selection.selectionId, clone(selection));
    stored.revision += 1;
    this.events.push(clone(event));
  }

  async recordRetirement(seat: Seat, retirement: SeatRetirement, delivery: Delivery): Promise<'saved' | 'duplicate'> {
    return this.#deliver(delivery, () => {
      this.#seatAsRead(seat).retirement = clone(retirement);
    });
  }

  async slotRetirement(
    seat: Seat,
    retirement: SeatRetirement,
    { selection, timetable, events }: { selection: Selection; timetable: TimetableAt; events: EventEnvelope[] },
    delivery: Delivery,
  ): Promise<'saved' | 'duplicate'> {
    return this.#deliver(delivery, () => {
      const stored = this.#seatAsRead(seat);
      const storedTimetable = this.timetables.get(timetable.timetableId);
      if (this.selections.has(selection.selectionId) || storedTimetable?.revision !== timetable.revision || storedTimetable.status !== 'published') {
        throw new ConcurrentChangeError(`seat ${seat.seatId} or timetable ${timetable.timetableId}`);
      }
      stored.retirement = clone(retirement);
      if (selection.status !== 'cancelled') stored.currentSelectionId = selection.selectionId;
      this.selections.set(selection.selectionId, clone(selection));
      storedTimetable.revision += 1;
      this.events.push(...events.map(clone));
    });
  }

  async withdrawRetirement(
    seat: Seat,
    retirement: SeatRetirement,
    { selection, expectedRevision, event }: { selection: Selection; expectedRevision: number; event?: EventEnvelope },
    delivery: Delivery,
  ): Promise<'saved' | 'duplicate'> {
    return this.#deliver(delivery, () => {
      const stored = this.#seatAsRead(seat);
      if (this.selections.get(selection.selectionId)?.revision !== expectedRevision) throw new ConcurrentChangeError(`selection ${selection.selectionId}`);
      stored.retirement = clone(retirement);
      if (selection.status === 'cancelled') delete stored.currentSelectionId;
      this.selections.set(selection.selectionId, clone(selection));
      if (event !== undefined) this.events.push(clone(event));
    });
  }

  #deliver(delivery: Delivery, change: () => void): 'saved' | 'duplicate' {
    const key = `${delivery.consumer}/${delivery.eventId}`;
    if (this.inbox.has(key)) return 'duplicate';
    change();
    this.inbox.add(key);
    return 'saved';
  }

  /** The stored seat, if it still has the retirement and selection it was read with. */
  #seatAsRead(seat: Seat): Seat {
    const stored = this.#seats.seats.get(seat.seatId);
    if (stored === undefined || !sameRetirement(stored.retirement, seat.retirement) || stored.currentSelectionId !== seat.currentSelectionId) {
      throw new ConcurrentChangeError(`seat ${seat.seatId}`);
    }
    return stored;
  }
}

/** Calendar subscriptions in memory, as the DynamoDB store keeps them: saved once, revoked once. */
export class InMemoryCalendarSubscriptionStore implements CalendarSubscriptionStore {
  readonly subscriptions = new Map<string, CalendarSubscription>();

  async saveSubscription(subscription: CalendarSubscription): Promise<void> {
    if (this.subscriptions.has(subscription.subscriptionId)) throw new Error('condition failed: subscription exists');
    this.subscriptions.set(subscription.subscriptionId, clone(subscription));
  }

  async getSubscription(subscriptionId: string): Promise<CalendarSubscription | undefined> {
    return clone(this.subscriptions.get(subscriptionId));
  }

  async subscriptionsOf(timetableId: string): Promise<CalendarSubscription[]> {
    return [...this.subscriptions.values()]
      .filter((subscription) => subscription.timetableId === timetableId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.subscriptionId.localeCompare(b.subscriptionId))
      .map(clone);
  }

  async revokeSubscription(subscriptionId: string, revoked: { revokedAt: string; revokedBy: string }): Promise<CalendarSubscription> {
    const subscription = this.subscriptions.get(subscriptionId);
    if (subscription === undefined) throw new CalendarSubscriptionNotFoundError(subscriptionId);
    if (subscription.revokedAt === undefined) Object.assign(subscription, revoked);
    return clone(subscription);
  }
}
