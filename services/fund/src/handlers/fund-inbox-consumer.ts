import { randomUUID } from 'node:crypto';
import { donationReceived, selectionCancelled, selectionScheduled } from '@platform/events';
import type { EventOf } from '@platform/events';
import { DomainError, emitMetrics, sqsConsumer, UnprocessableEventError } from '@platform/kit';
import type { EventContext, SqsConsumerOptions } from '@platform/kit';
import { isSameDonation, receiveDonation } from '../domain/donation.ts';
import { cancelledSelectionOf, scheduledSelectionOf } from '../domain/selection-view.ts';
import type { FundState, FundStore } from '../store/fund-store.ts';
import type { SelectionViewStore } from '../store/selection-view-store.ts';
import { fundStore, selectionViewStore } from './environment.ts';

// The name of this consumer in the inbox; changing it would make already-processed events look new.
const consumer = 'fund-inbox-consumer';

// A levy is retried from a fresh read when a rate was added, or a later-dated donation levied, between its
// read and its write. Each retry means another write won, so this bounds a pathological race, not load.
const MAX_STALE_ATTEMPTS = 20;

type RateState = Pick<FundState, 'rates' | 'rateVersion' | 'latestReceivedOn'>;

/**
 * Levies a donation exactly once. The rates are cached per container and every levy is written only if the
 * rates it used are still current (the store's guard), so a cache gone stale costs one refused write and a
 * fresh read, never a wrong levy.
 */
const donationLevier = (funds: FundStore) => {
  let known: RateState | undefined;
  // One read for the records of a batch that all find the cache empty, not one each.
  let reading: Promise<RateState> | undefined;
  const rateState = async (): Promise<RateState> => {
    if (known !== undefined) return known;
    reading ??= funds.fund().finally(() => {
      reading = undefined;
    });
    known = await reading;
    return known;
  };

  return async (event: EventOf<typeof donationReceived>, { logger }: EventContext): Promise<void> => {
    const { donationId } = event.data;
    for (let attempt = 1; attempt <= MAX_STALE_ATTEMPTS; attempt++) {
      const state = await rateState();
      let levied;
      try {
        levied = receiveDonation(event.data, { rates: state.rates, eventId: event.id, movementId: randomUUID(), now: new Date() });
      } catch (error) {
        // A donation dated in the future or beyond any real payment: no retry will change that.
        if (error instanceof DomainError) throw new UnprocessableEventError(`donation ${donationId}: ${error.message}`, { cause: error });
        throw error;
      }
      const outcome = await funds.recordDonation(levied, state, { consumer, eventId: event.id });
      switch (outcome) {
        case 'recorded': {
          // The write moved the latest date levied forward, or left it; keep the cache level with it (unless
          // another record of the batch has dropped or moved past it meanwhile).
          const { receivedOn } = levied.donation;
          const current = known;
          const movedForward = current?.latestReceivedOn === undefined || current.latestReceivedOn < receivedOn;
          if (current !== undefined && current.rateVersion === state.rateVersion && movedForward) {
            known = { ...current, latestReceivedOn: receivedOn };
          }
          logger.info('donation levied', { donationId, levyUnits: levied.donation.levyUnits, attempt });
          emitMetrics({ DonationsLevied: 1, LevyUnits: levied.donation.levyUnits });
          return;
        }
        case 'duplicate-delivery':
          logger.info('duplicate delivery ignored', { donationId });
          return;
        case 'donation-exists': {
          const stored = await funds.donation(donationId);
          if (stored !== undefined && isSameDonation(stored.donation, event.data)) {
            logger.info('donation already levied', { donationId, levyEventId: stored.donation.eventId });
            return;
          }
          throw new UnprocessableEventError(
            `donation ${donationId} was already received with a different amount, date or source; it was levied as first received`,
          );
        }
        case 'stale-rates':
          known = undefined;
      }
    }
    throw new Error(`donation ${donationId} could not be levied: the fund's rates changed on each of ${MAX_STALE_ATTEMPTS} attempts`);
  };
};

const events = [donationReceived, selectionScheduled, selectionCancelled] as const;

/**
 * Keeps the fund's view of the selections from the selections service's events, so that an application is
 * checked without calling that service. SQS reorders: a schedule older than the view changes nothing (the
 * latest phases win), and a cancellation is final, even when it arrives before its schedule.
 */
const selectionViewer = (selections: SelectionViewStore) => ({
  scheduled: async (event: EventOf<typeof selectionScheduled>, { logger }: EventContext): Promise<void> => {
    const outcome = await selections.recordScheduled(scheduledSelectionOf(event));
    logger.info('selection schedule seen', { selectionId: event.data.selectionId, seatId: event.data.seatId, outcome });
  },
  cancelled: async (event: EventOf<typeof selectionCancelled>, { logger }: EventContext): Promise<void> => {
    const outcome = await selections.recordCancelled(cancelledSelectionOf(event));
    logger.info('selection cancellation seen', { selectionId: event.data.selectionId, seatId: event.data.seatId, outcome });
  },
});

/**
 * The fund's inbox: one consumer for every event the fund receives, dispatched by type: donations to levy,
 * and the selections that candidates may apply for support in.
 */
export const fundInboxConsumer = (
  { funds, selections }: { funds: FundStore; selections: SelectionViewStore },
  options: Pick<SqsConsumerOptions<(typeof events)[number]>, 'sqs' | 'deadLetterQueueUrl'> = {},
) => {
  const levy = donationLevier(funds);
  const viewer = selectionViewer(selections);
  return sqsConsumer({
    ...options,
    events,
    handle: async (event, context) => {
      switch (event.type) {
        case 'fund.donation-received':
          return levy(event, context);
        case 'selections.selection-scheduled':
          return viewer.scheduled(event, context);
        case 'selections.selection-cancelled':
          return viewer.cancelled(event, context);
      }
    },
  });
};

export const handler = fundInboxConsumer({ funds: fundStore(), selections: selectionViewStore() });
