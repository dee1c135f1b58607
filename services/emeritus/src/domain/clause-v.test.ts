import { describe, expect, it } from '@jest/globals';
import { clauseVConflicts } from './clause-v.ts';
import type { ActiveRetirement, Retirement } from './retirement.ts';

const active = (retirementId: string, mpId: string, emeritusEligible: boolean): ActiveRetirement => ({
  retirementId,
  mpId,
  mpName: `MP ${mpId}`,
  seatId: 'E14001063',
  announcedOn: '2028-04-01',
  expectedElectionOn: '2029-05-03',
  expectedElectionSource: 'settings',
  earlyAnnouncementMonths: 12,
  earlyAnnouncementDeadline: '2028-05-03',
  emeritusEligible,
  eligibilityReason: 'judged',
  recordedBy: 'staff-1',
  recordedAt: '2028-04-02T09:00:00.000Z',
  status: 'active',
  withdrawal: null,
});

const eligible = active('aaaaaaaa-0000-4000-8000-000000000001', 'mp-1', true);
const late = active('bbbbbbbb-0000-4000-8000-000000000002', 'mp-2', false);
const withdrawn: Retirement = {
  ...active('cccccccc-0000-4000-8000-000000000003', 'mp-3', true),
  status: 'withdrawn',
  withdrawal: { withdrawnOn: '2028-06-01', reason: 'standing again', withdrawnBy: 'staff-1', withdrawnAt: '2028-06-01T10:00:00.000Z' },
};
const reason =
  'retiring at the next general election (announced on 2028-04-01, seat E14001063): a retiring MP has a conflict of ' +
  'interest and may not take part in the Clause V meeting';

describe('clauseVConflicts', () => {
  it('names every retiring attendee, eligible for the committee or not, in the order given', () => {
    expect(clauseVConflicts(['mp-2', 'mp-9', 'mp-1'], [eligible, late, withdrawn])).toStrictEqual([
      { mpId: 'mp-2', retirementId: late.retirementId, reason },
      { mpId: 'mp-1', retirementId: eligible.retirementId, reason },
    ]);
  });

  it('sees no conflict in an MP whose retirement was withdrawn', () => {
    expect(clauseVConflicts(['mp-3'], [eligible, late, withdrawn])).toStrictEqual([]);
  });

  it('reports an attendee listed twice once', () => {
    expect(clauseVConflicts(['mp-1', 'mp-1'], [eligible])).toStrictEqual([{ mpId: 'mp-1', retirementId: eligible.retirementId, reason }]);
  });

  it('finds no conflict in an empty list of attendees', () => {
    expect(clauseVConflicts([], [eligible])).toStrictEqual([]);
  });
});
