import { describe, expect, it } from '@jest/globals';
import { SeatLimitError } from './errors.ts';
import { MAX_SEATS, planImport } from './seat-import.ts';
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
  flagsRevision: 0,
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
        { kind: 'create', line: 2, seat: { ...wightEast, island: true, priority: 2, shortlist: 'open', flagsRevision: 0, importedAt: NOW, updatedAt: NOW } },
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

describe('the number of seats', () => {
  const held = (count: number) => new Map(Array.from({ length: count }, (_, index) => [`E14${String(index).padStart(6, '0')}`, stored({ seatId: `E14${String(index).padStart(6, '0')}` })]));
  const newRows = (count: number) =>
    fileOf(Array.from({ length: count }, (_, index) => ({ line: index + 2, seat: { ...wightEast, seatId: `W07${String(index).padStart(6, '0')}` } })));

  it('fails on an import that would take the seats past 2,000, importing nothing', () => {
    // Act
    const act = () => planImport(newRows(651), held(MAX_SEATS - 650), NOW);
    // Assess
    expect(act).toThrow(new SeatLimitError(1_350, 651, 2_000));
    expect(act).toThrow(
      'the import would create 651 seats beside the 1350 held, more than the 2000 the service holds, so nothing was imported; check the file is a list of Westminster constituencies with their GSS codes',
    );
  });

  it('imports up to 2,000 seats', () => {
    expect(planImport(newRows(650), held(MAX_SEATS - 650), NOW).report.counts.created).toBe(650);
  });
});
