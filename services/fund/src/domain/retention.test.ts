import { describe, expect, it } from '@jest/globals';
import type { Application, HistoryEntry } from './application.ts';
import { addMonths, erasableOn, finishedOn, isDueForErasure, selectionEndedOn } from './retention.ts';
import type { CancelledSelection, ScheduledSelection } from './selection-view.ts';

const step = (at: string, action: HistoryEntry['action'], outcome: HistoryEntry['outcome']): HistoryEntry => ({
  at,
  by: 'someone',
  role: action === 'submitted' || action === 'withdrawn' ? 'candidate' : 'finance',
  action,
  outcome,
  reason: null,
  amountPence: null,
});

const SUBMITTED = step('2026-01-10T09:00:00.000Z', 'submitted', 'awaiting-decision');

const application = (status: Application['status'], history: HistoryEntry[]): Application => ({
  applicationId: '01936f7e-8a2b-7c3d-9e4f-5a6b7c8d9e0f',
  candidateId: 'cand-1',
  seatId: 'E14000001',
  seatName: 'Aldershot',
  selectionId: 'sel-1',
  region: 'South East',
  groups: ['women'],
  purpose: 'childcare',
  amountRequestedPence: 5_000,
  statement: 'A statement.',
  status,
  version: history.length,
  submittedAt: SUBMITTED.at,
  approvedPence: 0,
  disbursedPence: 0,
  releasedPence: 0,
  disbursements: [],
  history: [SUBMITTED, ...history],
});

const selection = (resultEndsOn: string): ScheduledSelection => ({
  status: 'scheduled',
  selectionId: 'sel-1',
  seatId: 'E14000001',
  seatName: 'Aldershot',
  region: 'South East',
  timetableId: 'tt-1',
  resultEndsOn,
  occurredAt: '2025-12-01T00:00:00.000Z',
});

const EARLY_SELECTION = selection('2026-01-31');

describe('finishedOn', () => {
  it.each([
    ['rejected', [step('2026-02-03T10:00:00.000Z', 'considered', 'rejected')], '2026-02-03'],
    ['withdrawn', [step('2026-02-04T10:00:00.000Z', 'withdrawn', 'withdrawn')], '2026-02-04'],
    [
      'disbursed',
      [step('2026-02-05T10:00:00.000Z', 'considered', 'approved'), step('2026-03-01T10:00:00.000Z', 'disbursed', 'paid'), step('2026-04-01T10:00:00.000Z', 'disbursed', 'paid')],
      '2026-04-01',
    ],
    ['cancelled', [step('2026-02-05T10:00:00.000Z', 'considered', 'approved'), step('2026-05-06T10:00:00.000Z', 'approval-cancelled', 'cancelled')], '2026-05-06'],
  ] as const)('is the day of the last step of a %s application', (status, history, expected) => {
    expect(finishedOn(application(status, [...history]))).toBe(expected);
  });

  it.each([
    ['submitted', []],
    ['approved', [step('2026-02-05T10:00:00.000Z', 'considered', 'approved'), step('2026-03-01T10:00:00.000Z', 'disbursed', 'paid')]],
  ] as const)('is undefined while the application is %s: it may still change', (status, history) => {
    expect(finishedOn(application(status, [...history]))).toBeUndefined();
  });
});

describe('selectionEndedOn', () => {
  it('is the last day of the result phase of a scheduled selection', () => {
    expect(selectionEndedOn(selection('2026-09-30'))).toBe('2026-09-30');
  });

  it('is the day a cancelled selection was cancelled', () => {
    const cancelled: CancelledSelection = { status: 'cancelled', selectionId: 'sel-1', seatId: 'E14000001', reason: 'MP stayed', occurredAt: '2026-03-04T23:30:00.000Z' };
    expect(selectionEndedOn(cancelled)).toBe('2026-03-04');
  });

  it('is undefined for a selection the fund never saw, so nothing is erased on a guess', () => {
    expect(selectionEndedOn(undefined)).toBeUndefined();
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-01', 1, '2027-01-01'],
  ])('%s plus %i months is %s (a day the month lacks is its last)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('erasableOn', () => {
  const rejected = application('rejected', [step('2026-02-03T10:00:00.000Z', 'considered', 'rejected')]);

  it('counts the period from the day the application finished when its selection ended earlier', () => {
    expect(erasableOn(rejected, EARLY_SELECTION, 12)).toBe('2027-02-03');
  });

  it('counts the period from the end of the selection when that is later than the finish', () => {
    expect(erasableOn(rejected, selection('2026-09-30'), 12)).toBe('2027-09-30');
  });

  it('takes the configured period', () => {
    expect(erasableOn(rejected, EARLY_SELECTION, 6)).toBe('2026-08-03');
  });

  it('is undefined for an application not yet finished, however long ago its selection ended', () => {
    expect(erasableOn(application('submitted', []), selection('2020-01-01'), 12)).toBeUndefined();
  });
});

describe('isDueForErasure', () => {
  const withdrawn = application('withdrawn', [step('2026-02-04T10:00:00.000Z', 'withdrawn', 'withdrawn')]);

  it('is not due in the last second of the day before the period ends', () => {
    expect(isDueForErasure(withdrawn, EARLY_SELECTION, 12, new Date('2027-02-03T23:59:59.999Z'))).toBe(false);
  });

  it('is due from the first instant of the day the period ends', () => {
    expect(isDueForErasure(withdrawn, EARLY_SELECTION, 12, new Date('2027-02-04T00:00:00.000Z'))).toBe(true);
  });

  it('is not due once erased: the schedule erases each application once', () => {
    const erased: Application = { ...withdrawn, groups: [], statement: '', erasure: { at: '2027-02-04T02:30:00.000Z', reason: 'retention-period-ended' } };
    expect(isDueForErasure(erased, EARLY_SELECTION, 12, new Date('2030-01-01T00:00:00.000Z'))).toBe(false);
  });

  it('is not due for an approved grant still being paid, years later', () => {
    const approved = application('approved', [step('2026-02-05T10:00:00.000Z', 'considered', 'approved')]);
    expect(isDueForErasure(approved, EARLY_SELECTION, 12, new Date('2036-01-01T00:00:00.000Z'))).toBe(false);
  });
});
