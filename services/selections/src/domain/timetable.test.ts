import { describe, expect, it } from '@jest/globals';
import type { Seat } from './seat.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { schedulingSeat, TimetableRequestBody, timetableRequest } from './timetable.ts';

const seat: Seat = {
  seatId: 'E14001065',
  name: 'Altrincham and Sale West',
  nation: 'England',
  region: 'North West',
  firstParty: 'Lab',
  majority: 4174,
  island: false,
  boundaryReviewUntil: '2031-03-31',
  priority: 1,
  shortlist: 'all-women',
  flagsRevision: 0,
  retirement: { retirementId: 'ret-1', status: 'announced', announcedOn: '2031-01-01' },
  importedAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-01T00:00:00.000Z',
};

describe('schedulingSeat', () => {
  it("gives the scheduler a held seat's flags and the day its MP announced retirement", () => {
    expect(schedulingSeat(seat, DEFAULT_SETTINGS)).toStrictEqual({
      seatId: 'E14001065',
      name: 'Altrincham and Sale West',
      nation: 'England',
      region: 'North West',
      island: false,
      boundaryReviewUntil: '2031-03-31',
      retirementAnnouncedOn: '2031-01-01',
      priority: 1,
      majority: 4174,
    });
  });

  it('ignores the retirement of an MP of another party, and an unknown majority is null', () => {
    const other = { ...seat, firstParty: 'Con', majority: undefined, boundaryReviewUntil: undefined };
    expect(schedulingSeat(other, DEFAULT_SETTINGS)).toStrictEqual({
      seatId: 'E14001065',
      name: 'Altrincham and Sale West',
      nation: 'England',
      region: 'North West',
      island: false,
      priority: 1,
      majority: null,
    });
  });
});

describe('timetableRequest', () => {
  it('fills the phase days HQ staff leave out from the defaults, and the blackouts with none', () => {
    // Prepare
    const body = TimetableRequestBody.parse({ from: '2031-01-06', expectedElection: '2034-05-04', completeMonthsBefore: 12, weeklyCapacity: 8, phaseDays: { shortlisting: 10 } });
    // Act
    const request = timetableRequest(body, { nominations: 14, applications: 14, shortlisting: 7, hustingsAndBallot: 21 });
    // Assess
    expect(request).toStrictEqual({
      from: '2031-01-06',
      expectedElection: '2034-05-04',
      completeMonthsBefore: 12,
      weeklyCapacity: 8,
      blackouts: [],
      phaseDays: { nominations: 14, applications: 14, shortlisting: 10, hustingsAndBallot: 21 },
    });
  });

  it('fails on a window longer than ten years', () => {
    const result = TimetableRequestBody.safeParse({ from: '2031-01-06', expectedElection: '2045-05-04', completeMonthsBefore: 12, weeklyCapacity: 8 });
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toStrictEqual([
      { path: ['expectedElection'], message: 'the election must be within 3660 days of from' },
    ]);
  });
});
