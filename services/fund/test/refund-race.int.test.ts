import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { eventually, localCloud } from '@platform/testing';

// Racing refunds through the local cloud's gateway, so that they run in several execution environments of the
// refund function at once, as in Lambda: what keeps a donation from being refunded past its amount is
// DynamoDB's condition, not one process serving the requests in turn.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
const receivedOn = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);

describe('refunds of one donation racing through the local cloud', () => {
  it('takes exactly the £10 a donation has from 20 concurrent refunds of £1, refusing the other 10 with a 409, across several environments', async () => {
    // Prepare: a £10 donation, levied
    const finance = await cloud.token('finance', 'fin-refund-race');
    expect([200, 201]).toContain((await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: RATE })).status);
    const donationId = `${run}-race`;
    expect((await cloud.request('POST', '/fund/donations', { token: finance, body: { donationId, amountPence: 1_000, receivedOn, source: 'donation' } })).status).toBe(202);
    await eventually(async () => ((await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance })).status === 200 ? true : undefined), {
      what: `donation ${donationId} to be levied`,
    });
    // Act
    const { result: responses, environments } = await cloud.environmentsUsed('FundRefundDonation', () =>
      Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          cloud.request('POST', `/fund/donations/${donationId}/refunds`, { token: finance, body: { amountPence: 100, refundId: `${run}-r${index}` } }),
        ),
      ),
    );
    // Assess
    expect(environments).toBeGreaterThan(1);
    expect(responses.map((response) => response.status).sort()).toStrictEqual([...Array.from({ length: 10 }, () => 201), ...Array.from({ length: 10 }, () => 409)]);
    const { body } = await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance });
    const donation = body as { refundedPence: number; refundablePence: number; refunds: { refundId: string }[] };
    expect({ refunded: donation.refundedPence, refundable: donation.refundablePence, refunds: donation.refunds.length }).toStrictEqual({ refunded: 1_000, refundable: 0, refunds: 10 });
  }, 90_000);
});
