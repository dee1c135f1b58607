import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { donationRefunded } from '@platform/events';
import { localCloud } from '@platform/testing';
import { receiveDonation } from '../src/domain/donation.ts';
import type { DonationData } from '../src/domain/donation.ts';
import { reconcile } from '../src/domain/fund-totals.ts';
import type { LevyRate } from '../src/domain/levy-rate.ts';
import { refundDonation } from '../src/domain/refund.ts';
import { DynamoFundStore } from '../src/store/dynamo-fund-store.ts';
import { donationClaimKey, donationFingerprint, DynamoDonationClaims } from '../src/store/donation-claims.ts';
import { FundLedger } from '../src/store/fund-ledger.ts';
import { retryTransactionConflicts } from '@platform/kit';
import { scratchFundTable } from './scratch-table.ts';

// The store against DynamoDB Local, each test on a table of its own: the conditions that keep the ledger
// exact under concurrency are DynamoDB's, so they are tested on DynamoDB, not on a fake.
const cloud = localCloud();
const scratch: Awaited<ReturnType<typeof scratchFundTable>>[] = [];
const NOW = new Date();
const RATE: LevyRate = { basisPoints: 300, effectiveFrom: '2020-01-01', setBy: 'fin-1', setAt: '2020-01-01T00:00:00.000Z' };

const freshFund = async () => {
  const table = await scratchFundTable(cloud);
  scratch.push(table);
  const funds = new DynamoFundStore(table.dynamo, { tableName: table.tableName, outboxTableName: cloud.ref('FundStoreOutbox') });
  return { ...table, funds, ledger: new FundLedger(table.tableName) };
};

/** Levies a donation as the consumer does, from a fresh read of the fund. */
const levy = async (funds: DynamoFundStore, data: DonationData, eventId: string = randomUUID()) => {
  const state = await funds.fund();
  const levied = receiveDonation(data, { rates: state.rates, eventId, movementId: randomUUID(), now: NOW });
  return funds.recordDonation(levied, state, { consumer: 'fund-inbox-consumer', eventId });
};

const donation = (donationId: string, amountPence: number, receivedOn = '2026-03-01'): DonationData => ({ donationId, amountPence, receivedOn, source: 'donation' });

afterAll(async () => {
  await Promise.all(scratch.map((table) => table.drop()));
});

