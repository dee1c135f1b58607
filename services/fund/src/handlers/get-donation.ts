import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getDonation } from '../api/donation-routes.ts';
import { DonationNotFoundError } from '../domain/errors.ts';
import { donationView } from '../domain/views.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

/** `GET /fund/donations/{donationId}` (finance): the donation, its levy and its refunds. */
export const getDonationHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(getDonation, async ({ params: { donationId } }) => {
    const found = await funds.donation(donationId);
    if (found === undefined) throw new DonationNotFoundError(donationId);
    return { status: 200, body: donationView(found) };
  });

export const handler = getDonationHandler(fundStore());
