import { describe, expect, it } from '@jest/globals';
import { committeeOf, filterRegister } from './register.ts';
import type { ActiveRetirement, Retirement } from './retirement.ts';

const retirement = (id: string, overrides: Partial<ActiveRetirement>): ActiveRetirement => ({
  retirementId: id,
  mpId: `mp-${id.slice(0, 4)}`,
  mpName: `MP ${id.slice(0, 4)}`,
  seatId: 'E14001063',
  announcedOn: '2028-04-01',
  expectedElectionOn: '2029-05-03',
  expectedElectionSource: 'settings',
  earlyAnnouncementMonths: 12,
  earlyAnnouncementDeadline: '2028-05-03',
  emeritusEligible: true,
  eligibilityReason: 'announced early',
  recordedBy: 'staff-1',
  recordedAt: '2028-04-02T09:00:00.000Z',
  status: 'active',
  withdrawal: null,
  ...overrides,
});
const withdrawn = (active: ActiveRetirement): Retirement => ({
  ...active,
  status: 'withdrawn',
  withdrawal: { withdrawnOn: '2028-06-01', reason: 'standing again', withdrawnBy: 'staff-1', withdrawnAt: '2028-06-01T10:00:00.000Z' },
});

const a = retirement('aaaaaaaa-0000-4000-8000-000000000001', { announcedOn: '2028-03-01', seatId: 'W07000041' });
const b = retirement('bbbbbbbb-0000-4000-8000-000000000002', { announcedOn: '2028-02-01' });
const c = retirement('cccccccc-0000-4000-8000-000000000003', { announcedOn: '2028-07-01', emeritusEligible: false });
const d = withdrawn(retirement('dddddddd-0000-4000-8000-000000000004', { announcedOn: '2028-01-01' }));
const register = [a, b, c, d];

describe('filterRegister', () => {
  it('lists every retirement, in the order announced, without a filter', () => {
    expect(filterRegister(register, {})).toStrictEqual([d, b, a, c]);
  });

  it('lists only active retirements', () => {
    expect(filterRegister(register, { status: 'active' })).toStrictEqual([b, a, c]);
  });

  it('lists only withdrawn retirements', () => {
    expect(filterRegister(register, { status: 'withdrawn' })).toStrictEqual([d]);
  });

  it('lists the retirements of one seat, with both filters together', () => {
    expect(filterRegister(register, { seatId: 'E14001063', status: 'active' })).toStrictEqual([b, c]);
  });

  it('breaks a tie of announcement days by when they were recorded', () => {
    // Prepare
    const first = retirement('eeeeeeee-0000-4000-8000-000000000005', { recordedAt: '2028-04-02T08:00:00.000Z' });
    const second = retirement('ffffffff-0000-4000-8000-000000000006', { recordedAt: '2028-04-01T08:00:00.000Z' });
    // Assess
    expect(filterRegister([first, second], {})).toStrictEqual([second, first]);
  });
});

describe('committeeOf', () => {
  it('seats MPs whose early announcement stands, longest-serving first, each with the day they joined', () => {
    expect(committeeOf(register)).toStrictEqual([
      { mpId: b.mpId, mpName: b.mpName, seatId: b.seatId, retirementId: b.retirementId, joinedOn: '2028-02-01' },
      { mpId: a.mpId, mpName: a.mpName, seatId: 'W07000041', retirementId: a.retirementId, joinedOn: '2028-03-01' },
    ]);
  });

  it('has no members while no one has announced early', () => {
    expect(committeeOf([c, d])).toStrictEqual([]);
  });
});
