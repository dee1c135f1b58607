import { describe, expect, it } from '@jest/globals';
import { planImport } from './seat-import.ts';
import type { Seat } from './seat.ts';
import type { SeatsFile } from './seats-csv.ts';

const NOW = '2026-05-01T10:00:00.000Z';
const EARLIER = '2026-01-01T09:00:00.000Z';

const fileOf = (rows: SeatsFile['rows'], rejected: SeatsFile['rejected'] = []): SeatsFile => ({ format: 'commons-library', rows, rejected });

const wightEast = { seatId: 'E14001303', name: 'Isle of Wight East', nation: 'England', region: 'South East', firstParty: 'Con', majority: 3323 } as const;
const chorley = { seatId: 'E14001170', name: 'Chorley', nation: 'England', region: 'North West', firstParty: 'Spk', majority: 20575 } as const;

const stored = (fields: Partial<Seat> & Pick<Seat, 'seatId'>): Seat => ({
  name: 'Somewhere',
  nation: 'England',
  region: 'South East',
  island: false,
  priority: 2,
  shortlist: 'open',
  importedAt: EARLIER,
  updatedAt: EARLIER,
  ...fields,
});

describe('planImport', () => {
  it('creates new seats with their first flags, flagging the island seats', () => {
    // Act
    const plan = planImport(fileOf([{ line: 2, seat: wightEast }]), new Map(), NOW);
    // Assess
    expect(plan).toStrictEqual({
      writes: [
        { kind: 'create', line: 2, seat: { ...wightEast, island: true, priority: 2, shortlist: 'open', importedAt: NOW, updatedAt: NOW } },
      ],
      speakerSeatIds: [],
      report: {
        format: 'commons-library',
        counts: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
        created: [{ line: 2, seatId: 'E14001303' }],
        updated: [],
        rejected: [],
      },
    });
  });

  it('updates only the imported fields that changed, never a flag HQ staff set', () => {
    // Prepare: HQ staff unflagged the island and raised the priority
    const existing = stored({ ...wightEast, majority: 3000, island: false, priority: 1 });
    // Act
    const plan = planImport(fileOf([{ line: 7, seat: wightEast }]), new Map([[wightEast.seatId, existing]]), NOW);
    // Assess
    expect(plan.writes).toStrictEqual([
      { kind: 'update', line: 7, seatId: 'E14001303', fields: { majority: 3323 }, changed: ['majority'], updatedAt: NOW },
    ]);
    expect(plan.report.updated).toStrictEqual([{ line: 7, seatId: 'E14001303', changed: ['majority'] }]);
  });

  it('changes nothing on a re-import of the same rows', () => {
    // Prepare
    const existing = stored({ ...wightEast, island: true });
    // Act
    const plan = planImport(fileOf([{ line: 2, seat: wightEast }]), new Map([[wightEast.seatId, existing]]), NOW);
    // Assess
    expect(plan.writes).toStrictEqual([]);
    expect(plan.report.counts).toStrictEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
  });

  it('keeps the results a minimal CSV does not carry', () => {
    // Prepare
    const existing = stored({ ...wightEast, sittingMp: 'Joe Robertson' });
    const minimal = { seatId: 'E14001303', name: 'Isle of Wight East', nation: 'England', region: 'South East' } as const;
    // Act
    const plan = planImport({ format: 'minimal', rows: [{ line: 2, seat: minimal }], rejected: [] }, new Map([[wightEast.seatId, existing]]), NOW);
    // Assess
    expect(plan.writes).toStrictEqual([]);
  });

  it("reports the Speaker's seat when it is created, but not again when HQ staff may have decided otherwise since", () => {
    // Act
    const first = planImport(fileOf([{ line: 2, seat: chorley }]), new Map(), NOW);
    const again = planImport(fileOf([{ line: 2, seat: chorley }]), new Map([[chorley.seatId, stored(chorley)]]), NOW);
    // Assess
    expect(first.speakerSeatIds).toStrictEqual(['E14001170']);
    expect(again.speakerSeatIds).toStrictEqual([]);
  });

  it('passes the rejected rows on to the report', () => {
    // Act
    const plan = planImport(fileOf([], [{ line: 3, reason: "'X' is not a GSS code" }]), new Map(), NOW);
    // Assess
    expect(plan.report).toStrictEqual({
      format: 'commons-library',
      counts: { created: 0, updated: 0, unchanged: 0, rejected: 1 },
      created: [],
      updated: [],
      rejected: [{ line: 3, reason: "'X' is not a GSS code" }],
    });
  });
});