describe('DynamoFundStore on DynamoDB Local', () => {
  it('levies a donation once, however it comes again: the same event, or a new event for the same donation', async () => {
    // Prepare
    const { funds } = await freshFund();
    await funds.addRate(RATE, { rateVersion: 0, latestReceivedOn: undefined });
    const eventId = randomUUID();
    // Act
    const outcomes = [
      await levy(funds, donation('d-1', 2_500), eventId),
      await levy(funds, donation('d-1', 2_500), eventId),
      await levy(funds, donation('d-1', 2_500)),
    ];
    // Assess
    expect(outcomes).toStrictEqual(['recorded', 'duplicate-delivery', 'donation-exists']);
    expect((await funds.fund()).totals).toMatchObject({ donationCount: 1, raisedPence: 2_500, leviedUnits: 750_000, availableUnits: 750_000 });
    expect(await funds.allMovements()).toHaveLength(1);
  });

  it('refuses a levy calculated from rates that have changed since, and a rate reaching back over a levied date', async () => {
    // Prepare
    const { funds } = await freshFund();
    const before = await funds.fund();
    await funds.addRate(RATE, before);
    const levied = receiveDonation(donation('d-1', 1_000), { rates: before.rates, eventId: randomUUID(), movementId: randomUUID(), now: NOW });
    // Act
    const stale = await funds.recordDonation(levied, before, { consumer: 'fund-inbox-consumer', eventId: levied.donation.eventId });
    const fresh = await levy(funds, donation('d-1', 1_000, '2026-03-01'));
    const backdated = await funds.addRate({ ...RATE, effectiveFrom: '2026-03-01' }, await funds.fund());
    const forward = await funds.addRate({ ...RATE, basisPoints: 350, effectiveFrom: '2026-03-02' }, await funds.fund());
    // Assess
    expect({ stale, fresh, backdated, forward }).toStrictEqual({ stale: 'stale-rates', fresh: 'recorded', backdated: 'stale', forward: 'added' });
    const { rates, rateVersion, latestReceivedOn } = await funds.fund();
    expect({ rates: rates.map((rate) => rate.basisPoints), rateVersion, latestReceivedOn }).toStrictEqual({ rates: [300, 350], rateVersion: 2, latestReceivedOn: '2026-03-01' });
  });

  it('lets 20 concurrent refunds of £1 take exactly the £10 a donation has, and no more', async () => {
    // Prepare
    const { funds } = await freshFund();
    await funds.addRate(RATE, await funds.fund());
    await levy(funds, donation('d-1', 1_000));
    const found = await funds.donation('d-1');
    if (found === undefined) throw new Error('the donation was not levied');
    // Act: every refund was checked against the donation as read before any of them
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const { refund, reversal } = refundDonation(found.donation, { refundId: `r-${index}`, amountPence: 100, refundedOn: '2026-03-02' }, { movementId: randomUUID(), now: NOW, by: 'fin-1' });
        const event = donationRefunded.create(
          { donationId: 'd-1', refundId: refund.refundId, amountPence: 100, levyReversedPence: 3, levyReversedExactPence: '3.0000', refundedOn: '2026-03-02' },
          { correlationId: 'corr-1' },
        );
        return funds.recordRefund({ donation: found.donation, refund, reversal }, event);
      }),
    );
    // Assess
    expect(outcomes.filter((outcome) => outcome === 'recorded')).toHaveLength(10);
    const after = await funds.donation('d-1');
    expect({ refunded: after?.donation.refundedPence, reversed: after?.donation.levyReversedUnits, refunds: after?.refunds.length }).toStrictEqual({
      refunded: 1_000,
      reversed: 300_000,
      refunds: 10,
    });
    const { totals } = await funds.fund();
    expect({ refundedPence: totals.refundedPence, availableUnits: totals.availableUnits }).toStrictEqual({ refundedPence: 1_000, availableUnits: 0 });
    expect(reconcile(totals, await funds.allMovements()).balanced).toBe(true);
  });

  it('pages through the ledger across months in date order', async () => {
    // Prepare
    const { funds } = await freshFund();
    await funds.addRate(RATE, await funds.fund());
    const dates = ['2026-01-31', '2026-02-01', '2026-02-15', '2026-04-01', '2026-04-02'];
    for (const [index, date] of dates.entries()) await levy(funds, donation(`d-${index}`, 100 * (index + 1), date));
    // Act
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await funds.ledger({ from: '2026-02-01', to: '2026-04-01' }, { limit: 2, ...(cursor === undefined ? {} : { cursor }) });
      pages.push(page.movements.map((moved) => moved.effectiveOn));
      cursor = page.cursor;
    } while (cursor !== undefined);
    // Assess
    expect(pages.flat()).toStrictEqual(['2026-02-01', '2026-02-15', '2026-04-01']);
  });
});

