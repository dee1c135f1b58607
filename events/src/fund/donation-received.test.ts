import { describe, expect, it } from '@jest/globals';
import { donationReceived } from './donation-received.ts';

const DONATION = { donationId: 'gc-1', amountPence: 2_500, receivedOn: '2026-05-31', source: 'donation' } as const;

describe('fund.donation-received', () => {
  it("takes a donor's email of 254 characters, the longest SMTP delivers to", () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(185)}.org`;
    expect(donationReceived.data.parse({ ...DONATION, donor: { email } }).donor?.email).toHaveLength(254);
  });

  it("fails on a donor's email over 254 characters, which would let one event outgrow an SQS message", () => {
    // Act
    const result = donationReceived.data.safeParse({ ...DONATION, donor: { email: `${'a'.repeat(64)}@${'b'.repeat(186)}.org` } });
    // Assess
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toStrictEqual([
      { path: ['donor', 'email'], message: 'Too big: expected string to have <=254 characters' },
    ]);
  });
});
