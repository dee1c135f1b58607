import { Identifier } from '@platform/events';
import { httpHandler, parse, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { DonationNotFoundError } from '../domain/errors.ts';
import { donationView } from '../domain/views.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

const DonationPath = z.object({ donationId: Identifier });

/** `GET /fund/donations/{donationId}` (finance): the donation, its levy and its refunds. */
export const getDonationHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller }) => {
    requireRole(caller, 'finance');
    const { donationId } = parse(DonationPath, event.pathParameters, 'path');
    const found = await funds.donation(donationId);
    if (found === undefined) throw new DonationNotFoundError(donationId);
    return { status: 200, body: donationView(found) };
  });

export const handler = getDonationHandler(fundStore());
