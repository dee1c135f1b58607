import { parseDateParts } from '../../components/fields/date-parts.ts';
import type { DatePart } from '../../components/fields/date-parts.ts';
import { parsePence } from '../../money/pence.ts';
import { isSource, MAX_DONATION_PENCE } from './labels.ts';
import type { DonationSource } from './labels.ts';

/** What finance typed on the record-a-donation form, as typed: kept on error, and when coming back to change it. */
export interface DonationAnswers {
  readonly donationId: string;
  readonly amount: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly source: string;
  readonly donorName: string;
  readonly donorEmail: string;
  readonly donorPostcode: string;
  readonly donorReference: string;
}

export const emptyDonationAnswers = (): DonationAnswers => ({
  donationId: '',
  amount: '',
  day: '',
  month: '',
  year: '',
  source: '',
  donorName: '',
  donorEmail: '',
  donorPostcode: '',
  donorReference: '',
});

/** A donation as `POST /fund/donations` takes it. */
export interface NewDonation {
  readonly donationId: string;
  readonly amountPence: number;
  readonly receivedOn: string;
  readonly source: DonationSource;
  readonly donor?: { readonly name?: string; readonly email?: string; readonly postcode?: string; readonly reference?: string };
}

/** The fields' ids: the error summary links to them, and the API's issues map onto them. */
export const FIELD = {
  donationId: 'donationId',
  amount: 'amountPence',
  receivedOn: 'receivedOn',
  source: 'source',
  donorName: 'donor-name',
  donorEmail: 'donor-email',
  donorPostcode: 'donor-postcode',
  donorReference: 'donor-reference',
} as const;

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
// Deliberately loose: the API checks the address; this catches only what is plainly not one.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type DonationCheck = { readonly ok: true; readonly donation: NewDonation } | { readonly ok: false; readonly errors: Record<string, string>; readonly dateParts: readonly DatePart[] };

/**
 * Checks the answers as the API would, in plain words, in the order of the form; the amount is read as
 * integer pence exactly (up to £100,000,000.00, the most the API takes) and the date must not be after
 * `today`.
 *
 * @example
 * checkDonationAnswers({ ...emptyDonationAnswers(), donationId: 'd-1', amount: '25.00', day: '1', month: '12', year: '2026', source: 'donation' }, '2026-12-01');
 * // { ok: true, donation: { donationId: 'd-1', amountPence: 2500, receivedOn: '2026-12-01', source: 'donation' } }
 */
export const checkDonationAnswers = (answers: DonationAnswers, today: string): DonationCheck => {
  const errors: Record<string, string> = {};
  let dateParts: readonly DatePart[] = [];
  const donationId = answers.donationId.trim();
  if (donationId === '') errors[FIELD.donationId] = 'Enter the donation’s reference from the payment system';
  else if (!IDENTIFIER.test(donationId)) errors[FIELD.donationId] = 'The reference must be 128 characters or fewer, using only letters, numbers, full stops, underscores, colons and hyphens, starting with a letter or number';
  const amount = parsePence(answers.amount, { maxPence: MAX_DONATION_PENCE });
  if (!amount.ok) errors[FIELD.amount] = amount.message;
  const date = parseDateParts(answers, 'the date the money was received');
  if (!date.ok) {
    errors[FIELD.receivedOn] = date.message;
    dateParts = date.parts;
  } else if (date.date > today) {
    errors[FIELD.receivedOn] = 'The date the money was received must be today or in the past';
    dateParts = ['day', 'month', 'year'];
  } else if (date.date < '1900-01-01') {
    errors[FIELD.receivedOn] = 'The date the money was received must be after 1 January 1900';
    dateParts = ['year'];
  }
  if (!isSource(answers.source)) errors[FIELD.source] = 'Select where the money came from';
  const name = answers.donorName.trim();
  const email = answers.donorEmail.trim();
  const postcode = answers.donorPostcode.trim();
  const reference = answers.donorReference.trim();
  if (name.length > 200) errors[FIELD.donorName] = 'The donor’s name must be 200 characters or fewer';
  if (email !== '' && (!EMAIL.test(email) || email.length > 254)) errors[FIELD.donorEmail] = 'Enter an email address in the correct format, like name@example.com';
  if (postcode.length > 10) errors[FIELD.donorPostcode] = 'The postcode must be 10 characters or fewer';
  if (reference.length > 200) errors[FIELD.donorReference] = 'The donor’s reference must be 200 characters or fewer';
  if (Object.keys(errors).length > 0 || !amount.ok || !date.ok || !isSource(answers.source)) return { ok: false, errors, dateParts };
  const donor = { ...(name ? { name } : {}), ...(email ? { email } : {}), ...(postcode ? { postcode } : {}), ...(reference ? { reference } : {}) };
  return {
    ok: true,
    donation: { donationId, amountPence: amount.pence, receivedOn: date.date, source: answers.source, ...(Object.keys(donor).length > 0 ? { donor } : {}) },
  };
};
