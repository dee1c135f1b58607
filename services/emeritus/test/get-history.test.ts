import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { announcedEntry, settingsChangedEntry, withdrawnEntry } from '../src/domain/history.ts';
import { withdrawRetirement } from '../src/domain/retirement.ts';
import { DEFAULT_SETTINGS } from '../src/domain/settings.ts';
import { getHistoryHandler } from '../src/handlers/get-history.ts';
import { encodeCursor } from '../src/store/history-cursor.ts';
import { InMemoryEmeritusStore } from './in-memory-emeritus-store.ts';
import { bodyOf, finance, request } from './requests.ts';
import { recordedRetirement } from './sample-retirements.ts';

const retirement = recordedRetirement('aaaaaaaa-0000-4000-8000-000000000001', 'mp-1', '2028-02-01');
const settingsChanged = settingsChangedEntry('11111111-0000-4000-8000-000000000001', {
  before: DEFAULT_SETTINGS,
  after: { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12 },
  by: 'staff-0',
  at: '2026-01-01T00:00:00.000Z',
});
const announced = announcedEntry('22222222-0000-4000-8000-000000000002', retirement);
const withdrawn = withdrawnEntry(
  '33333333-0000-4000-8000-000000000003',
  withdrawRetirement(retirement, { withdrawnOn: '2028-06-01', reason: 'standing again', withdrawnBy: 'staff-2', withdrawnAt: '2028-06-01T10:00:00.000Z' }),
);
const store = new InMemoryEmeritusStore();
store.entries.push(withdrawn, settingsChanged, announced);

const get = (query?: Record<string, string>, claims?: Record<string, string>) =>
  request('GET', '/emeritus/history', { ...(query === undefined ? {} : { query }), ...(claims === undefined ? {} : { claims }) });

describe('GET /emeritus/history', () => {
  it('lists every change, oldest first', async () => {
    // Act
    const response = await getHistoryHandler(store)(get(), lambdaContext());
    // Assess
    expect(response).toStrictEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-1' },
      body: JSON.stringify({ entries: [settingsChanged, announced, withdrawn], nextCursor: null }),
    });
  });

  it('pages through the history with a limit and the cursor of the previous page', async () => {
    // Act
    const first = bodyOf(await getHistoryHandler(store)(get({ limit: '2' }), lambdaContext()));
    const second = bodyOf(await getHistoryHandler(store)(get({ limit: '2', cursor: first['nextCursor'] as string }), lambdaContext()));
    // Assess
    expect(first).toStrictEqual(JSON.parse(JSON.stringify({ entries: [settingsChanged, announced], nextCursor: encodeCursor(`${announced.at}#${announced.historyId}`) })));
    expect(second).toStrictEqual(JSON.parse(JSON.stringify({ entries: [withdrawn], nextCursor: null })));
  });

  it('fails with 400 listing every problem: a limit out of range, a cursor it did not issue', async () => {
    // Act
    const response = await getHistoryHandler(store)(get({ limit: '501', cursor: Buffer.from('REGISTER').toString('base64url') }), lambdaContext());
    // Assess
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['query', 'limit'], message: 'Too big: expected number to be <=500' },
      { path: ['query', 'cursor'], message: 'not a cursor from a previous page of the history' },
    ]);
  });

  it('fails with 403 for a caller who is not HQ staff', async () => {
    const response = await getHistoryHandler(store)(get(undefined, finance), lambdaContext());
    expect(response.statusCode).toBe(403);
  });
});
