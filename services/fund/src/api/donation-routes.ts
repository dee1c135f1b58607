import { CalendarDate, donationReceived, Identifier, PositivePence } from '@platform/events';
import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { financeOnly, invalid } from './common-responses.ts';
import { DonationListQuery } from '../handlers/query.ts';
import { DonationImportResponse, DonationPageResponse, DonationResponse, QueuedDonationResponse, RefundResponse } from './responses/donation.ts';

const DonationPath = z.strictObject({ donationId: Identifier });

const { donor } = donationReceived.data.shape;

/** `POST /fund/donations`. */
export const recordDonation = defineRoute({
  method: 'POST',
  path: '/fund/donations',
  summary: 'Record one donation by hand; it is levied like those the payment systems send',
  access: ['finance'],
  // The event's own fields, strictly: a misspelt field must be refused, not dropped from the record.
  body: z.strictObject({ ...donationReceived.data.shape, donor: z.strictObject(donor.unwrap().shape).optional() }),
  responses: {
    200: { description: 'The same donation was recorded before: it as recorded', body: DonationResponse },
    202: { description: 'The donation is queued to be levied', body: QueuedDonationResponse },
    ...invalid,
    ...financeOnly,
    409: { description: 'A donation with this id was recorded with another amount, date or source' },
  },
});

/** `POST /fund/donations/import` (`text/csv`). */
export const importDonations = defineRoute({
  method: 'POST',
  path: '/fund/donations/import',
  summary: 'Import donations from a CSV file, reporting each bad row by line',
  access: ['finance'],
  textBody: ['text/csv'],
  responses: {
    202: { description: 'The good rows are queued to be levied; the bad ones are listed with their lines', body: DonationImportResponse },
    400: { description: 'No body, or no row of it can be imported' },
    ...financeOnly,
    415: { description: 'The body is not text/csv' },
  },
});

/** `GET /fund/donations`. */
export const listDonations = defineRoute({
  method: 'GET',
  path: '/fund/donations',
  summary: 'Page through the donations received in a date range, newest first, filtered by source, permissibility check and id',
  access: ['finance'],
  query: DonationListQuery,
  responses: { 200: { description: 'A page of donations, with the cursor of the next', body: DonationPageResponse }, ...invalid, ...financeOnly },
});

/** `GET /fund/donations/{donationId}`. */
export const getDonation = defineRoute({
  method: 'GET',
  path: '/fund/donations/{donationId}',
  summary: 'Read a donation, its levy and its refunds',
  access: ['finance'],
  params: DonationPath,
  responses: { 200: { description: 'The donation', body: DonationResponse }, ...invalid, ...financeOnly, 404: { description: 'No such donation' } },
});

/** `POST /fund/donations/{donationId}/refunds`. */
export const refundDonation = defineRoute({
  method: 'POST',
  path: '/fund/donations/{donationId}/refunds',
  summary: 'Refund part or all of a donation, reversing the levy on the refunded part exactly',
  access: ['finance'],
  params: DonationPath,
  body: z.strictObject({
    amountPence: PositivePence,
    /** Defaults to today (UTC). */
    refundedOn: CalendarDate.optional(),
    /** The caller's id for this refund, so that a retried request is recorded once; defaults to a new UUID. */
    refundId: Identifier.optional(),
  }),
  responses: {
    200: { description: 'This refund was recorded before: it as recorded', body: RefundResponse },
    201: { description: 'The refund, with what is still refundable', body: RefundResponse },
    ...invalid,
    ...financeOnly,
    404: { description: 'No such donation' },
    409: { description: 'More than is left of the donation, or this refund id with another amount or date' },
    422: { description: 'The refund is dated before the donation' },
  },
});
