import { describe, expect, it } from '@jest/globals';
import { announce, withdraw } from './retirement.ts';
import type { Seat } from './seat.ts';
import { selectionOf } from './selection.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const NOW = '2031-01-02T10:00:00.000Z';
const held: Seat = {
  seatId: 'E14001065',
  name: 'Altrincham and Sale West',
  nation: 'England',
  region: 'North West',
  firstParty: 'Lab',
  island: false,
  priority: 2,
  shortlist: 'open',
  flagsRevision: 0,
  importedAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-01T00:00:00.000Z',
};
const selection = selectionOf(
  {
    seatId: 'E14001065',
    seatName: 'Altrincham and Sale West',
    nation: 'England',
    region: 'North West',
    start: '2031-01-06',
    week: 0,
    phases: [
      { name: 'freeze', start: '2031-01-06', end: '2031-01-06' },
      { name: 'nominations', start: '2031-01-07', end: '2031-01-20' },
      { name: 'applications', start: '2031-01-21', end: '2031-02-03' },
      { name: 'shortlisting', start: '2031-02-04', end: '2031-02-10' },
      { name: 'hustings-and-ballot', start: '2031-02-11', end: '2031-03-03' },
      { name: 'result', start: '2031-03-04', end: '2031-03-04' },
    ],
    reason: 'retirement announced 2031-01-01',
    retirementId: 'ret-1',
  },
  '2bdc889d-590c-439f-be4e-dfd20f8ba484',
  'sel-1',
  '2031-01-01T10:00:00.000Z',
);
const retiring: Seat = { ...held, retirement: { retirementId: 'ret-1', status: 'announced', announcedOn: '2031-01-01' }, currentSelectionId: 'sel-1' };
const withdrawal = (withdrawnOn: string) => ({ retirementId: 'ret-1', withdrawnOn, reason: 'will stand again' });

describe('announce', () => {
  it('records a new retirement, to be slotted when the seat has no selection', () => {
    expect(announce(held, { retirementId: 'ret-1', announcedOn: '2031-01-01' })).toStrictEqual({
      kind: 'record',
      retirement: { retirementId: 'ret-1', status: 'announced', announcedOn: '2031-01-01' },
      slot: true,
    });
  });

  it('changes nothing for a retirement the seat already knows, even withdrawn', () => {
    const withdrawn = { ...held, retirement: { retirementId: 'ret-1', status: 'withdrawn' as const, announcedOn: '2031-01-01', withdrawnOn: '2031-01-02' } };
    expect(announce(withdrawn, { retirementId: 'ret-1', announcedOn: '2031-01-01' })).toStrictEqual({
      kind: 'known',
      why: 'the retirement was withdrawn before its announcement arrived',
    });
  });

  it('records an announcement its withdrawal overtook as announced, with the withdrawal to apply to what it opens', () => {
    const withdrawnFirst = { ...held, retirement: { retirementId: 'ret-1', status: 'withdrawn' as const, withdrawnOn: '2031-01-02', withdrawalReason: 'will stand again' } };
    expect(announce(withdrawnFirst, { retirementId: 'ret-1', announcedOn: '2031-01-01' })).toStrictEqual({
      kind: 'record',
      retirement: { retirementId: 'ret-1', status: 'announced', announcedOn: '2031-01-01' },
      slot: true,
      overtakenBy: { retirementId: 'ret-1', withdrawnOn: '2031-01-02', reason: 'will stand again' },
    });
  });

  it('adds only the date of an announcement overtaken by a withdrawal stored without its reason, opening nothing', () => {
    const withdrawnFirst = { ...held, retirement: { retirementId: 'ret-1', status: 'withdrawn' as const, withdrawnOn: '2031-01-02' } };
    expect(announce(withdrawnFirst, { retirementId: 'ret-1', announcedOn: '2031-01-01' })).toStrictEqual({
      kind: 'record',
      retirement: { retirementId: 'ret-1', status: 'withdrawn', withdrawnOn: '2031-01-02', announcedOn: '2031-01-01' },
      slot: false,
    });
  });
});

describe('withdraw', () => {
  it('cancels the selection the retirement opened when withdrawn before the freeze date', () => {
    // Act
    const outcome = withdraw(retiring, selection, DEFAULT_SETTINGS, withdrawal('2031-01-05'), NOW);
    // Assess
    const reason = 'the sitting MP withdrew their retirement on 2031-01-05, before the freeze date 2031-01-06: will stand again';
    expect(outcome).toStrictEqual({
      kind: 'cancel',
      retirement: { retirementId: 'ret-1', status: 'withdrawn', announcedOn: '2031-01-01', withdrawnOn: '2031-01-05', withdrawalReason: 'will stand again' },
      reason,
      selection: { ...selection, status: 'cancelled', cancellation: { reason, cancelledAt: NOW }, updatedAt: NOW, revision: 1 },
    });
  });

  it('flags the selection, which stands, when withdrawn on the freeze date', () => {
    expect(withdraw(retiring, selection, DEFAULT_SETTINGS, withdrawal('2031-01-06'), NOW)).toStrictEqual({
      kind: 'flag',
      retirement: { retirementId: 'ret-1', status: 'withdrawn', announcedOn: '2031-01-01', withdrawnOn: '2031-01-06', withdrawalReason: 'will stand again' },
      selection: {
        ...selection,
        retirementWithdrawnAfterFreeze: { retirementId: 'ret-1', withdrawnOn: '2031-01-06', reason: 'will stand again' },
        updatedAt: NOW,
        revision: 1,
      },
    });
  });

  it('records a withdrawal that arrives before its announcement', () => {
    expect(withdraw(held, undefined, DEFAULT_SETTINGS, withdrawal('2031-01-05'), NOW)).toStrictEqual({
      kind: 'record',
      retirement: { retirementId: 'ret-1', status: 'withdrawn', withdrawnOn: '2031-01-05', withdrawalReason: 'will stand again' },
    });
  });

  it('leaves alone a selection another retirement opened', () => {
    const other = { ...retiring, retirement: { retirementId: 'ret-0', status: 'withdrawn' as const, withdrawnOn: '2030-01-01' } };
    expect(withdraw(other, { ...selection, retirementId: 'ret-0' }, DEFAULT_SETTINGS, withdrawal('2031-01-05'), NOW)).toMatchObject({ kind: 'record' });
  });

  it('changes nothing for a withdrawal already recorded', () => {
    const withdrawn = { ...held, retirement: { retirementId: 'ret-1', status: 'withdrawn' as const, withdrawnOn: '2031-01-05' } };
    expect(withdraw(withdrawn, undefined, DEFAULT_SETTINGS, withdrawal('2031-01-05'), NOW)).toStrictEqual({ kind: 'known', why: 'the withdrawal is already recorded' });
  });
});