describe('FundLedger.commit on DynamoDB Local', () => {
  it('approves exactly 10 of 50 concurrent commitments against a fund that can pay 10', async () => {
    // Prepare: £1,000 raised at 3% is £30 in the fund: ten grants of £3
    const { funds, ledger, dynamo, tableName } = await freshFund();
    await funds.addRate(RATE, await funds.fund());
    await levy(funds, donation('d-1', 100_000));
    // Act: each approval writes its application and commits its grant, in one transaction
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const applicationId = `app-${index}`;
        const posting = ledger.commit({ amountPence: 300, effectiveOn: '2026-03-02', applicationId });
        const approve = { Put: { TableName: tableName, Item: { pk: `APPLICATION#${applicationId}`, sk: 'APPLICATION', status: 'approved' } } };
        try {
          await retryTransactionConflicts(() => dynamo.transactWrite({ TransactItems: [approve, ...posting.items] }));
          return 'approved';
        } catch (error) {
          if (posting.refused(error, 1)) return 'refused';
          throw error;
        }
      }),
    );
    // Assess
    expect(outcomes.filter((outcome) => outcome === 'approved')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === 'refused')).toHaveLength(40);
    const { totals } = await funds.fund();
    expect({ availableUnits: totals.availableUnits, committedUnits: totals.committedUnits }).toStrictEqual({ availableUnits: 0, committedUnits: 30_000_000 });
    const { Count } = await dynamo.scan({ TableName: tableName, FilterExpression: 'begins_with(pk, :app)', ExpressionAttributeValues: { ':app': 'APPLICATION#' } });
    expect(Count).toBe(10);
    expect(reconcile(totals, await funds.allMovements()).balanced).toBe(true);
  });

  it('disburses and releases only what is committed', async () => {
    // Prepare
    const { funds, ledger, dynamo } = await freshFund();
    await funds.addRate(RATE, await funds.fund());
    await levy(funds, donation('d-1', 100_000));
    await dynamo.transactWrite({ TransactItems: ledger.commit({ amountPence: 1_000, effectiveOn: '2026-03-02', applicationId: 'a-1' }).items });
    // Act
    const disburse = ledger.disburse({ amountPence: 600, effectiveOn: '2026-03-03', applicationId: 'a-1', disbursementId: 'p-1' });
    await dynamo.transactWrite({ TransactItems: disburse.items });
    const tooMuch = ledger.release({ amountPence: 401, effectiveOn: '2026-03-04', applicationId: 'a-1' });
    const refused = await dynamo.transactWrite({ TransactItems: tooMuch.items }).then(() => false, (error: unknown) => tooMuch.refused(error, 0));
    await dynamo.transactWrite({ TransactItems: ledger.release({ amountPence: 400, effectiveOn: '2026-03-04', applicationId: 'a-1' }).items });
    // Assess
    const { totals } = await funds.fund();
    expect({ refused, available: totals.availableUnits, committed: totals.committedUnits, disbursed: totals.disbursedUnits }).toStrictEqual({
      refused: true,
      available: 24_000_000,
      committed: 0,
      disbursed: 6_000_000,
    });
    expect(reconcile(totals, await funds.allMovements()).balanced).toBe(true);
  });
});

describe('DynamoDonationClaims', () => {
  it('gives a donation id to the first facts of 50 concurrent conflicting requests: those alike claim it, every other is refused', async () => {
    // Prepare: five amounts, ten requests each, all for one id
    const { dynamo, tableName } = await freshFund();
    const claims = new DynamoDonationClaims(dynamo, tableName);
    const requests = Array.from({ length: 50 }, (_, index) => donation('race-1', 100 + (index % 5)));
    // Act
    const outcomes = await Promise.all(requests.map((data) => claims.claim(data)));
    // Assess
    const { Item } = await dynamo.get({ TableName: tableName, Key: donationClaimKey('race-1') });
    const winner = requests.find((data) => donationFingerprint(data) === Item?.['fingerprint']);
    const expected = requests.map((data) => (donationFingerprint(data) === Item?.['fingerprint'] ? 'alike' : 'otherwise'));
    expect(outcomes.filter((outcome) => outcome === 'claimed')).toStrictEqual(['claimed']);
    expect(outcomes.map((outcome) => (outcome === 'claimed-otherwise' ? 'otherwise' : 'alike'))).toStrictEqual(expected);
    expect(expected.filter((outcome) => outcome === 'alike')).toHaveLength(10);
    expect(Item).toStrictEqual({ pk: 'DONATION-CLAIM#race-1', sk: 'CLAIM', donationId: 'race-1', fingerprint: `${winner?.amountPence}|2026-03-01|donation` });
  });

  it('lets the same facts claim again, as a retry does', async () => {
    // Prepare
    const { dynamo, tableName } = await freshFund();
    const claims = new DynamoDonationClaims(dynamo, tableName);
    // Act
    const outcomes = [await claims.claim(donation('retry-1', 500)), await claims.claim({ ...donation('retry-1', 500), donor: { name: 'Zoë' } })];
    // Assess
    expect(outcomes).toStrictEqual(['claimed', 'claimed-alike']);
  });
});
