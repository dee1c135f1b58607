import './env.ts';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { donationReceived, selectionCancelled, selectionScheduled } from '@platform/events';
import type { DonationData } from '../src/domain/donation.ts';
import { lambdaContext, sqsEvent } from '@platform/kit/testing';
import type { LevyRate } from '../src/domain/levy-rate.ts';
import { fundInboxConsumer } from '../src/handlers/fund-inbox-consumer.ts';
import { fakeDeadLetterQueue } from './fakes.ts';
import { InMemorySelectionViewStore } from './in-memory-application-store.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

const DLQ_URL = 'https://sqs.eu-west-2.amazonaws.com/123456789012/fund-dlq';
const rate = (effectiveFrom: string, basisPoints: number): LevyRate => ({ basisPoints, effectiveFrom, setBy: 'fin-1', setAt: '2026-01-01T09:00:00.000Z' });

const donation = (overrides: Partial<DonationData> = {}): DonationData => ({
  donationId: 'stripe-ch_1',
  amountPence: 2_500,
  receivedOn: '2026-05-20',
  source: 'donation',
  ...overrides,
});
const message = (data: DonationData, id: string = randomUUID()) => JSON.stringify(donationReceived.create(data, { correlationId: 'corr-1', id }));

const setUp = (rates: LevyRate[] = [rate('2026-01-01', 300)]) => {
  const funds = new InMemoryFundStore();
  funds.state = { ...funds.state, rates, rateVersion: rates.length };
  const dlq = fakeDeadLetterQueue();
  const consume = fundInboxConsumer({ funds, selections: new InMemorySelectionViewStore() }, { sqs: dlq.sqs, deadLetterQueueUrl: DLQ_URL });
  return { funds, dlq, deliver: (...bodies: string[]) => consume(sqsEvent(...bodies), lambdaContext()) };
};

