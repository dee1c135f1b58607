import { SeatLimitError } from './errors.ts';
import type { RejectedRow, SeatRow, SeatsFile } from './seats-csv.ts';
import { initialFlags } from './seat.ts';
import type { ImportedSeatFields, Seat } from './seat.ts';
import { SPEAKER_PARTY } from './settings.ts';

/** One seat to write: created with its first flags, or updated in its imported fields only. */
export type SeatWrite =
  | { kind: 'create'; line: number; seat: Seat }
  | { kind: 'update'; line: number; seatId: string; fields: Partial<ImportedSeatFields>; changed: (keyof ImportedSeatFields)[]; updatedAt: string };

/**
 * The most seats the service holds. Seats are never deleted, so each import of a file with other GSS codes
 * (an older boundary set, a typing slip) adds more; every seat is read to draft a timetable or plan an
 * import, and a timetable keeps an entry for each that needs a selection in one 400 KB item. The House has
 * 650 seats: 2,000 holds two boundary sets (the 2010 and 2024 codes) with room to spare.
 */
export const MAX_SEATS = 2_000;

export interface ImportReport {
  format: SeatsFile['format'];
  counts: { created: number; updated: number; unchanged: number; rejected: number };
  created: { line: number; seatId: string }[];
  updated: { line: number; seatId: string; changed: (keyof ImportedSeatFields)[] }[];
  rejected: RejectedRow[];
}

export interface ImportPlan {
  writes: SeatWrite[];
  report: ImportReport;
  /** Seats newly found to be the Speaker's (created so, or changed to it), for `uncontested`. */
  speakerSeatIds: string[];
}

const IMPORTED_FIELDS = ['name', 'nation', 'region', 'firstParty', 'majority', 'electorate', 'sittingMp'] as const;

// A column the file lacks, or an empty cell, says nothing: the stored value stands (a minimal CSV must not
// wipe a seat's results).
const changedFields = (seat: Seat, fields: ImportedSeatFields): (keyof ImportedSeatFields)[] =>
  IMPORTED_FIELDS.filter((field) => fields[field] !== undefined && seat[field] !== fields[field]);

/**
 * What importing a file's rows into the existing seats does: each new seat is created with the flags it
 * starts with (the island seats flagged), each seat whose imported fields differ is updated in those fields
 * only, so a re-import never overwrites a flag HQ staff set, and an identical row changes nothing. A field
 * the row leaves empty keeps its stored value.
 */
export const planImport = (file: SeatsFile, existing: ReadonlyMap<string, Seat>, now: string): ImportPlan => {
  const writes: SeatWrite[] = [];
  const speakerSeatIds: string[] = [];
  let unchanged = 0;
  for (const { line, seat: fields } of file.rows satisfies SeatRow[]) {
    const seat = existing.get(fields.seatId);
    const becameSpeaker = fields.firstParty === SPEAKER_PARTY && seat?.firstParty !== SPEAKER_PARTY;
    if (becameSpeaker) speakerSeatIds.push(fields.seatId);
    if (seat === undefined) {
      writes.push({ kind: 'create', line, seat: { ...fields, ...initialFlags(fields.seatId), flagsRevision: 0, importedAt: now, updatedAt: now } });
      continue;
    }
    const changed = changedFields(seat, fields);
    if (changed.length === 0) unchanged += 1;
    else {
      const update = Object.fromEntries(changed.map((field) => [field, fields[field]])) as Partial<ImportedSeatFields>;
      writes.push({ kind: 'update', line, seatId: fields.seatId, fields: update, changed, updatedAt: now });
    }
  }
  const created = writes.flatMap((write) => (write.kind === 'create' ? [{ line: write.line, seatId: write.seat.seatId }] : []));
  if (existing.size + created.length > MAX_SEATS) throw new SeatLimitError(existing.size, created.length, MAX_SEATS);
  const updated = writes.flatMap((write) =>
    write.kind === 'update' ? [{ line: write.line, seatId: write.seatId, changed: write.changed }] : [],
  );
  return {
    writes,
    speakerSeatIds,
    report: {
      format: file.format,
      counts: { created: created.length, updated: updated.length, unchanged, rejected: file.rejected.length },
      created,
      updated,
      rejected: file.rejected,
    },
  };
};
