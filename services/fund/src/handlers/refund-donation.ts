import { randomUUID } from 'node:crypto';
import { donationRefunded } from '@platform/events';
import { emitMetrics, httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { refundDonation as refundDonationRoute } from '../api/donation-routes.ts';
import { calendarDateOf } from '../domain/dates.ts';
import { DonationNotFoundError, RefundConflictError } from '../domain/errors.ts';
import { exactPenceOf, wholePenceOf } from '../domain/money.ts';
import { isSameRefund, refundDonation } from '../domain/refund.ts';
import { refundView } from '../domain/views.ts';
import type { FundStore } from '../store/fund-store.ts';
import { publishingFundStore } from './environment.ts';

// Each retry follows another refund of the same donation winning the race; a handful is plenty.
const MAX_ATTEMPTS = 5;

/**
 * `POST /fund/donations/{donationId}/refunds` (finance): refunds part or all of a donation and reverses the
 * levy on the refunded part, exactly, publishing `fund.donation-refunded` (201). Refunds never add up to
 * more than the donation, however many arrive at once. The same `refundId` again is a 200 with the refund
 * as recorded; with another amount or date, a 409.
 */
export const refundDonationHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(refundDonationRoute, async ({ params: { donationId }, body }, { caller, correlationId, logger }) => {
    const request = { refundId: body.refundId ?? randomUUID(), amountPence: body.amountPence, refundedOn: body.refundedOn ?? calendarDateOf(new Date()) };

    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const found = await funds.donation(donationId);
      if (found === undefined) throw new DonationNotFoundError(donationId);
      const existing = found.refunds.find((refund) => refund.refundId === request.refundId);
      if (existing !== undefined) {
        if (!isSameRefund(existing, request)) throw new RefundConflictError(donationId, request.refundId);
        return { status: 200, body: { ...refundView(existing), refundablePence: found.donation.amountPence - found.donation.refundedPence } };
      }

      const { refund, reversal } = refundDonation(found.donation, request, { movementId: randomUUID(), now: new Date(), by: caller.id });
      const refunded = donationRefunded.create(
        {
          donationId,
          refundId: refund.refundId,
          amountPence: refund.amountPence,
          levyReversedPence: wholePenceOf(refund.levyReversedUnits),
          levyReversedExactPence: exactPenceOf(refund.levyReversedUnits),
          refundedOn: refund.refundedOn,
        },
        { correlationId, occurredAt: refund.recordedAt },
      );
      const outcome = await funds.recordRefund({ donation: found.donation, refund, reversal }, refunded);
      if (outcome === 'recorded') {
        logger.info('donation refunded', { donationId, refundId: refund.refundId, levyReversedUnits: refund.levyReversedUnits });
        emitMetrics({ DonationsRefunded: 1 });
        return {
          status: 201,
          body: { ...refundView(refund), refundablePence: found.donation.amountPence - found.donation.refundedPence - refund.amountPence },
          headers: { location: `/fund/donations/${encodeURIComponent(donationId)}` },
        };
      }
      // Another refund of this donation (or this very refund, retried) was recorded first: read it again.
    }
    throw new Error(`refund of donation ${donationId} lost the race to other refunds ${MAX_ATTEMPTS} times`);
  });

export const handler = refundDonationHandler(publishingFundStore());
