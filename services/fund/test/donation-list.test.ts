import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { receiveDonation } from '../src/domain/donation.ts';
import type { DonationData } from '../src/domain/donation.ts';
import { listDonationsHandler } from '../src/handlers/list-donations.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const RATES = [{ basisPoints: 300, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-01T09:00:00.000Z' }];

/** A fund holding these donations, each levied at 3%. */
const fundWith = (...data: DonationData[]) => {
  const funds = new InMemoryFundStore();
  for (const [index, one] of data.entries()) {
    funds.donations.set(one.donationId, receiveDonation(one, { rates: RATES, eventId: `event-${index}`, movementId: `levy-${index}`, now: NOW }).donation);
  }
  return funds;
};
const donation = (donationId: string, receivedOn: string, amountPence = 1_000, source: DonationData['source'] = 'donation'): DonationData => ({
  donationId,
  amountPence,
  receivedOn,
  source,
  donor: { name: 'Jo Smith', email: 'jo@example.org' },
});
const FUND = fundWith(
  donation('d-jan', '2026-01-10'),
  donation('d-feb-big', '2026-02-01', 60_000, 'fundraising'),
  donation('d-feb', '2026-02-01', 2_500, 'membership'),
  donation('x-mar', '2026-03-31'),
  donation('d-apr', '2026-04-01'),
);

const list = (query: Record<string, string>, role: 'finance' | 'hq-staff' = 'finance') =>
  listDonationsHandler(FUND)(httpEvent({ method: 'GET', path: '/fund/donations', queryStringParameters: query, claims: claimsOf(role) }), lambdaContext());

describe('GET /fund/donations', () => {
  it('lists the donations received in the range, newest first (then by id, descending), without their donors', async () => {
    // Act
    const response = await list({ from: '2026-02-01', to: '2026-03-31' });
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({
      status: 200,
      body: {
        from: '2026-02-01',
        to: '2026-03-31',
        items: [
          {
            donationId: 'x-mar',
            amountPence: 1_000,
            receivedOn: '2026-03-31',
            source: 'donation',
            recordedAt: '2026-06-01T12:00:00.000Z',
            permissibilityCheck: 'not-required',
            levyExactPence: '30.0000',
            refundedPence: 0,
            netLevyExactPence: '30.0000',
          },
          expect.objectContaining({ donationId: 'd-feb-big', amountPence: 60_000, permissibilityCheck: 'required', levyExactPence: '1800.0000' }),
          expect.objectContaining({ donationId: 'd-feb', amountPence: 2_500, source: 'membership', levyExactPence: '75.0000' }),
        ],
        next: null,
      },
    });
  });

  it.each([
    [{ source: 'membership' }, ['d-feb']],
    [{ needsPermissibilityCheck: 'true' }, ['d-feb-big']],
    [{ needsPermissibilityCheck: 'false' }, ['d-apr', 'x-mar', 'd-feb', 'd-jan']],
    [{ donationId: 'd-feb' }, ['d-feb-big', 'd-feb']],
    [{ donationId: 'x' }, ['x-mar']],
    [{ donationId: 'D-FEB' }, []],
    [{ source: 'donation', donationId: 'd-' }, ['d-apr', 'd-jan']],
  ])('filters by %p', async (filter, ids) => {
    const response = await list({ from: '2026-01-01', to: '2026-12-31', ...filter });
    expect((bodyOf(response)['items'] as { donationId: string }[]).map((item) => item.donationId)).toStrictEqual(ids);
  });

  it('pages with its cursor, keeping the filters, until next is null', async () => {
    // Prepare
    const seen: string[][] = [];
    let next: string | null = null;
    // Act
    do {
      const response = await list({ from: '2026-01-01', to: '2026-12-31', needsPermissibilityCheck: 'false', limit: '2', ...(next === null ? {} : { next }) });
      const body = bodyOf(response) as { items: { donationId: string }[]; next: string | null };
      seen.push(body.items.map((item) => item.donationId));
      next = body.next;
    } while (next !== null);
    // Assess
    expect(seen).toStrictEqual([
      ['d-apr', 'x-mar'],
      ['d-feb', 'd-jan'],
    ]);
  });

  it.each([
    [{ from: '2026-01-01' }, [['query', 'to']]],
    [{ from: '2026-03-01', to: '2026-02-01' }, [['query', 'to']]],
    [{ from: '2016-01-01', to: '2026-12-31' }, [['query', 'to']]],
    [{ from: '2026-01-01', to: '2026-12-31', source: 'gift' }, [['query', 'source']]],
    [{ from: '2026-01-01', to: '2026-12-31', needsPermissibilityCheck: 'yes' }, [['query', 'needsPermissibilityCheck']]],
    [{ from: '2026-01-01', to: '2026-12-31', donationId: 'd 1' }, [['query', 'donationId']]],
    [{ from: '2026-01-01', to: '2026-12-31', limit: '501' }, [['query', 'limit']]],
    [{ from: '2026-01-01', to: '2026-12-31', sourse: 'donation' }, [['query']]],
  ])('fails with 400 naming what is wrong in %p', async (query, paths) => {
    const response = await list(query as Record<string, string>);
    expect({ status: response.statusCode, paths: (bodyOf(response)['errors'] as { path: unknown[] }[]).map((error) => error.path) }).toStrictEqual({ status: 400, paths });
  });

  it('fails with 403 for HQ staff', async () => {
    const response = await list({ from: '2026-01-01', to: '2026-12-31' }, 'hq-staff');
    expect(response.statusCode).toBe(403);
  });
});
