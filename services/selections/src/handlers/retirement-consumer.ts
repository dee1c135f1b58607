import { retirementAnnounced, retirementWithdrawn } from '@platform/events';
import type { EventOf } from '@platform/events';
import { dynamoDocumentClient, emitMetrics, requiredEnv, sqsConsumer, UnprocessableEventError } from '@platform/kit';
import type { EventContext, SqsConsumerOptions } from '@platform/kit';
import { ConcurrentChangeError, SeatNotFoundError } from '../domain/errors.ts';
import { announce, withdraw, withdrawnRetirement } from '../domain/retirement.ts';
import { scheduler as realScheduler } from '../domain/scheduler-port.ts';
import type { Scheduler } from '../domain/scheduler-port.ts';
import { isHeld, needsSelection } from '../domain/seat.ts';
import type { Seat } from '../domain/seat.ts';
import { placed, selectionCancelledEvent, selectionIdFor, selectionOf, selectionScheduledEvent } from '../domain/selection.ts';
import { schedulingSeat, timetableEntry } from '../domain/timetable.ts';
import { DynamoSeatStore } from '../store/dynamo-seat-store.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SeatStore } from '../store/seat-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';

// The name of this consumer in the inbox; changing it would make already-processed events look new.
const consumer = 'retirement-consumer';

// Two changes to one seat or timetable at once are rare; re-reading a few times settles them without a
// redelivery (which would wait out the queue's visibility timeout).
const TRIES = 4;

type Announced = EventOf<typeof retirementAnnounced>;
type Withdrawn = EventOf<typeof retirementWithdrawn>;

const retrying = async (attempt: () => Promise<void>): Promise<void> => {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || tries === TRIES) throw error;
    }
  }
};

/**
 * Reacts to the emeritus service's retirements. An announcement for a held seat opens it for selection:
 * with a published timetable it is slotted into the first week with room that still meets the deadline
 * (nothing published moves), and `selections.selection-scheduled` is emitted; otherwise the seat waits for
 * the next timetable. A withdrawal before the freeze date cancels the selection
 * (`selections.selection-cancelled`); after it, the selection stands, flagged for HQ staff. Each change is
 * committed with the inbox record of its event, so a redelivery changes nothing. A retirement in a seat never
 * imported goes to the dead-letter queue with the reason, to be redriven once the seat is imported.
 */
