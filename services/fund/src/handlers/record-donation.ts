import { donationReceived } from '@platform/events';
import { httpHandler, InvalidInputError } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { recordDonation } from '../api/donation-routes.ts';
import { donationProblems, isSameDonation } from '../domain/donation.ts';
import { DonationConflictError } from '../domain/errors.ts';
import { donationView } from '../domain/views.ts';
import type { DonationClaims } from '../store/donation-claims.ts';
import type { DonationQueue } from '../store/donation-queue.ts';
import type { FundStore } from '../store/fund-store.ts';
import { donationClaims, donationQueue, fundStore } from './environment.ts';

/**
 * `POST /fund/donations` (finance): records one donation by hand. It goes onto the fund's queue as the
 * same `fund.donation-received` event the payment systems send, so it is levied by the same consumer,
 * exactly once: 202. The same donation again is a 200 with it as recorded; the same id with another
 * amount, date or source is a 409: seen in the levied donation or, before it is levied, in the claim the
 * first request took on the id, so that of concurrent conflicting requests only the first facts are queued.
 */
export const recordDonationHandler = (funds: FundStore, queue: DonationQueue, claims: DonationClaims): HttpLambdaHandler =>
  httpHandler(recordDonation, async ({ body: data }, { correlationId, logger }) => {
    const problems = donationProblems(data, new Date());
    if (problems.length > 0) {
      const issues = problems.map(({ field, error }) => ({ path: ['body', field], message: error.message }));
      throw new InvalidInputError(`the donation cannot be accepted: ${issues.map((issue) => issue.message).join('; ')}`, issues);
    }

    const existing = await funds.donation(data.donationId);
    if (existing !== undefined) {
      if (!isSameDonation(existing.donation, data)) throw new DonationConflictError(data.donationId);
      return { status: 200, body: donationView(existing) };
    }

    // A retry of the same facts queues again (the consumer levies a donation id once); other facts are refused.
    if ((await claims.claim(data)) === 'claimed-otherwise') throw new DonationConflictError(data.donationId);

    const received = donationReceived.create(data, { correlationId });
    const [notSent] = await queue.send([received]);
    if (notSent !== undefined) throw new Error(`the fund queue did not take donation ${data.donationId}`);
    logger.info('donation queued', { donationId: data.donationId, eventId: received.id });
    return {
      status: 202,
      body: { donationId: data.donationId, eventId: received.id, status: 'queued' },
      headers: { location: `/fund/donations/${encodeURIComponent(data.donationId)}` },
    };
  });

export const handler = recordDonationHandler(fundStore(), donationQueue(), donationClaims());
