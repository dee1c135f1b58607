import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { announceRetirementHandler } from '../src/handlers/announce-retirement.ts';
import { getCommitteeHandler } from '../src/handlers/get-committee.ts';
import { getRetirementHandler } from '../src/handlers/get-retirement.ts';
import { getSettingsHandler } from '../src/handlers/get-settings.ts';
import { putSettingsHandler } from '../src/handlers/put-settings.ts';
import { InMemoryEmeritusStore } from './in-memory-emeritus-store.ts';
import { bodyOf, finance, request } from './requests.ts';

const put = (json: unknown, claims?: Record<string, string>) =>
  request('PUT', '/emeritus/settings', { json, ...(claims === undefined ? {} : { claims }) });

describe('GET /emeritus/settings', () => {
  it('answers with the defaults before any settings are saved: no election date, twelve months', async () => {
    // Act
    const response = await getSettingsHandler(new InMemoryEmeritusStore())(request('GET', '/emeritus/settings'), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({ expectedElectionOn: null, earlyAnnouncementMonths: 12, updatedAt: null, updatedBy: null }),
    });
  });

  it('fails with 403 for a caller who is not HQ staff', async () => {
    const response = await getSettingsHandler(new InMemoryEmeritusStore())(request('GET', '/emeritus/settings', { claims: finance }), lambdaContext());
    expect(response.statusCode).toBe(403);
  });
});

describe('PUT /emeritus/settings', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-05-01T10:00:00.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('replaces the settings, recording who changed them and the settings before and after in the history', async () => {
    // Prepare
    const store = new InMemoryEmeritusStore();
    // Act
    const response = await putSettingsHandler(store)(put({ expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 18 }), lambdaContext());
    // Assess
    const settings = { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 18, updatedAt: '2026-05-01T10:00:00.000Z', updatedBy: 'staff-1' };
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify(settings),
    });
    expect(store.saved).toStrictEqual({ settings, version: 1 });
    expect(store.entries).toStrictEqual([
      {
        historyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        at: '2026-05-01T10:00:00.000Z',
        by: 'staff-1',
        action: 'settings-changed',
        before: { expectedElectionOn: null, earlyAnnouncementMonths: 12 },
        after: { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 18 },
      },
    ]);
  });

  it('takes the twelve-month default when no threshold is given', async () => {
    const response = await putSettingsHandler(new InMemoryEmeritusStore())(put({ expectedElectionOn: '2029-05-03' }), lambdaContext());
    expect(bodyOf(response)['earlyAnnouncementMonths']).toBe(12);
  });

  it('reads the settings again and retries when another change was saved first, so the history holds what it replaced', async () => {
    // Prepare: another change lands between this request's read and its write
    const store = new InMemoryEmeritusStore();
    const saveOnce = store.saveSettings.bind(store);
    let raced = false;
    store.saveSettings = async (settings, readVersion, entry) => {
      if (!raced) {
        raced = true;
        store.saved = {
          settings: { expectedElectionOn: '2030-01-01', earlyAnnouncementMonths: 6, updatedAt: '2026-05-01T09:59:59.000Z', updatedBy: 'staff-2' },
          version: 1,
        };
      }
      return saveOnce(settings, readVersion, entry);
    };
    // Act
    const response = await putSettingsHandler(store)(put({ expectedElectionOn: '2029-05-03' }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(200);
    expect(store.saved.version).toBe(2);
    expect(store.entries.map((entry) => (entry.action === 'settings-changed' ? entry.before : undefined))).toStrictEqual([
      { expectedElectionOn: '2030-01-01', earlyAnnouncementMonths: 6 },
    ]);
  });

  it('fails with 409 when the settings keep changing under it, saving nothing', async () => {
    // Prepare
    const store = new InMemoryEmeritusStore();
    store.saveSettings = async () => 'stale';
    // Act
    const response = await putSettingsHandler(store)(put({ expectedElectionOn: '2029-05-03' }), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(409);
    expect(bodyOf(response)['detail']).toBe('the settings changed 3 times while this change was being saved; try again');
    expect(store.entries).toStrictEqual([]);
  });

  it.each([
    ['a past election date and a zero threshold', { expectedElectionOn: '2026-04-30', earlyAnnouncementMonths: 0 }, [
      { path: ['body', 'expectedElectionOn'], message: 'must not be in the past (today is 2026-05-01, UTC)' },
      { path: ['body', 'earlyAnnouncementMonths'], message: 'Too small: expected number to be >=1' },
    ]],
    ['no election date and a fractional threshold', { earlyAnnouncementMonths: 1.5 }, [
      { path: ['body', 'expectedElectionOn'], message: 'Invalid input: expected string, received undefined' },
      { path: ['body', 'earlyAnnouncementMonths'], message: 'Invalid input: expected int, received number' },
    ]],
    ['a threshold over five years and an unknown key', { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 61, threshold: 3 }, [
      { path: ['body', 'earlyAnnouncementMonths'], message: 'Too big: expected number to be <=60' },
      { path: ['body'], message: 'Unrecognized key: "threshold"' },
    ]],
  ])('fails with 400 on %s, listing every problem and saving nothing', async (_what, json, errors) => {
    // Prepare
    const store = new InMemoryEmeritusStore();
    // Act
    const response = await putSettingsHandler(store)(put(json), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)['errors']).toStrictEqual(errors);
    expect(store.saved.version).toBe(0);
    expect(store.entries).toStrictEqual([]);
  });

  it('fails with 403 for a caller who is not HQ staff', async () => {
    const response = await putSettingsHandler(new InMemoryEmeritusStore())(put({ expectedElectionOn: '2029-05-03' }, finance), lambdaContext());
    expect(response.statusCode).toBe(403);
  });

  it('leaves retirements already recorded as they were judged: a retirement and the committee survive a change of election date', async () => {
    // Prepare: an early announcement under an election expected on 3 May 2029
    const store = new InMemoryEmeritusStore();
    await putSettingsHandler(store)(put({ expectedElectionOn: '2029-05-03' }), lambdaContext());
    const announced = await announceRetirementHandler(store)(
      request('POST', '/emeritus/retirements', { json: { mpId: 'mp-1', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2026-04-01' } }),
      lambdaContext(),
    );
    const retirementId = bodyOf(announced)['retirementId'] as string;
    const committeeBefore = bodyOf(await getCommitteeHandler(store)(request('GET', '/emeritus/committee'), lambdaContext()));
    // Act: the election is brought forward, so the same announcement would now be late
    await putSettingsHandler(store)(put({ expectedElectionOn: '2026-09-01' }), lambdaContext());
    // Assess
    const retirement = await getRetirementHandler(store)(
      request('GET', `/emeritus/retirements/${retirementId}`, { routePath: '/emeritus/retirements/{retirementId}', pathParameters: { retirementId } }),
      lambdaContext(),
    );
    const committeeAfter = bodyOf(await getCommitteeHandler(store)(request('GET', '/emeritus/committee'), lambdaContext()));
    expect(bodyOf(retirement)).toStrictEqual(bodyOf(announced));
    expect(bodyOf(retirement)).toMatchObject({ emeritusEligible: true, expectedElectionOn: '2029-05-03' });
    expect(committeeAfter).toStrictEqual(committeeBefore);
    expect(committeeAfter).toStrictEqual({
      members: [{ mpId: 'mp-1', mpName: 'Jo Bloggs', seatId: 'E14001063', retirementId, joinedOn: '2026-04-01' }],
    });
  });
});
