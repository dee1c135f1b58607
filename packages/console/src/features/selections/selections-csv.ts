import { csvText } from '../../export/csv-file.ts';
import type { CsvColumn } from '../../export/csv-file.ts';
import { phaseColumnsCsv } from '../timetable/phase-csv-columns.ts';
import type { Selection } from '../timetable/timetable-types.ts';

const SELECTION_COLUMNS_CSV: readonly CsvColumn<Selection>[] = [
  { header: 'Selection id', value: (selection) => selection.selectionId },
  { header: 'GSS code', value: (selection) => selection.seatId },
  { header: 'Seat', value: (selection) => selection.seatName },
  { header: 'Nation', value: (selection) => selection.nation },
  { header: 'Region', value: (selection) => selection.region },
  { header: 'Status', value: (selection) => selection.status },
  ...phaseColumnsCsv<Selection>(),
  { header: 'Why it starts then', value: (selection) => selection.reason },
  { header: 'Retirement withdrawn after the freeze', value: (selection) => (selection.retirementWithdrawnAfterFreeze ? `withdrawn ${selection.retirementWithdrawnAfterFreeze.withdrawnOn}` : '') },
  { header: 'Cancelled because', value: (selection) => selection.cancellation?.reason },
];

/**
 * The selections as a CSV file, one row each, with each phase's first and last day, in the order given.
 *
 * @example
 * selectionsCsv(selections); // 'Selection id,GSS code,Seat,…\r\n3e9b…,E14001063,Aldershot,…\r\n'
 */
export const selectionsCsv = (selections: readonly Selection[]): string => csvText(SELECTION_COLUMNS_CSV, selections);
