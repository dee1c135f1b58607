import { describe, expect, it } from '@jest/globals';
import { ElectionDateUnsetError, RetirementAlreadyWithdrawnError, WithdrawalBeforeAnnouncementError } from './errors.ts';
import { announceRetirement, withdrawRetirement } from './retirement.ts';
import type { ActiveRetirement } from './retirement.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const RETIREMENT_ID = '0b6f7a52-4c1e-4d3b-9f2a-1e5d8c7b6a90';
const AGAIN_ID = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const settings = { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12 };
const recorded = { retirementId: RETIREMENT_ID, recordedBy: 'staff-1', recordedAt: '2028-04-02T09:00:00.000Z' };
const announcement = { mpId: 'mp-4514', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2028-04-01' };

const early: ActiveRetirement = {
  retirementId: RETIREMENT_ID,
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

const withdrawal = {
  withdrawnOn: '2028-06-01',
  reason: 'will stand again',
  withdrawnBy: 'staff-2',
  withdrawnAt: '2028-06-01T12:00:00.000Z',
};

describe('announceRetirement', () => {
  it('records an early announcement as eligible, with the settings it was judged against', () => {
    expect(announceRetirement(announcement, settings, recorded)).toStrictEqual(early);
  });

  it('judges against the retirement’s own election date when it gives one, even with no date in the settings', () => {
    // Act
    const retirement = announceRetirement({ ...announcement, expectedElectionOn: '2029-01-10' }, DEFAULT_SETTINGS, recorded);
    // Assess
    expect(retirement).toStrictEqual({
      ...early,
      expectedElectionOn: '2029-01-10',
      expectedElectionSource: 'retirement',
      earlyAnnouncementDeadline: '2028-01-10',
      emeritusEligible: false,
      eligibilityReason:
        'announced late: on 2028-04-01, after 2028-01-10, 12 months before the expected general election on 2029-01-10',
    });
  });

  it('fails when no election date is known', () => {
    expect(() => announceRetirement(announcement, DEFAULT_SETTINGS, recorded)).toThrow(ElectionDateUnsetError);
  });
});

describe('withdrawRetirement', () => {
  it('withdraws an active retirement, keeping what was recorded', () => {
    expect(withdrawRetirement(early, withdrawal)).toStrictEqual({ ...early, status: 'withdrawn', withdrawal });
  });

  it('withdraws a retirement on the day it was announced', () => {
    const sameDay = { ...withdrawal, withdrawnOn: '2028-04-01' };
    expect(withdrawRetirement(early, sameDay)).toStrictEqual({ ...early, status: 'withdrawn', withdrawal: sameDay });
  });

  it('fails on a retirement already withdrawn, naming the day it was', () => {
    // Prepare
    const withdrawn = withdrawRetirement(early, withdrawal);
    // Act
    const again = () => withdrawRetirement(withdrawn, { ...withdrawal, withdrawnOn: '2028-07-01' });
    // Assess
    expect(again).toThrow(RetirementAlreadyWithdrawnError);
    expect(again).toThrow(`retirement ${RETIREMENT_ID} was already withdrawn on 2028-06-01`);
  });

  it('fails on a withdrawal dated before the announcement', () => {
    const backdated = () => withdrawRetirement(early, { ...withdrawal, withdrawnOn: '2028-03-31' });
    expect(backdated).toThrow(WithdrawalBeforeAnnouncementError);
    expect(backdated).toThrow(
      `retirement ${RETIREMENT_ID} cannot be withdrawn on 2028-03-31, before it was announced on 2028-04-01; ` +
        'give a withdrawal date on or after 2028-04-01',
    );
  });
});

describe('withdrawing and announcing again', () => {
  it('makes a new retirement, judged afresh: an MP who withdraws and re-announces late loses eligibility', () => {
    // Prepare
    const withdrawn = withdrawRetirement(early, withdrawal);
    // Act
    const again = announceRetirement({ ...announcement, announcedOn: '2028-09-01' }, settings, {
      retirementId: AGAIN_ID,
      recordedBy: 'staff-1',
      recordedAt: '2028-09-01T09:00:00.000Z',
    });
    // Assess
    expect(withdrawn.status).toBe('withdrawn');
    expect(again).toStrictEqual({
      ...early,
      retirementId: AGAIN_ID,
      announcedOn: '2028-09-01',
      recordedAt: '2028-09-01T09:00:00.000Z',
      emeritusEligible: false,
      eligibilityReason:
        'announced late: on 2028-09-01, after 2028-05-03, 12 months before the expected general election on 2029-05-03',
    });
  });
});

describe('a change of settings', () => {
  it('applies to announcements recorded after it: the same announcement is late once the election comes forward', () => {
    // Prepare: HQ brings the expected election forward by eight months
    const moved = { expectedElectionOn: '2028-09-01', earlyAnnouncementMonths: 12 };
    // Act
    const later = announceRetirement(announcement, moved, recorded);
    // Assess
    expect(later).toStrictEqual({
      ...early,
      expectedElectionOn: '2028-09-01',
      earlyAnnouncementDeadline: '2027-09-01',
      emeritusEligible: false,
      eligibilityReason:
        'announced late: on 2028-04-01, after 2027-09-01, 12 months before the expected general election on 2028-09-01',
    });
  });
});
