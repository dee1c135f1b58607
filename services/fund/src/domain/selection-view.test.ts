import { describe, expect, it } from '@jest/globals';
import { selectionCancelled, selectionScheduled } from '@platform/events';
import { SelectionNotOpenError } from './errors.ts';
import type { ScheduledSelection, SelectionView } from './selection-view.ts';
import { cancelledSelectionOf, isOpenOn, openSelectionIn, scheduledSelectionOf } from './selection-view.ts';

const PHASES = [
  { name: 'freeze', start: '2026-06-01', end: '2026-06-07' },
  { name: 'nominations', start: '2026-06-08', end: '2026-06-21' },
  { name: 'applications', start: '2026-06-22', end: '2026-07-05' },
  { name: 'shortlisting', start: '2026-07-06', end: '2026-07-12' },
  { name: 'hustings-and-ballot', start: '2026-07-13', end: '2026-07-26' },
  { name: 'result', start: '2026-07-27', end: '2026-07-31' },
] as const;

const scheduled = (overrides: Partial<ScheduledSelection> = {}): ScheduledSelection => ({
  status: 'scheduled',
  selectionId: 'sel-1',
  seatId: 'E14000001',
  seatName: 'Aldershot',
  region: 'South East',
  timetableId: 'tt-1',
  resultEndsOn: '2026-07-31',
  occurredAt: '2026-05-01T09:00:00.000Z',
  ...overrides,
});

describe('scheduledSelectionOf', () => {
  it('keeps the seat, region, the first day and the end of the result phase, as of when the event occurred', () => {
    // Prepare: the phases in an unexpected order, to show the result phase is found by name
    const event = selectionScheduled.create(
      { selectionId: 'sel-1', seatId: 'E14000001', seatName: 'Aldershot', nation: 'England', region: 'South East', timetableId: 'tt-1', phases: [...PHASES].reverse() },
      { correlationId: 'c-1', occurredAt: '2026-05-01T09:00:00.000Z' },
    );
    // Act, Assess
    expect(scheduledSelectionOf(event)).toStrictEqual(scheduled({ opensOn: '2026-06-01' }));
  });
});

describe('cancelledSelectionOf', () => {
  it('keeps the reason and when it occurred', () => {
    const event = selectionCancelled.create({ selectionId: 'sel-1', seatId: 'E14000001', reason: 'the MP withdrew her retirement' }, { correlationId: 'c-1', occurredAt: '2026-05-02T09:00:00.000Z' });
    expect(cancelledSelectionOf(event)).toStrictEqual({
      status: 'cancelled',
      selectionId: 'sel-1',
      seatId: 'E14000001',
      reason: 'the MP withdrew her retirement',
      occurredAt: '2026-05-02T09:00:00.000Z',
    });
  });
});

describe('isOpenOn', () => {
  it('is open from before the freeze up to and including the last day of the result phase', () => {
    expect(['2026-01-01', '2026-07-31', '2026-08-01'].map((day) => isOpenOn(scheduled(), day))).toStrictEqual([true, true, false]);
  });
});

describe('openSelectionIn', () => {
  it('finds the open selection of the seat, the latest scheduled if a cancellation is still on its way', () => {
    const views: SelectionView[] = [scheduled(), scheduled({ selectionId: 'sel-2', occurredAt: '2026-05-03T09:00:00.000Z' })];
    expect(openSelectionIn('E14000001', views, '2026-06-15').selectionId).toBe('sel-2');
  });

  it('fails when no selection was ever scheduled in the seat', () => {
    expect(() => openSelectionIn('E14000001', [], '2026-06-15')).toThrow(
      'no selection is scheduled in seat E14000001; a candidate can apply only for a seat whose selection is scheduled and not yet complete',
    );
  });

  it('fails when the seat\'s selection was cancelled', () => {
    const views: SelectionView[] = [{ status: 'cancelled', selectionId: 'sel-1', seatId: 'E14000001', reason: 'withdrawn', occurredAt: '2026-05-02T09:00:00.000Z' }];
    expect(() => openSelectionIn('E14000001', views, '2026-06-15')).toThrow(new SelectionNotOpenError('E14000001', 'cancelled'));
  });

  it('fails when the seat\'s selection is complete, saying when its result phase ended', () => {
    expect(() => openSelectionIn('E14000001', [scheduled()], '2026-08-01')).toThrow(
      'the selection in seat E14000001 is complete: its result phase ended on 2026-07-31; a candidate can apply only for a seat whose selection is scheduled and not yet complete',
    );
  });
});