describe('the fund inbox consumer, on fund.donation-received', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('levies the donation once: donation, levy movement, totals and the delivery in the inbox', async () => {
    // Prepare
    const { funds, deliver } = setUp();
    // Act
    const result = await deliver(message(donation(), 'aaaaaaaa-0000-4000-8000-000000000001'));
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(funds.donations.get('stripe-ch_1')?.levyUnits).toBe(750_000);
    expect(funds.movements.map(({ kind, entries }) => ({ kind, entries }))).toStrictEqual([
      { kind: 'levy', entries: [{ account: 'income', units: -750_000 }, { account: 'fund', units: 750_000 }] },
    ]);
    expect(funds.state.totals).toMatchObject({ donationCount: 1, raisedPence: 2_500, leviedUnits: 750_000, availableUnits: 750_000 });
    expect([...funds.inbox]).toStrictEqual(['aaaaaaaa-0000-4000-8000-000000000001/fund-inbox-consumer']);
  });

  it('changes nothing when the same message is delivered again, in the same batch or later', async () => {
    // Prepare
    const { funds, deliver } = setUp();
    const body = message(donation());
    // Act
    await deliver(body, body);
    await deliver(body);
    // Assess
    expect({ movements: funds.movements.length, levied: funds.state.totals.leviedUnits, count: funds.state.totals.donationCount }).toStrictEqual({
      movements: 1,
      levied: 750_000,
      count: 1,
    });
  });

  it('levies a donation sent again in a new event (a re-import, or by hand as well as by the payment system) only once', async () => {
    // Prepare
    const { funds, dlq, deliver } = setUp();
    // Act
    await deliver(message(donation()));
    const result = await deliver(message(donation({ donor: { name: 'Corrected Name' } })));
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect({ movements: funds.movements.length, inbox: funds.inbox.size, dlq: dlq.sent.length }).toStrictEqual({ movements: 1, inbox: 1, dlq: 0 });
  });

  it('levies each donation of a reordered batch at the rate in force on its own date', async () => {
    // Prepare: the rate rose from 2% to 3% on 2026-05-10; the later donation arrives first
    const { funds, deliver } = setUp([rate('2026-01-01', 200), rate('2026-05-10', 300)]);
    // Act
    await deliver(
      message(donation({ donationId: 'late', receivedOn: '2026-05-20', amountPence: 1_000 })),
      message(donation({ donationId: 'early', receivedOn: '2026-05-01', amountPence: 1_000 })),
      message(donation({ donationId: 'on-the-day', receivedOn: '2026-05-10', amountPence: 1_000 })),
    );
    // Assess
    expect(['late', 'early', 'on-the-day'].map((id) => funds.donations.get(id)?.levyRate)).toStrictEqual([
      { basisPoints: 300, effectiveFrom: '2026-05-10' },
      { basisPoints: 200, effectiveFrom: '2026-01-01' },
      { basisPoints: 300, effectiveFrom: '2026-05-10' },
    ]);
    expect({ leviedUnits: funds.state.totals.leviedUnits, latestReceivedOn: funds.state.latestReceivedOn }).toStrictEqual({
      leviedUnits: 800_000,
      latestReceivedOn: '2026-05-20',
    });
  });

  it('levies at the new rate when a rate is added between reading the rates and writing the levy', async () => {
    // Prepare
    const { funds, deliver } = setUp([rate('2026-01-01', 300)]);
    funds.beforeNextWrite = () => {
      funds.state = { ...funds.state, rates: [...funds.state.rates, rate('2026-05-15', 500)], rateVersion: funds.state.rateVersion + 1 };
    };
    // Act
    await deliver(message(donation({ receivedOn: '2026-05-20' })));
    // Assess
    expect(funds.donations.get('stripe-ch_1')?.levyRate).toStrictEqual({ basisPoints: 500, effectiveFrom: '2026-05-15' });
  });

  it('records a donation before any rate is set, levying nothing, and counts it as unlevied', async () => {
    // Prepare
    const { funds, deliver } = setUp([]);
    // Act
    await deliver(message(donation()));
    // Assess
    expect(funds.state.totals).toMatchObject({ donationCount: 1, raisedPence: 2_500, unleviedPence: 2_500, leviedUnits: 0 });
  });

  it('reads the rates once per container, not once per donation', async () => {
    // Prepare
    const { funds, deliver } = setUp();
    // Act
    await deliver(...Array.from({ length: 10 }, (_, index) => message(donation({ donationId: `d-${index}` }))));
    await deliver(message(donation({ donationId: 'd-10' })));
    // Assess
    expect({ levied: funds.state.totals.donationCount, reads: funds.reads }).toStrictEqual({ levied: 11, reads: 1 });
  });

  it('sends a donation already received with another amount to the dead-letter queue, keeping the first levy', async () => {
    // Prepare
    const { funds, dlq, deliver } = setUp();
    await deliver(message(donation()));
    // Act
    const result = await deliver(message(donation({ amountPence: 9_999 })));
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(dlq.reasons()).toStrictEqual([
      'donation stripe-ch_1 was already received with a different amount, date or source; it was levied as first received',
    ]);
    expect(funds.state.totals.raisedPence).toBe(2_500);
  });

  it.each([
    ['a negative amount', { amountPence: -100 }, 'fund.donation-received v1 is invalid: data.amountPence: Too small: expected number to be >0'],
    ['a fractional amount', { amountPence: 12.5 }, 'fund.donation-received v1 is invalid: data.amountPence: Invalid input: expected int, received number'],
    [
      'an unknown source',
      { source: 'gift' },
      'fund.donation-received v1 is invalid: data.source: Invalid option: expected one of "donation"|"membership"|"fundraising"|"affiliation"|"other"',
    ],
    ['a missing date', { receivedOn: undefined }, 'fund.donation-received v1 is invalid: data.receivedOn: Invalid input: expected string, received undefined'],
  ])('sends an event with %s to the dead-letter queue with its reason, writing nothing', async (_what, change, reason) => {
    // Prepare
    const { funds, dlq, deliver } = setUp();
    const body = JSON.stringify({ ...donationReceived.create(donation(), { correlationId: 'corr-1' }), data: { ...donation(), ...change } });
    // Act
    const result = await deliver(body);
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(dlq.reasons()).toStrictEqual([reason]);
    expect({ donations: funds.donations.size, movements: funds.movements.length }).toStrictEqual({ donations: 0, movements: 0 });
  });

  it('sends a donation dated after tomorrow to the dead-letter queue with its reason, writing nothing', async () => {
    // Prepare
    const { funds, dlq, deliver } = setUp();
    // Act
    await deliver(message(donation({ receivedOn: '2026-06-09' })));
    // Assess
    expect(dlq.reasons()).toStrictEqual(['donation stripe-ch_1: receivedOn 2026-06-09 is in the future; the latest date accepted now is 2026-06-02']);
    expect(funds.donations.size).toBe(0);
  });

  it('fails the message, for SQS to redeliver, when the store fails', async () => {
    // Prepare
    const { funds, deliver } = setUp();
    funds.beforeNextWrite = () => {
      throw new Error('ProvisionedThroughputExceededException');
    };
    // Act
    const result = await deliver(message(donation()));
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'message-1' }] });
    expect(funds.donations.size).toBe(0);
  });
});

