import { CalendarDate } from '@platform/events';
import * as z from 'zod';
import { donationReceived } from '@platform/events';
import type { DonationSummaryView, DonationView, RefundView } from '../../domain/views.ts';
import { ExactPence, Pence } from './exact-pence.ts';

const Permissibility = z.enum(['required', 'not-required']).meta({ description: '`required` over £500: only a permissible donor may give it.' });
const AppliedRate = z.strictObject({ basisPoints: z.int(), effectiveFrom: CalendarDate });
const { shape: data } = donationReceived.data;

const refundShape = {
  refundId: z.string().min(1),
  amountPence: Pence,
  refundedOn: CalendarDate,
  levyReversedExactPence: ExactPence,
  movementId: z.string().min(1),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string().min(1),
};

const RefundOfDonation = z.strictObject(refundShape) satisfies z.ZodType<RefundView>;

/** `GET /fund/donations/{donationId}` (and a repeated `POST /fund/donations`): the donation, its levy and its refunds. */
export const DonationResponse = z
  .strictObject({
    donationId: data.donationId,
    amountPence: Pence,
    receivedOn: CalendarDate,
    source: data.source,
    donor: data.donor,
    recordedAt: z.iso.datetime(),
    permissibilityCheck: Permissibility,
    levy: z.strictObject({ rate: AppliedRate.nullable(), exactPence: ExactPence, movementId: z.string().min(1) }),
    refundedPence: Pence,
    refundablePence: Pence,
    levyReversedExactPence: ExactPence,
    netLevyExactPence: ExactPence,
    refunds: z.array(RefundOfDonation),
  })
  .meta({
    id: 'Donation',
    description: 'A donation the fund received and levied, with what has been refunded.',
    example: {
      donationId: 'd-1',
      amountPence: 250000,
      receivedOn: '2026-03-02',
      source: 'donation',
      recordedAt: '2026-03-02T10:00:01.000Z',
      permissibilityCheck: 'required',
      levy: { rate: { basisPoints: 300, effectiveFrom: '2026-01-01' }, exactPence: '7500.0000', movementId: 'levy-d-1' },
      refundedPence: 0,
      refundablePence: 250000,
      levyReversedExactPence: '0.0000',
      netLevyExactPence: '7500.0000',
      refunds: [],
    },
  }) satisfies z.ZodType<DonationView>;

const DonationSummaryResponse = z
  .strictObject({
    donationId: data.donationId,
    amountPence: Pence,
    receivedOn: CalendarDate,
    source: data.source,
    recordedAt: z.iso.datetime(),
    permissibilityCheck: Permissibility,
    levyExactPence: ExactPence,
    refundedPence: Pence,
    netLevyExactPence: ExactPence,
  })
  .meta({ id: 'DonationSummary', description: "A row of finance's list of donations: no donor details, which only the donation's own page shows." }) satisfies z.ZodType<DonationSummaryView>;

/** `GET /fund/donations`: a page of donations in the range, newest first; `next` is null on the last page. */
export const DonationPageResponse = z
  .strictObject({
    from: CalendarDate,
    to: CalendarDate,
    items: z.array(DonationSummaryResponse),
    next: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `next` for the next page (with the same filters); null on the last page. A page may hold fewer items than `limit`, even none, and still have a next.' }),
  })
  .meta({
    id: 'DonationPage',
    description: 'The donations received in the range that match the filters, newest first.',
    example: {
      from: '2026-03-01',
      to: '2026-03-31',
      items: [
        {
          donationId: 'd-1',
          amountPence: 250000,
          receivedOn: '2026-03-02',
          source: 'donation',
          recordedAt: '2026-03-02T10:00:01.000Z',
          permissibilityCheck: 'required',
          levyExactPence: '7500.0000',
          refundedPence: 0,
          netLevyExactPence: '7500.0000',
        },
      ],
      next: null,
    },
  });

/** `POST /fund/donations` (202): the donation is on the fund's queue, to be levied there. */
export const QueuedDonationResponse = z
  .strictObject({ donationId: data.donationId, eventId: z.uuid(), status: z.literal('queued') })
  .meta({
    id: 'QueuedDonation',
    description: 'The donation is queued as a `fund.donation-received` event; read it back once levied.',
    example: { donationId: 'd-1', eventId: '1f0e2d3c-4b5a-4978-8c6d-5e4f3a2b1c0d', status: 'queued' },
  });

/** `POST /fund/donations/import` (202): how many rows were queued, and each rejected row with why. */
export const DonationImportResponse = z
  .strictObject({
    enqueued: z.int().nonnegative(),
    rejected: z.array(z.strictObject({ line: z.int(), errors: z.array(z.strictObject({ field: z.string(), message: z.string() })) })),
  })
  .meta({
    id: 'DonationImport',
    description: 'Rows queued to be levied, and the rows refused, by line of the file (the header is line 1).',
    example: { enqueued: 2, rejected: [{ line: 3, errors: [{ field: 'amountPence', message: 'a whole number of pence, more than 0' }] }] },
  });

/** `POST /fund/donations/{donationId}/refunds`: the refund (201, or 200 when it was already recorded) and what may still be refunded. */
export const RefundResponse = z
  .strictObject({ ...refundShape, refundablePence: Pence })
  .meta({
    id: 'Refund',
    description: 'A refund of part or all of a donation, with the levy it reversed.',
    example: {
      refundId: 'r-1',
      amountPence: 50000,
      refundedOn: '2026-03-10',
      levyReversedExactPence: '1500.0000',
      movementId: 'reversal-r-1',
      recordedAt: '2026-03-10T11:00:00.000Z',
      recordedBy: 'fin-1',
      refundablePence: 200000,
    },
  });
