import type { CsvColumn } from '../../export/csv-file.ts';
import { phaseColumnsCsv } from './phase-csv-columns.ts';
import type { TimetableEntry } from './timetable-types.ts';

/** The draft timetable's seats placed, as its table shows them, for the CSV of what its filters select. */
export const ENTRY_COLUMNS_CSV: readonly CsvColumn<TimetableEntry>[] = [
  { header: 'GSS code', value: (entry) => entry.seatId },
  { header: 'Seat', value: (entry) => entry.seatName },
  { header: 'Region', value: (entry) => entry.region },
  ...phaseColumnsCsv<TimetableEntry>(),
  { header: 'Why it starts then', value: (entry) => entry.reason },
];
