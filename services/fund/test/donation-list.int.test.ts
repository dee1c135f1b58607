import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { donationRefunded } from '@platform/events';
import { localCloud } from '@platform/testing';
import { receiveDonation } from '../src/domain/donation.ts';
import type { DonationData } from '../src/domain/donation.ts';
import type { LevyRate } from '../src/domain/levy-rate.ts';
import { refundDonation } from '../src/domain/refund.ts';
import { DynamoFundStore } from '../src/store/dynamo-fund-store.ts';
import type { DonationFilter } from '../src/store/fund-store.ts';
import { DONATIONS_BY_RECEIVED_ON } from '../src/store/keys.ts';
import { scratchFundTable } from './scratch-table.ts';

// Finance's list of donations against DynamoDB Local, on a table of its own with the deployed table's
// indexes: the list reads the `byReceivedOn` index a month at a time, never the whole table.
const cloud = localCloud();
const scratch: Awaited<ReturnType<typeof scratchFundTable>>[] = [];
const NOW = new Date();
const RATE: LevyRate = { basisPoints: 300, effectiveFrom: '2020-01-01', setBy: 'fin-1', setAt: '2020-01-01T00:00:00.000Z' };

const DONATIONS: DonationData[] = [
  { donationId: 'd-01', amountPence: 1_000, receivedOn: '2025-11-30', source: 'donation' },
  { donationId: 'd-02', amountPence: 2_000, receivedOn: '2025-12-01', source: 'membership' },
  { donationId: 'd-03', amountPence: 60_000, receivedOn: '2025-12-15', source: 'donation', donor: { name: 'Jo Smith', email: 'jo@example.org' } },
  { donationId: 'd-04', amountPence: 4_000, receivedOn: '2025-12-15', source: 'fundraising' },
  { donationId: 'e-05', amountPence: 5_000, receivedOn: '2026-01-02', source: 'donation' },
  { donationId: 'd-06', amountPence: 75_000, receivedOn: '2026-02-28', source: 'affiliation' },
  { donationId: 'd-07', amountPence: 7_000, receivedOn: '2026-03-01', source: 'donation' },
];

const fundHolding = async (donations: readonly DonationData[]) => {
  const table = await scratchFundTable(cloud);
  scratch.push(table);
  const funds = new DynamoFundStore(table.dynamo, { tableName: table.tableName, outboxTableName: cloud.ref('FundStoreOutbox') });
  await funds.addRate(RATE, { rateVersion: 0, latestReceivedOn: undefined });
  for (const data of donations) {
    const state = await funds.fund();
    const eventId = randomUUID();
    expect(await funds.recordDonation(receiveDonation(data, { rates: state.rates, eventId, movementId: randomUUID(), now: NOW }), state, { consumer: 'fund-inbox-consumer', eventId })).toBe('recorded');
  }
  return { ...table, funds };
};

/** Every page of the list, as the ids on each. */
const pagesOf = async (funds: DynamoFundStore, range: { from: string; to: string }, filter: DonationFilter, limit: number) => {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await funds.listDonations(range, filter, { limit, ...(cursor === undefined ? {} : { cursor }) });
    pages.push(page.donations.map((donation) => donation.donationId));
    cursor = page.cursor;
  } while (cursor !== undefined && pages.length < 20);
  return pages;
};

afterAll(async () => {
  await Promise.all(scratch.map((table) => table.drop()));
});

describe("finance's list of donations on DynamoDB Local", () => {
  it('pages through the range newest first, across months, each page full until the last', async () => {
    // Prepare
    const { funds } = await fundHolding(DONATIONS);
    // Act
    const pages = await pagesOf(funds, { from: '2025-12-01', to: '2026-02-28' }, {}, 2);
    // Assess: d-01 (30 November) and d-07 (1 March) are outside the range
    expect(pages).toStrictEqual([['d-06', 'e-05'], ['d-04', 'd-03'], ['d-02']]);
  });

  it.each<[DonationFilter, string[][]]>([
    [{ source: 'donation' }, [['d-07', 'e-05'], ['d-03', 'd-01']]],
    // A page filled before the range's last month ends on a cursor to the next month, which may hold none.
    [{ needsPermissibilityCheck: true }, [['d-06', 'd-03'], []]],
    [{ donationIdStartsWith: 'e-' }, [['e-05']]],
    [{ source: 'donation', needsPermissibilityCheck: false, donationIdStartsWith: 'd-0' }, [['d-07', 'd-01']]],
    [{ source: 'other' }, [[]]],
  ])('filters by %p, still a page at a time', async (filter, pages) => {
    const { funds } = await fundHolding(DONATIONS);
    expect(await pagesOf(funds, { from: '2025-11-01', to: '2026-03-31' }, filter, 2)).toStrictEqual(pages);
  });

  it('lists each donation as the index projects it, with its refunds counted, and the index holds no donor details', async () => {
    // Prepare
    const { funds, dynamo, tableName } = await fundHolding(DONATIONS.slice(2, 3));
    const found = await funds.donation('d-03');
    const { refund, reversal } = refundDonation(found!.donation, { refundId: 'r-1', amountPence: 10_000, refundedOn: '2025-12-20' }, { by: 'fin-1', movementId: randomUUID(), now: NOW });
    const event = donationRefunded.create(
      { donationId: 'd-03', refundId: 'r-1', amountPence: 10_000, levyReversedPence: 300, levyReversedExactPence: '300.0000', refundedOn: '2025-12-20' },
      { correlationId: 'c-1' },
    );
    expect(await funds.recordRefund({ donation: found!.donation, refund, reversal }, event)).toBe('recorded');
    // Act
    const page = await funds.listDonations({ from: '2025-12-01', to: '2025-12-31' }, {}, { limit: 10 });
    const { Items } = await dynamo.query({
      TableName: tableName,
      IndexName: DONATIONS_BY_RECEIVED_ON.indexName,
      KeyConditionExpression: 'receivedMonth = :month',
      ExpressionAttributeValues: { ':month': 'DONATIONS#2025-12' },
    });
    // Assess
    expect(page).toStrictEqual({
      donations: [
        {
          donationId: 'd-03',
          amountPence: 60_000,
          receivedOn: '2025-12-15',
          source: 'donation',
          recordedAt: NOW.toISOString(),
          permissibilityCheckRequired: true,
          levyRate: { basisPoints: 300, effectiveFrom: '2020-01-01' },
          levyUnits: 18_000_000,
          refundedPence: 10_000,
          levyReversedUnits: 3_000_000,
        },
      ],
    });
    expect(Object.keys(Items?.[0] ?? {}).sort()).toStrictEqual(
      ['amountPence', 'donationId', 'levyRate', 'levyReversedUnits', 'levyUnits', 'permissibilityCheckRequired', 'pk', 'receivedKey', 'receivedMonth', 'receivedOn', 'recordedAt', 'refundedPence', 'sk', 'source'],
    );
  });
});
