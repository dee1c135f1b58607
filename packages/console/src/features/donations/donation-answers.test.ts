import { describe, expect, it } from '@jest/globals';
import { checkDonationAnswers, emptyDonationAnswers } from './donation-answers.ts';

const TODAY = '2026-12-01';
const answers = (overrides = {}) => ({ ...emptyDonationAnswers(), donationId: 'd-1', amount: '£1,234.56', day: '1', month: '12', year: '2026', source: 'donation', ...overrides });

describe('checkDonationAnswers', () => {
  it('reads the answers as POST /fund/donations takes them, the amount exactly in pence, the donor only as given', () => {
    expect(checkDonationAnswers(answers({ donorName: ' Jo Smith ', donorPostcode: 'SW1A 1AA' }), TODAY)).toStrictEqual({
      ok: true,
      donation: { donationId: 'd-1', amountPence: 123_456, receivedOn: '2026-12-01', source: 'donation', donor: { name: 'Jo Smith', postcode: 'SW1A 1AA' } },
    });
  });

  it.each([
    ['0.01', 1],
    ['0.10', 10],
    ['999,999.99', 99_999_999],
    ['100,000,000.00', 10_000_000_000],
  ])('takes the edge amount %p as %p pence', (amount, pence) => {
    const checked = checkDonationAnswers(answers({ amount }), TODAY);
    expect(checked.ok && checked.donation.amountPence).toBe(pence);
  });

  it('fails on an empty form with every message, in plain words', () => {
    expect(checkDonationAnswers(emptyDonationAnswers(), TODAY)).toStrictEqual({
      ok: false,
      errors: {
        donationId: 'Enter the donation’s reference from the payment system',
        amountPence: 'Enter an amount in pounds and pence, like 150.00',
        receivedOn: 'Enter the date the money was received',
        source: 'Select where the money came from',
      },
      dateParts: ['day', 'month', 'year'],
    });
  });

  it.each([
    [{ amount: '1.005' }, 'amountPence', 'Enter the amount to the nearest penny, like 150.25'],
    [{ amount: '£1,000.5' }, 'amountPence', 'Enter pence as two digits, like 150.50'],
    [{ amount: '-1' }, 'amountPence', 'The amount must be more than £0'],
    [{ amount: '1e3' }, 'amountPence', 'Enter an amount in pounds and pence, using numbers only, like 150.00'],
    [{ amount: '100,000,000.01' }, 'amountPence', 'The amount must be £100,000,000.00 or less'],
    [{ day: '2' }, 'receivedOn', 'The date the money was received must be today or in the past'],
    [{ donationId: 'd 1' }, 'donationId', 'The reference must be 128 characters or fewer, using only letters, numbers, full stops, underscores, colons and hyphens, starting with a letter or number'],
    [{ donorEmail: 'jo@' }, 'donor-email', 'Enter an email address in the correct format, like name@example.com'],
    [{ source: 'gift' }, 'source', 'Select where the money came from'],
  ])('fails on %p at %p with a message saying what to do', (overrides, field, message) => {
    expect(checkDonationAnswers(answers(overrides), TODAY)).toStrictEqual({ ok: false, errors: { [field]: message }, dateParts: field === 'receivedOn' ? ['day', 'month', 'year'] : [] });
  });
});