describe('the fund inbox consumer, on the selections service\'s selection events', () => {
  const phases = (resultEnd: string) =>
    (['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result'] as const).map((name, index) => ({
      name,
      start: `2026-0${index + 4}-01`,
      end: name === 'result' ? resultEnd : `2026-0${index + 4}-28`,
    }));
  const scheduledAt = (occurredAt: string, resultEnd = '2026-09-30', selectionId = 'sel-1') =>
    JSON.stringify(
      selectionScheduled.create(
        { selectionId, seatId: 'E14000001', seatName: 'Aldershot', nation: 'England', region: 'South East', timetableId: 'tt-1', phases: phases(resultEnd) },
        { correlationId: 'corr-1', occurredAt },
      ),
    );
  const cancelledAt = (occurredAt: string) =>
    JSON.stringify(selectionCancelled.create({ selectionId: 'sel-1', seatId: 'E14000001', reason: 'the MP withdrew her retirement' }, { correlationId: 'corr-1', occurredAt }));
  const setUpViews = () => {
    const selections = new InMemorySelectionViewStore();
    const dlq = fakeDeadLetterQueue();
    const consume = fundInboxConsumer({ funds: new InMemoryFundStore(), selections }, { sqs: dlq.sqs, deadLetterQueueUrl: DLQ_URL });
    return { selections, dlq, deliver: (...bodies: string[]) => consume(sqsEvent(...bodies), lambdaContext()) };
  };

  it('keeps the latest phases of a selection moved by HQ staff, whichever order the events arrive in', async () => {
    // Prepare
    const { selections, deliver } = setUpViews();
    // Act: the move (later) arrives before the first schedule
    const result = await deliver(scheduledAt('2026-05-02T09:00:00.000Z', '2026-10-31'), scheduledAt('2026-05-01T09:00:00.000Z', '2026-09-30'));
    await deliver(scheduledAt('2026-05-02T09:00:00.000Z', '2026-10-31'));
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect([...selections.views.values()]).toStrictEqual([
      {
        status: 'scheduled',
        selectionId: 'sel-1',
        seatId: 'E14000001',
        seatName: 'Aldershot',
        region: 'South East',
        timetableId: 'tt-1',
        opensOn: '2026-04-01',
        resultEndsOn: '2026-10-31',
        occurredAt: '2026-05-02T09:00:00.000Z',
      },
    ]);
  });

  it('keeps a selection cancelled when its schedule arrives after the cancellation, and when the cancellation comes again', async () => {
    // Prepare
    const { selections, dlq, deliver } = setUpViews();
    // Act
    await deliver(cancelledAt('2026-05-03T09:00:00.000Z'));
    await deliver(scheduledAt('2026-05-01T09:00:00.000Z'), scheduledAt('2026-05-04T09:00:00.000Z'), cancelledAt('2026-05-03T09:00:00.000Z'));
    // Assess
    expect([...selections.views.values()]).toStrictEqual([
      { status: 'cancelled', selectionId: 'sel-1', seatId: 'E14000001', reason: 'the MP withdrew her retirement', occurredAt: '2026-05-03T09:00:00.000Z' },
    ]);
    expect(dlq.sent).toStrictEqual([]);
  });

  it('cancels a selection already seen scheduled', async () => {
    const { selections, deliver } = setUpViews();
    await deliver(scheduledAt('2026-05-01T09:00:00.000Z'));
    await deliver(cancelledAt('2026-05-03T09:00:00.000Z'));
    expect(selections.views.get('sel-1')?.status).toBe('cancelled');
  });

  it('sends a selection event breaking its schema to the dead-letter queue with its reason', async () => {
    const { selections, dlq, deliver } = setUpViews();
    const event = JSON.parse(scheduledAt('2026-05-01T09:00:00.000Z')) as { data: Record<string, unknown> };
    await deliver(JSON.stringify({ ...event, data: { ...event.data, phases: [] } }));
    expect({ reasons: dlq.reasons(), views: selections.views.size }).toStrictEqual({
      reasons: ['selections.selection-scheduled v1 is invalid: data.phases: a selection has six phases: freeze, nominations, applications, shortlisting, hustings-and-ballot, result'],
      views: 0,
    });
  });
});
