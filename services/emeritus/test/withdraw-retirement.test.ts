import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { announceRetirement } from '../src/domain/retirement.ts';
import type { WithdrawnRetirement } from '../src/domain/retirement.ts';
import { announceRetirementHandler } from '../src/handlers/announce-retirement.ts';
import { withdrawRetirementHandler } from '../src/handlers/withdraw-retirement.ts';
import { InMemoryEmeritusStore } from './in-memory-emeritus-store.ts';
import { bodyOf, finance, request } from './requests.ts';

const RETIREMENT_ID = '0b6f7a52-4c1e-4d3b-9f2a-1e5d8c7b6a90';
const settings = { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12 };
const active = announceRetirement(
  { mpId: 'mp-4514', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2028-04-01' },
  settings,
  { retirementId: RETIREMENT_ID, recordedBy: 'staff-0', recordedAt: '2028-04-02T09:00:00.000Z' },
);

const storeWithRetirement = () => {
  const store = new InMemoryEmeritusStore();
  store.saved = { settings: { ...settings, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'staff-0' }, version: 1 };
  store.register.set(RETIREMENT_ID, active);
  store.locks.set('mp-4514', RETIREMENT_ID);
  return store;
};

const withdraw = (json: unknown, { retirementId = RETIREMENT_ID, claims }: { retirementId?: string; claims?: Record<string, string> } = {}) =>
  request('POST', `/emeritus/retirements/${retirementId}/withdraw`, {
    routePath: '/emeritus/retirements/{retirementId}/withdraw',
    pathParameters: { retirementId },
    json,
    ...(claims === undefined ? {} : { claims }),
  });

describe('POST /emeritus/retirements/{retirementId}/withdraw', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2028-06-01T12:00:00.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('withdraws the retirement today, frees the MP, and stores its event and history entry', async () => {
    // Prepare
    const store = storeWithRetirement();
    // Act
    const response = await withdrawRetirementHandler(store)(withdraw({ reason: 'will stand again' }), lambdaContext());
    // Assess
    const withdrawal = { withdrawnOn: '2028-06-01', reason: 'will stand again', withdrawnBy: 'staff-1', withdrawnAt: '2028-06-01T12:00:00.000Z' };
    const withdrawn = { ...active, status: 'withdrawn', withdrawal };
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify(withdrawn),
    });
    expect(store.register.get(RETIREMENT_ID)).toStrictEqual(withdrawn);
    expect(store.locks.size).toBe(0);
    expect(store.outbox).toStrictEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        type: 'emeritus.retirement-withdrawn',
        version: 1,
        occurredAt: '2028-06-01T12:00:00.000Z',
        source: 'emeritus',
        correlationId: 'corr-1',
        data: { retirementId: RETIREMENT_ID, mpId: 'mp-4514', seatId: 'E14001063', withdrawnOn: '2028-06-01', reason: 'will stand again' },
      },
    ]);
    expect(store.entries).toStrictEqual([
      {
        historyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        at: '2028-06-01T12:00:00.000Z',
        by: 'staff-1',
        action: 'retirement-withdrawn',
        retirementId: RETIREMENT_ID,
        mpId: 'mp-4514',
        withdrawal,
      },
    ]);
  });

  it('takes a withdrawal date in the past', async () => {
    // Act
    const response = await withdrawRetirementHandler(storeWithRetirement())(
      withdraw({ reason: 'will stand again', withdrawnOn: '2028-05-20' }),
      lambdaContext(),
    );
    // Assess
    expect((bodyOf(response)['withdrawal'] as Record<string, unknown>)['withdrawnOn']).toBe('2028-05-20');
  });

  it('lets the MP announce again afterwards, as a new retirement judged afresh, keeping both in the register', async () => {
    // Prepare
    const store = storeWithRetirement();
    await withdrawRetirementHandler(store)(withdraw({ reason: 'will stand again' }), lambdaContext());
    // Act
    const again = await announceRetirementHandler(store)(
      request('POST', '/emeritus/retirements', {
        json: { mpId: 'mp-4514', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2028-06-01' },
      }),
      lambdaContext(),
    );
    // Assess
    const newId = bodyOf(again)['retirementId'] as string;
    expect(again.statusCode).toBe(201);
    expect(bodyOf(again)).toMatchObject({ status: 'active', emeritusEligible: false, announcedOn: '2028-06-01' });
    expect([...store.register.values()].map(({ retirementId, status }) => ({ retirementId, status }))).toStrictEqual([
      { retirementId: RETIREMENT_ID, status: 'withdrawn' },
      { retirementId: newId, status: 'active' },
    ]);
    expect(store.locks).toStrictEqual(new Map([['mp-4514', newId]]));
  });

  it('fails with 409 on a retirement already withdrawn, writing nothing more', async () => {
    // Prepare
    const store = storeWithRetirement();
    await withdrawRetirementHandler(store)(withdraw({ reason: 'will stand again', withdrawnOn: '2028-05-20' }), lambdaContext());
    // Act
    const response = await withdrawRetirementHandler(store)(withdraw({ reason: 'again' }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(409);
    expect(bodyOf(response)).toMatchObject({
      detail: `retirement ${RETIREMENT_ID} was already withdrawn on 2028-05-20`,
      details: { retirementId: RETIREMENT_ID, withdrawnOn: '2028-05-20' },
    });
    expect(store.outbox).toHaveLength(1);
    expect(store.entries).toHaveLength(1);
  });

  it('fails with 409 when a concurrent request withdrew it between the read and the write', async () => {
    // Prepare: the store reads the retirement active, then finds it withdrawn by the time it writes
    const store = storeWithRetirement();
    const raced: WithdrawnRetirement = {
      ...active,
      status: 'withdrawn',
      withdrawal: { withdrawnOn: '2028-05-31', reason: 'first', withdrawnBy: 'staff-2', withdrawnAt: '2028-05-31T10:00:00.000Z' },
    };
    const withdrawOnce = store.withdraw.bind(store);
    store.withdraw = async (retirement, event, entry) => {
      store.register.set(RETIREMENT_ID, raced);
      return withdrawOnce(retirement, event, entry);
    };
    // Act
    const response = await withdrawRetirementHandler(store)(withdraw({ reason: 'second' }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(409);
    expect(bodyOf(response)['detail']).toBe(`retirement ${RETIREMENT_ID} was already withdrawn on 2028-05-31`);
    expect(store.outbox).toStrictEqual([]);
  });

  it('fails with 422 on a withdrawal dated before the announcement', async () => {
    // Act
    const response = await withdrawRetirementHandler(storeWithRetirement())(
      withdraw({ reason: 'will stand again', withdrawnOn: '2028-03-31' }),
      lambdaContext(),
    );
    // Assess
    expect(response.statusCode).toBe(422);
  });

  it('fails with 404 for a retirement that does not exist', async () => {
    // Act
    const missing = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    const response = await withdrawRetirementHandler(storeWithRetirement())(withdraw({ reason: 'x' }, { retirementId: missing }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(404);
    expect(bodyOf(response)['detail']).toBe(`there is no retirement ${missing}`);
  });

  it('fails with 400 listing every problem with the body: no reason, a future date', async () => {
    // Act
    const response = await withdrawRetirementHandler(storeWithRetirement())(withdraw({ withdrawnOn: '2028-06-02' }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['body', 'reason'], message: 'Invalid input: expected string, received undefined' },
      { path: ['body', 'withdrawnOn'], message: 'must not be in the future (today is 2028-06-01, UTC)' },
    ]);
  });

  it('fails with 400 on an id that is not a UUID', async () => {
    // Act
    const response = await withdrawRetirementHandler(storeWithRetirement())(withdraw({ reason: 'x' }, { retirementId: 'r-1' }), lambdaContext());
    // Assess
    expect(bodyOf(response)['errors']).toStrictEqual([{ path: ['path', 'retirementId'], message: 'Invalid UUID' }]);
  });

  it('fails with 403 for a caller who is not HQ staff, writing nothing', async () => {
    // Prepare
    const store = storeWithRetirement();
    // Act
    const response = await withdrawRetirementHandler(store)(withdraw({ reason: 'x' }, { claims: finance }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(403);
    expect(store.register.get(RETIREMENT_ID)).toStrictEqual(active);
  });

  it('emits one RetirementsWithdrawn metric once the withdrawal is stored, and none when it fails', async () => {
    // Prepare
    const written: string[] = [];
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((line: string | Uint8Array) => {
      if (String(line).includes('"_aws"')) written.push(String(line));
      return true;
    });
    try {
      // Act
      await withdrawRetirementHandler(storeWithRetirement())(withdraw({ reason: 'will stand again' }), lambdaContext());
      await withdrawRetirementHandler(storeWithRetirement())(withdraw({ reason: 'again' }, { retirementId: '0b6f7a52-4c1e-4d3b-9f2a-1e5d8c7b6a91' }), lambdaContext());
    } finally {
      write.mockRestore();
      process.env.POWERTOOLS_METRICS_DISABLED = 'true';
    }
    // Assess: the stage is the test environment's (no PLATFORM_STAGE: 'local')
    expect(written.map((line) => JSON.parse(line) as unknown)).toStrictEqual([
      {
        _aws: {
          Timestamp: Date.parse('2028-06-01T12:00:00.000Z'),
          CloudWatchMetrics: [{ Namespace: 'SelectionsPlatform', Dimensions: [['service', 'stage']], Metrics: [{ Name: 'RetirementsWithdrawn', Unit: 'Count' }] }],
        },
        service: 'emeritus',
        stage: process.env['PLATFORM_STAGE'] ?? 'local',
        RetirementsWithdrawn: 1,
      },
    ]);
  });
});
