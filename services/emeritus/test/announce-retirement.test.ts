import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { announceRetirementHandler } from '../src/handlers/announce-retirement.ts';
import { InMemoryEmeritusStore } from './in-memory-emeritus-store.ts';
import { bodyOf, finance, request } from './requests.ts';

const announcement = { mpId: 'mp-4514', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2028-04-01' };
const post = (json: unknown, claims?: Record<string, string> | null) =>
  request('POST', '/emeritus/retirements', { json, ...(claims === undefined ? {} : { claims }) });

/** A store whose settings expect the election on 3 May 2029, with the default twelve-month threshold. */
const storeWithElection = () => {
  const store = new InMemoryEmeritusStore();
  store.saved = {
    settings: { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'staff-0' },
    version: 1,
  };
  return store;
};

describe('POST /emeritus/retirements', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2028-04-02T09:00:00.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('records an early announcement as eligible, with its event and history entry, and answers 201 with the record', async () => {
    // Prepare
    const store = storeWithElection();
    // Act
    const response = await announceRetirementHandler(store)(post(announcement), lambdaContext());
    // Assess
    const retirementId = bodyOf(response)['retirementId'] as string;
    const retirement = {
      retirementId,
      mpId: 'mp-4514',
      mpName: 'Jo Bloggs',
      seatId: 'E14001063',
      announcedOn: '2028-04-01',
      expectedElectionOn: '2029-05-03',
      expectedElectionSource: 'settings',
      earlyAnnouncementMonths: 12,
      earlyAnnouncementDeadline: '2028-05-03',
      emeritusEligible: true,
      eligibilityReason:
        'announced early: on 2028-04-01, on or before 2028-05-03, 12 months before the expected general election on 2029-05-03',
      recordedBy: 'staff-1',
      recordedAt: '2028-04-02T09:00:00.000Z',
      status: 'active',
      withdrawal: null,
    };
    expect(response).toStrictEqual({
      statusCode: 201,
      headers: {
        'content-type': 'application/json',
        location: `/emeritus/retirements/${retirementId}`,
        'x-correlation-id': 'corr-1',
      },
      body: JSON.stringify(retirement),
    });
    expect([...store.register.values()]).toStrictEqual([retirement]);
    expect(store.locks).toStrictEqual(new Map([['mp-4514', retirementId]]));
    expect(store.outbox).toStrictEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        type: 'emeritus.retirement-announced',
        version: 1,
        occurredAt: '2028-04-02T09:00:00.000Z',
        source: 'emeritus',
        correlationId: 'corr-1',
        data: {
          retirementId,
          mpId: 'mp-4514',
          mpName: 'Jo Bloggs',
          seatId: 'E14001063',
          announcedOn: '2028-04-01',
          expectedElectionOn: '2029-05-03',
          emeritusEligible: true,
        },
      },
    ]);
    expect(store.entries).toStrictEqual([
      {
        historyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        at: '2028-04-02T09:00:00.000Z',
        by: 'staff-1',
        action: 'retirement-announced',
        retirementId,
        mpId: 'mp-4514',
        retirement,
      },
    ]);
  });

  it("judges against the retirement's own election date, even before any settings are saved", async () => {
    // Prepare
    const store = new InMemoryEmeritusStore();
    // Act
    const response = await announceRetirementHandler(store)(post({ ...announcement, expectedElectionOn: '2029-01-10' }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(201);
    expect(bodyOf(response)).toMatchObject({
      expectedElectionOn: '2029-01-10',
      expectedElectionSource: 'retirement',
      earlyAnnouncementMonths: 12,
      emeritusEligible: false,
    });
  });

  it('fails with 409 naming the existing retirement when the MP already has an active one, writing nothing', async () => {
    // Prepare
    const store = storeWithElection();
    const first = await announceRetirementHandler(store)(post(announcement), lambdaContext());
    const existing = bodyOf(first)['retirementId'] as string;
    // Act
    const response = await announceRetirementHandler(store)(post({ ...announcement, seatId: 'E14001064' }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(409);
    expect(bodyOf(response)).toStrictEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: `MP mp-4514 already has an active retirement, ${existing}; withdraw it before recording another`,
      instance: '/emeritus/retirements',
      details: { retirementId: existing },
    });
    expect(store.register.size).toBe(1);
    expect(store.outbox).toHaveLength(1);
    expect(store.entries).toHaveLength(1);
  });

  it('fails with 422 when no election date is set and the retirement gives none, writing nothing', async () => {
    // Prepare
    const store = new InMemoryEmeritusStore();
    // Act
    const response = await announceRetirementHandler(store)(post(announcement), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(422);
    expect(bodyOf(response)['detail']).toBe(
      'no expected general election date is set, so early announcement cannot be judged: set expectedElectionOn in the ' +
        'emeritus settings, or give this retirement its own expectedElectionOn',
    );
    expect(store.register.size).toBe(0);
    expect(store.outbox).toStrictEqual([]);
  });

  it('fails with 422 when the expected election is not after the announcement', async () => {
    // Act
    const response = await announceRetirementHandler(storeWithElection())(
      post({ ...announcement, expectedElectionOn: '2028-04-01' }),
      lambdaContext(),
    );
    // Assess
    expect(response.statusCode).toBe(422);
    expect(bodyOf(response)['detail']).toBe(
      'the expected general election on 2028-04-01 (from the retirement) is not after the announcement on 2028-04-01; ' +
        'give an election date after the announcement',
    );
  });

  it('fails with 400 listing every problem with the body, writing nothing', async () => {
    // Prepare
    const store = storeWithElection();
    // Act
    const response = await announceRetirementHandler(store)(
      post({ mpId: 4514, seatId: 'Aldershot', announcedOn: '2028-04-03', expectedElectionOn: '2029-02-30', party: 'x' }),
      lambdaContext(),
    );
    // Assess
    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['body', 'mpId'], message: 'Invalid input: expected string, received number' },
      { path: ['body', 'mpName'], message: 'Invalid input: expected string, received undefined' },
      { path: ['body', 'seatId'], message: 'a GSS code is a country letter (E, N, S, W) and eight digits, e.g. E14001063' },
      { path: ['body', 'announcedOn'], message: 'must not be in the future (today is 2028-04-02, UTC)' },
      { path: ['body', 'expectedElectionOn'], message: 'Invalid ISO date' },
      { path: ['body'], message: 'Unrecognized key: "party"' },
    ]);
    expect(store.register.size).toBe(0);
    expect(store.outbox).toStrictEqual([]);
    expect(store.entries).toStrictEqual([]);
  });

  it('refuses a retirement dated in year 0000 before writing anything', async () => {
    // Prepare
    const store = storeWithElection();
    // Act
    const response = await announceRetirementHandler(store)(
      post({ ...announcement, announcedOn: '0000-01-01', expectedElectionOn: '0000-03-01' }),
      lambdaContext(),
    );
    // Assess
    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['body', 'announcedOn'], message: 'must be from 1900-01-01 to 2199-12-31' },
      { path: ['body', 'expectedElectionOn'], message: 'must be from 1900-01-01 to 2199-12-31' },
    ]);
    expect(store.register.size).toBe(0);
    expect(store.locks.size).toBe(0);
    expect(store.outbox).toStrictEqual([]);
    expect(store.entries).toStrictEqual([]);
  });

  it('refuses an election so early that its early-announcement deadline would fall before 1900', async () => {
    // Prepare: sixty months before 1904-12-31 is 1899-12-31, a date no store schema reads back
    const store = storeWithElection();
    // Act
    const response = await announceRetirementHandler(store)(
      post({ ...announcement, announcedOn: '1900-06-01', expectedElectionOn: '1904-12-31' }),
      lambdaContext(),
    );
    // Assess
    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)['errors']).toStrictEqual([{ path: ['body', 'expectedElectionOn'], message: 'must be on or after 1905-01-01' }]);
    expect(store.register.size).toBe(0);
  });

  it('refuses an MP name with U+FFFF, a lone surrogate or a newline before writing anything, and takes one with an emoji', async () => {
    // Prepare
    const store = storeWithElection();
    const announce = (mpName: string) => announceRetirementHandler(store)(post({ ...announcement, mpName }), lambdaContext());
    // Act
    const refused = await Promise.all(['Jo\uffff', 'Jo \ud83c', 'Jo\nBloggs'].map(announce));
    const stored = store.register.size;
    const taken = await announce('🌹 Siân Gwenllian');
    // Assess
    expect(refused.map((response) => bodyOf(response)['errors'])).toStrictEqual([
      [{ path: ['body', 'mpName'], message: 'must be text on one line: no control characters or noncharacters (U+FFFE, U+FFFF)' }],
      [{ path: ['body', 'mpName'], message: 'contains a lone surrogate (half a character), which is not text' }],
      [{ path: ['body', 'mpName'], message: 'must be text on one line: no control characters or noncharacters (U+FFFE, U+FFFF)' }],
    ]);
    expect(stored).toBe(0);
    expect({ status: taken.statusCode, mpName: bodyOf(taken)['mpName'], outbox: store.outbox.map((event) => (event.data as { mpName: string }).mpName) }).toStrictEqual({
      status: 201,
      mpName: '🌹 Siân Gwenllian',
      outbox: ['🌹 Siân Gwenllian'],
    });
  });

  it('accepts an announcement made today', async () => {
    const response = await announceRetirementHandler(storeWithElection())(post({ ...announcement, announcedOn: '2028-04-02' }), lambdaContext());
    expect(response.statusCode).toBe(201);
  });

  it('fails with 400 when there is no body', async () => {
    // Act
    const response = await announceRetirementHandler(storeWithElection())(post(undefined), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)['errors']).toStrictEqual([{ path: ['body'], message: 'Invalid input: expected object, received undefined' }]);
  });

  it('fails with 403 for a caller who is not HQ staff, writing nothing', async () => {
    // Prepare
    const store = storeWithElection();
    // Act
    const response = await announceRetirementHandler(store)(post(announcement, finance), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(403);
    expect(bodyOf(response)['detail']).toBe('this action needs one of the roles hq-staff; the caller holds only finance');
    expect(store.register.size).toBe(0);
  });

  it('fails with 401 without a caller', async () => {
    const response = await announceRetirementHandler(storeWithElection())(post(announcement, null), lambdaContext());
    expect(response.statusCode).toBe(401);
  });
});
