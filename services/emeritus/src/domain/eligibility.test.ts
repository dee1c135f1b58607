import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { judgeEligibility } from './eligibility.ts';
import { ElectionNotAfterAnnouncementError } from './errors.ts';

const fromSettings = (expectedElectionOn: string) => ({ expectedElectionOn, source: 'settings' as const });

describe('judgeEligibility', () => {
  it('judges an announcement exactly twelve months before the election early', () => {
    expect(judgeEligibility('2028-05-03', fromSettings('2029-05-03'), 12)).toStrictEqual({
      emeritusEligible: true,
      earlyAnnouncementDeadline: '2028-05-03',
      eligibilityReason:
        'announced early: on 2028-05-03, on or before 2028-05-03, 12 months before the expected general election on 2029-05-03',
    });
  });

  it('judges an announcement the day after the deadline late', () => {
    expect(judgeEligibility('2028-05-04', fromSettings('2029-05-03'), 12)).toStrictEqual({
      emeritusEligible: false,
      earlyAnnouncementDeadline: '2028-05-03',
      eligibilityReason:
        'announced late: on 2028-05-04, after 2028-05-03, 12 months before the expected general election on 2029-05-03',
    });
  });

  it.each([
    ['the last day of February, a month before the 31st of March', '2029-02-28', '2029-03-31', 1, true],
    ['the 1st of March, under a month before the 31st of March', '2029-03-01', '2029-03-31', 1, false],
    ['a leap day, a month before the 31st of March in a leap year', '2028-02-29', '2028-03-31', 1, true],
    ['the 28th of February, a year before a leap-day election', '2027-02-28', '2028-02-29', 12, true],
    ['the 1st of March, under a year before a leap-day election', '2027-03-01', '2028-02-29', 12, false],
    ['a leap day, under a year before the next 28th of February (a year from a leap day runs to 1 March)', '2028-02-29', '2029-02-28', 12, false],
    ['the 28th of February of a leap year, a year before the 28th of February', '2028-02-28', '2029-02-28', 12, true],
  ])('judges an announcement on %s: eligible %p', (_what, announcedOn, expectedElectionOn, months, eligible) => {
    expect(judgeEligibility(announcedOn, fromSettings(expectedElectionOn), months).emeritusEligible).toBe(eligible);
  });

  it('says "1 month" for a one-month threshold', () => {
    expect(judgeEligibility('2029-02-28', fromSettings('2029-03-31'), 1).eligibilityReason).toBe(
      'announced early: on 2029-02-28, on or before 2029-02-28, 1 month before the expected general election on 2029-03-31',
    );
  });

  it.each([
    ['on the day of the election', '2029-05-03'],
    ['after the election', '2029-06-01'],
  ])('fails on an announcement %s', (_what, announcedOn) => {
    const judge = () => judgeEligibility(announcedOn, { expectedElectionOn: '2029-05-03', source: 'retirement' }, 12);
    expect(judge).toThrow(ElectionNotAfterAnnouncementError);
    expect(judge).toThrow(
      `the expected general election on 2029-05-03 (from the retirement) is not after the announcement on ${announcedOn}; ` +
        'give an election date after the announcement',
    );
  });

  it('judges every announcement before an eligible one eligible too', () => {
    const day = fc.integer({ min: 0, max: 3_000 }).map((days) => new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 60 }), (a, b, months) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const election = fromSettings('2032-12-31');
        if (judgeEligibility(later, election, months).emeritusEligible) {
          expect(judgeEligibility(earlier, election, months).emeritusEligible).toBe(true);
        }
      }),
    );
  });
});
