import { describe, expect, it } from '@jest/globals';
import { eligibilityInWords } from './eligibility-words.ts';

const facts = { announcedOn: '2027-03-01', expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12, earlyAnnouncementDeadline: '2028-05-03' };

describe('eligibilityInWords', () => {
  it('says an early announcement came on or before the deadline, with the dates written out', () => {
    expect(eligibilityInWords({ ...facts, emeritusEligible: true })).toBe(
      'Announced early: on 1 March 2027, on or before 3 May 2028, 12 months before the expected general election on 3 May 2029.',
    );
  });

  it('says a late announcement came after the deadline, and a single month is a month', () => {
    expect(eligibilityInWords({ ...facts, announcedOn: '2029-04-04', earlyAnnouncementMonths: 1, earlyAnnouncementDeadline: '2029-04-03', emeritusEligible: false })).toBe(
      'Announced late: on 4 April 2029, after 3 April 2029, 1 month before the expected general election on 3 May 2029.',
    );
  });
});
