import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import type { SelectionView } from '../src/domain/selection-view.ts';
import { listOpenSelectionsHandler } from '../src/handlers/list-open-selections.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { InMemorySelectionViewStore } from './in-memory-application-store.ts';

const VIEWS: SelectionView[] = [
  { status: 'scheduled', selectionId: 'sel-1', seatId: 'W07000057', seatName: 'Ynys Môn', region: 'Wales', timetableId: 'tt-1', opensOn: '2026-05-04', resultEndsOn: '2026-09-30', occurredAt: '2026-05-01T09:00:00.000Z' },
  { status: 'scheduled', selectionId: 'sel-2', seatId: 'W07000072', seatName: 'Monmouthshire', region: 'Wales', timetableId: 'tt-1', resultEndsOn: '2026-08-31', occurredAt: '2026-05-01T09:00:00.000Z' },
  { status: 'scheduled', selectionId: 'sel-3', seatId: 'E14001063', seatName: 'Aldershot', region: 'South East', timetableId: 'tt-1', opensOn: '2026-01-05', resultEndsOn: '2026-05-31', occurredAt: '2026-01-01T09:00:00.000Z' },
  { status: 'cancelled', selectionId: 'sel-4', seatId: 'W07000058', reason: 'the MP withdrew her retirement', occurredAt: '2026-05-02T09:00:00.000Z' },
];

const list = async (role: 'candidate' | 'finance' | 'hq-staff', query: Record<string, string>) => {
  const selections = new InMemorySelectionViewStore();
  for (const view of VIEWS) selections.views.set(view.selectionId, structuredClone(view));
  const response = await listOpenSelectionsHandler(selections)(
    httpEvent({ method: 'GET', path: '/fund/open-selections', claims: claimsOf(role), queryStringParameters: query }),
    lambdaContext(),
  );
  return { status: response.statusCode, body: bodyOf(response) };
};

describe('GET /fund/open-selections', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00.000Z'), doNotFake: ['nextTick', 'setImmediate'] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it("answers a candidate's search with the open selections whose seat matches, accents aside, by name", async () => {
    expect(await list('candidate', { search: 'mon' })).toStrictEqual({
      status: 200,
      body: {
        search: 'mon',
        total: 2,
        items: [
          { selectionId: 'sel-2', seatId: 'W07000072', seatName: 'Monmouthshire', region: 'Wales', closesOn: '2026-08-31' },
          { selectionId: 'sel-1', seatId: 'W07000057', seatName: 'Ynys Môn', region: 'Wales', opensOn: '2026-05-04', closesOn: '2026-09-30' },
        ],
      },
    });
  });

  it('leaves out a selection whose result phase has ended', async () => {
    expect((await list('finance', { search: 'aldershot' })).body).toStrictEqual({ search: 'aldershot', total: 0, items: [] });
  });

  it('fails with 403 for HQ staff, before reading the query', async () => {
    expect((await list('hq-staff', { search: '' })).status).toBe(403);
  });

  it('fails with 400 without a search, or with one over 100 characters', async () => {
    expect((await list('candidate', {})).status).toBe(400);
    expect((await list('candidate', { search: 'a'.repeat(101) })).status).toBe(400);
  });
});
