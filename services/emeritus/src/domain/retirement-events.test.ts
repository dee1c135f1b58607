import { describe, expect, it } from '@jest/globals';
import { retirementAnnounced, retirementWithdrawn } from '@platform/events';
import { announceRetirement, withdrawRetirement } from './retirement.ts';
import { retirementAnnouncedEvent, retirementWithdrawnEvent } from './retirement-events.ts';

const RETIREMENT_ID = '0b6f7a52-4c1e-4d3b-9f2a-1e5d8c7b6a90';
const retirement = announceRetirement(
  { mpId: 'mp-4514', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2028-04-01' },
  { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12 },
  { retirementId: RETIREMENT_ID, recordedBy: 'staff-1', recordedAt: '2028-04-02T09:00:00.000Z' },
);

describe('retirementAnnouncedEvent', () => {
  it('tells the selections service the seat, the election and the eligibility, as of when it was recorded', () => {
    // Act
    const event = retirementAnnouncedEvent(retirement, 'corr-1');
    // Assess
    expect(event).toStrictEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'emeritus.retirement-announced',
      version: 1,
      occurredAt: '2028-04-02T09:00:00.000Z',
      source: 'emeritus',
      correlationId: 'corr-1',
      data: {
        retirementId: RETIREMENT_ID,
        mpId: 'mp-4514',
        mpName: 'Jo Bloggs',
        seatId: 'E14001063',
        announcedOn: '2028-04-01',
        expectedElectionOn: '2029-05-03',
        emeritusEligible: true,
      },
    });
    expect(retirementAnnounced.schema.parse(event)).toStrictEqual(event);
  });
});

describe('retirementWithdrawnEvent', () => {
  it('tells the selections service the seat, the day and the reason, as of when it was withdrawn', () => {
    // Prepare
    const withdrawn = withdrawRetirement(retirement, {
      withdrawnOn: '2028-06-01',
      reason: 'standing again',
      withdrawnBy: 'staff-2',
      withdrawnAt: '2028-06-01T12:00:00.000Z',
    });
    // Act
    const event = retirementWithdrawnEvent(withdrawn, 'corr-2');
    // Assess
    expect(event).toStrictEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'emeritus.retirement-withdrawn',
      version: 1,
      occurredAt: '2028-06-01T12:00:00.000Z',
      source: 'emeritus',
      correlationId: 'corr-2',
      data: { retirementId: RETIREMENT_ID, mpId: 'mp-4514', seatId: 'E14001063', withdrawnOn: '2028-06-01', reason: 'standing again' },
    });
    expect(retirementWithdrawn.schema.parse(event)).toStrictEqual(event);
  });
});
