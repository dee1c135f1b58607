import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listDonations } from '../api/donation-routes.ts';
import { donationSummaryView } from '../domain/views.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

/**
 * `GET /fund/donations?from&to[&source][&needsPermissibilityCheck][&donationId][&limit][&next]` (finance): the
 * donations received in the range, newest first, in pages of `{ items, next }` (`next` null on the last).
 */
export const listDonationsHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(listDonations, async ({ query: { from, to, source, needsPermissibilityCheck, donationId, limit = 100, next } }) => {
    const filter = {
      ...(source === undefined ? {} : { source }),
      ...(needsPermissibilityCheck === undefined ? {} : { needsPermissibilityCheck }),
      ...(donationId === undefined ? {} : { donationIdStartsWith: donationId }),
    };
    const page = await funds.listDonations({ from, to }, filter, { limit, ...(next === undefined ? {} : { cursor: next }) });
    return { status: 200, body: { from, to, items: page.donations.map(donationSummaryView), next: page.cursor ?? null } };
  });

export const handler = listDonationsHandler(fundStore());
