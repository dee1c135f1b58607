import { randomUUID } from 'node:crypto';
import { donationReceived } from '@platform/events';
import type { EventOf } from '@platform/events';
import { DomainError, sqsConsumer, UnprocessableEventError } from '@platform/kit';
import type { EventContext, SqsConsumerOptions } from '@platform/kit';
import { isSameDonation, receiveDonation } from '../domain/donation.ts';
import type { FundState, FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

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

/**
 * The fund's inbox: one consumer for every event the fund receives, dispatched by type. Part 1 handles
 * `fund.donation-received`; other event types added to the inbox need their handler here.
 */
export const fundInboxConsumer = (funds: FundStore, options: Pick<SqsConsumerOptions<typeof donationReceived>, 'sqs' | 'deadLetterQueueUrl'> = {}) => {
  const levy = donationLevier(funds);
  return sqsConsumer({
    ...options,
    events: [donationReceived],
    handle: async (event, context) => levy(event, context),
  });
};

export const handler = fundInboxConsumer(fundStore());
