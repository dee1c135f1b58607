import { describe, expect, it } from '@jest/globals';
import { isContested, isHeld, needsSelection, seatView } from './seat.ts';
import type { Seat } from './seat.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const seat = (fields: Partial<Seat> = {}): Seat => ({
  seatId: 'E14001063',
  name: 'Aldershot',
  nation: 'England',
  region: 'South East',
  firstParty: 'Con',
  island: false,
  priority: 2,
  shortlist: 'open',
  flagsRevision: 0,
  importedAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...fields,
});

describe('needsSelection', () => {
  it.each([
    ['a contested seat the party does not hold', seat(), true],
    ['a seat the party holds', seat({ firstParty: 'Lab' }), false],
    ['a held seat whose MP announced retirement', seat({ firstParty: 'Lab', retirement: { retirementId: 'r-1', status: 'announced', announcedOn: '2026-03-01' } }), true],
    ['a held seat whose MP withdrew a retirement', seat({ firstParty: 'Lab', retirement: { retirementId: 'r-1', status: 'withdrawn', withdrawnOn: '2026-03-02' } }), false],
    ['a seat in Northern Ireland', seat({ seatId: 'N05000001', nation: 'Northern Ireland', firstParty: 'SF' }), false],
    ['a seat with a selection already', seat({ currentSelectionId: 'sel-1' }), false],
    ['a seat imported from a minimal CSV, with no result', seat({ firstParty: undefined }), true],
  ])('is %s: %p', (_what, value, expected) => {
    expect(needsSelection(value, DEFAULT_SETTINGS)).toBe(expected);
  });

  it('is not a seat HQ staff set aside as uncontested', () => {
    const settings = { ...DEFAULT_SETTINGS, uncontested: [{ seatId: 'E14001063', reason: 'an electoral pact' }] };
    expect(needsSelection(seat(), settings)).toBe(false);
  });
});

describe('seatView', () => {
  it('adds what follows from the settings', () => {
    expect(seatView(seat({ firstParty: 'Lab' }), DEFAULT_SETTINGS)).toStrictEqual({
      ...seat({ firstParty: 'Lab' }),
      held: true,
      contested: true,
      needsSelection: false,
    });
  });

  it('follows the party in the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, party: 'Con', contestedNations: ['England' as const] };
    expect([isHeld(seat(), settings), isContested(seat({ nation: 'Wales', seatId: 'W07000112' }), settings)]).toStrictEqual([true, false]);
  });
});
