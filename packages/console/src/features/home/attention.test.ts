import { describe, expect, it } from '@jest/globals';
import type { components } from '../../api/schema.ts';
import { flaggedSelections, mondayOf, phasesStartingSoon, recentRetirements } from './attention.ts';

type Selection = components['schemas']['Selection'];
type Retirement = components['schemas']['Retirement'];

const selection = (seatName: string, starts: readonly string[], fields: Partial<Selection> = {}): Selection => ({
  selectionId: `00000000-0000-4000-8000-${String(seatName.length).padStart(12, '0')}`,
  seatId: 'E14001063',
  seatName,
  nation: 'England',
  region: 'South East',
  timetableId: '00000000-0000-4000-8000-000000000001',
  status: 'scheduled',
  start: starts[0] ?? '2027-01-01',
  phases: starts.map((start, index) => ({ name: (['nominations', 'applications', 'shortlisting'] as const)[index] ?? 'result', start, end: start })),
  reason: 'the earliest week with room',
  scheduledAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  revision: 0,
  ...fields,
});

const retirement = (mpName: string, recordedAt: string): Retirement => ({
  retirementId: `00000000-0000-4000-8000-${String(mpName.length).padStart(12, '0')}`,
  mpId: 'mp-1',
  mpName,
  seatId: 'E14001063',
  announcedOn: recordedAt.slice(0, 10),
  expectedElectionOn: '2029-05-03',
  expectedElectionSource: 'settings',
  earlyAnnouncementMonths: 18,
  earlyAnnouncementDeadline: '2027-11-03',
  emeritusEligible: true,
  eligibilityReason: 'announced before the deadline',
  recordedBy: 'staff-1',
  recordedAt,
  status: 'active',
  withdrawal: null,
});

describe('mondayOf', () => {
  it.each([
    ['2027-01-04', '2027-01-04'],
    ['2027-01-07', '2027-01-04'],
    ['2027-01-10', '2027-01-04'],
    ['2027-01-01', '2026-12-28'],
  ])('puts %p in the week of Monday %p', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });
});

describe('phasesStartingSoon', () => {
  it('keeps the phases starting from this Monday to next Sunday, soonest first, saying which week', () => {
    const selections = [
      selection('Bath', ['2027-01-03', '2027-01-04', '2027-01-18']),
      selection('Leeds', ['2027-01-17']),
      selection('Aldershot', ['2027-01-04']),
      selection('Cancelled', ['2027-01-05'], { status: 'cancelled' }),
    ];
    expect(phasesStartingSoon(selections, '2027-01-07').map(({ selection: { seatName }, phase, week }) => [seatName, phase.start, week])).toStrictEqual([
      ['Aldershot', '2027-01-04', 'this week'],
      ['Bath', '2027-01-04', 'this week'],
      ['Leeds', '2027-01-17', 'next week'],
    ]);
  });
});

describe('recentRetirements', () => {
  it('keeps those recorded in the last 30 days, newest first, the boundary included', () => {
    const register = [retirement('Old', '2026-10-31T11:59:59.000Z'), retirement('Edge', '2026-11-01T12:00:00.000Z'), retirement('New', '2026-11-30T09:00:00.000Z')];
    expect(recentRetirements(register, '2026-12-01T12:00:00.000Z').map((item) => item.mpName)).toStrictEqual(['New', 'Edge']);
  });
});

describe('flaggedSelections', () => {
  it('keeps scheduled selections whose retirement was withdrawn after the freeze', () => {
    const flag = { retirementWithdrawnAfterFreeze: { retirementId: 'r-1', withdrawnOn: '2027-02-01', reason: 'withdrawn after the freeze date' } };
    const selections = [selection('Bath', ['2027-01-04'], flag), selection('Leeds', ['2027-01-04']), selection('Gone', ['2027-01-04'], { ...flag, status: 'cancelled' })];
    expect(flaggedSelections(selections).map((item) => item.seatName)).toStrictEqual(['Bath']);
  });
});