export const retirementConsumer = (
  seats: SeatStore,
  selections: SelectionStore,
  scheduler: Scheduler = realScheduler,
  options: Pick<SqsConsumerOptions<typeof retirementAnnounced | typeof retirementWithdrawn>, 'sqs' | 'deadLetterQueueUrl'> = {},
) => {
  const seatOf = async (seatId: string): Promise<Seat> => {
    const seat = await seats.getSeat(seatId);
    // No seat appears by retrying: three receives, 180 s apart, would only delay the dead letter and hide why.
    // Straight there with the reason, an operator imports the seat and redrives it (`pnpm ops dlq redrive`).
    if (seat === undefined) throw new UnprocessableEventError(new SeatNotFoundError(seatId).message);
    return seat;
  };

  const onAnnounced = async (event: Announced, { logger }: EventContext): Promise<void> => {
    const { seatId, retirementId, announcedOn } = event.data;
    const delivery = { consumer, eventId: event.id };
    const seat = await seatOf(seatId);
    const outcome = announce(seat, { retirementId, announcedOn });
    if (outcome.kind === 'known') {
      logger.info('retirement already known', { seatId, retirementId, why: outcome.why });
      return;
    }
    const { settings } = await seats.getSettings();
    const opened: Seat = { ...seat, retirement: outcome.retirement };
    // What the seat keeps when nothing is slotted: the retirement, already withdrawn if its withdrawal came first.
    const recorded = outcome.overtakenBy === undefined ? outcome.retirement : withdrawnRetirement(outcome.retirement, outcome.overtakenBy);
    // Only a held seat the party fights is opened by its MP's retirement; any other is scheduled (or not) as before.
    const opens = outcome.slot && isHeld(seat, settings) && needsSelection(opened, settings);
    const timetable = opens ? await selections.publishedTimetable() : undefined;
    if (timetable === undefined) {
      const saved = await selections.recordRetirement(seat, recorded, delivery);
      logger.info(saved === 'saved' ? 'retirement recorded; the seat waits for the next timetable' : 'duplicate delivery ignored', { seatId, retirementId });
      return;
    }
    const others = (await selections.selectionsOf(timetable.timetableId)).filter((selection) => selection.status === 'scheduled');
    const slot = scheduler.slotInto(schedulingSeat(opened, settings), timetable.request, others.map(placed));
    if (!('start' in slot)) {
      const saved = await selections.recordRetirement(seat, recorded, delivery);
      logger.info(saved === 'saved' ? 'retirement recorded; no room in the published timetable' : 'duplicate delivery ignored', {
        seatId,
        retirementId,
        timetableId: timetable.timetableId,
        why: slot.reason,
      });
      return;
    }
    const now = new Date().toISOString();
    const selection = selectionOf(
      timetableEntry(slot, opened, settings),
      timetable.timetableId,
      selectionIdFor(timetable.timetableId, seatId, retirementId),
      now,
    );
    const scheduled = selectionScheduledEvent(selection, event.correlationId);
    // Its withdrawal came first: the selection is opened and then withdrawn from in one write, with both events,
    // cancelled before the freeze date or flagged after it, exactly as the two in order would leave it.
    const withdrawal = outcome.overtakenBy === undefined ? undefined : withdraw({ ...opened, currentSelectionId: selection.selectionId }, selection, settings, outcome.overtakenBy, now);
    const change =
      withdrawal?.kind === 'cancel'
        ? { retirement: withdrawal.retirement, selection: withdrawal.selection, events: [scheduled, selectionCancelledEvent(withdrawal.selection, withdrawal.reason, event.correlationId)] }
        : withdrawal?.kind === 'flag'
          ? { retirement: withdrawal.retirement, selection: withdrawal.selection, events: [scheduled] }
          : { retirement: recorded, selection, events: [scheduled] };
    const saved = await selections.slotRetirement(seat, change.retirement, { selection: change.selection, timetable, events: change.events }, delivery);
    if (saved === 'saved') emitMetrics({ SelectionsScheduled: 1 });
    if (saved === 'saved' && withdrawal?.kind === 'cancel') emitMetrics({ SelectionsCancelled: 1 });
    logger.info(saved === 'saved' ? 'retiring seat slotted into the published timetable' : 'duplicate delivery ignored', {
      seatId,
      retirementId,
      selectionId: selection.selectionId,
      start: selection.start,
      ...(withdrawal === undefined ? {} : { thenWithdrawn: withdrawal.kind }),
    });
  };

  const onWithdrawn = async (event: Withdrawn, { logger }: EventContext): Promise<void> => {
    const { seatId, retirementId, withdrawnOn, reason } = event.data;
    const delivery = { consumer, eventId: event.id };
    const seat = await seatOf(seatId);
    const [selection, { settings }] = await Promise.all([
      seat.currentSelectionId === undefined ? undefined : selections.getSelection(seat.currentSelectionId),
      seats.getSettings(),
    ]);
    const outcome = withdraw(seat, selection, settings, { retirementId, withdrawnOn, reason }, new Date().toISOString());
    if (outcome.kind === 'known') {
      logger.info('withdrawal changes nothing', { seatId, retirementId, why: outcome.why });
      return;
    }
    if (outcome.kind === 'record') {
      const saved = await selections.recordRetirement(seat, outcome.retirement, delivery);
      logger.info(saved === 'saved' ? 'retirement withdrawn; no selection to cancel' : 'duplicate delivery ignored', { seatId, retirementId });
      return;
    }
    const expectedRevision = (selection ?? outcome.selection).revision;
    const saved = await selections.withdrawRetirement(
      seat,
      outcome.retirement,
      {
        selection: outcome.selection,
        expectedRevision,
        ...(outcome.kind === 'cancel' ? { event: selectionCancelledEvent(outcome.selection, outcome.reason, event.correlationId) } : {}),
      },
      delivery,
    );
    if (saved !== 'duplicate' && outcome.kind === 'cancel') emitMetrics({ SelectionsCancelled: 1 });
    logger.info(
      saved === 'duplicate'
        ? 'duplicate delivery ignored'
        : outcome.kind === 'cancel'
          ? 'selection cancelled: retirement withdrawn before the freeze date'
          : 'selection stands, flagged: retirement withdrawn after the freeze date',
      { seatId, retirementId, selectionId: outcome.selection.selectionId },
    );
  };

  return sqsConsumer({
    ...options,
    events: [retirementAnnounced, retirementWithdrawn],
    handle: (event, context) =>
      retrying(() => (event.type === retirementAnnounced.type ? onAnnounced(event as Announced, context) : onWithdrawn(event as Withdrawn, context))),
  });
};

const dynamo = dynamoDocumentClient();
const tableName = requiredEnv('TABLE_NAME');
export const handler = retirementConsumer(
  new DynamoSeatStore(dynamo, { tableName }),
  new DynamoSelectionStore(dynamo, { tableName, outboxTableName: requiredEnv('OUTBOX_TABLE_NAME') }),
);
