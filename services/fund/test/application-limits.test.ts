import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { MAX_APPLICATIONS_PER_CANDIDATE } from '../src/domain/application.ts';
import type { ScheduledSelection } from '../src/domain/selection-view.ts';
import { submitApplicationHandler } from '../src/handlers/submit-application.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { InMemoryApplicationStore, InMemorySelectionViewStore } from './in-memory-application-store.ts';

const SELECTION: ScheduledSelection = {
  status: 'scheduled',
  selectionId: 'sel-1',
  seatId: 'E14000001',
  seatName: 'Aldershot',
  region: 'South East',
  timetableId: 'tt-1',
  resultEndsOn: '2026-09-30',
  occurredAt: '2026-05-01T09:00:00.000Z',
};
const REQUEST = { seatId: 'E14000001', groups: ['women'], purpose: 'childcare', amountRequestedPence: 50_000, statement: 'I need childcare on selection evenings.' };

beforeEach(() => {
  jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00.000Z') });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('POST /fund/applications, limits', () => {
  it("refuses a candidate's 51st application with 422 stating the limit, storing nothing", async () => {
    // Prepare: a candidate with as many applications as one may make
    const selections = new InMemorySelectionViewStore();
    selections.views.set(SELECTION.selectionId, structuredClone(SELECTION));
    const applications = new InMemoryApplicationStore(selections);
    const submit = submitApplicationHandler(applications, selections);
    const apply = async (sub: string) =>
      submit(httpEvent({ method: 'POST', path: '/fund/applications', claims: claimsOf('candidate', sub), json: REQUEST }), lambdaContext());
    const answered = [];
    for (let index = 0; index < MAX_APPLICATIONS_PER_CANDIDATE; index += 1) answered.push((await apply('cand-1')).statusCode);
    // Act
    const response = await apply('cand-1');
    const another = await apply('cand-2');
    // Assess
    expect({
      first50: new Set(answered),
      status: response.statusCode,
      body: bodyOf(response),
      stored: (await applications.applicationsOf('cand-1')).length,
      anotherCandidate: another.statusCode,
    }).toStrictEqual({
      first50: new Set([201]),
      status: 422,
      body: {
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        detail: 'you have made 50 applications, the most one candidate may make; ask the Diversity Fund panel if you need to apply again',
        instance: '/fund/applications',
      },
      stored: 50,
      anotherCandidate: 201,
    });
  });
});
