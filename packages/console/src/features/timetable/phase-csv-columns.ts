import type { CsvColumn } from '../../export/csv-file.ts';
import { PHASES } from './labels.ts';

interface Phased {
  readonly phases: readonly { readonly name: string; readonly start: string; readonly end: string }[];
}

/**
 * Two CSV columns a phase, in the order phases run: the day it starts and the day it ends, blank where the
 * row has no such phase. Shared by the selections' export and the draft timetable's, so both read alike.
 *
 * @example
 * const columns: CsvColumn<Selection>[] = [{ header: 'Seat', value: (s) => s.seatName }, ...phaseColumnsCsv<Selection>()];
 */
export const phaseColumnsCsv = <T extends Phased>(): CsvColumn<T>[] =>
  PHASES.flatMap((name): CsvColumn<T>[] => [
    { header: `${name} starts`, value: (row) => row.phases.find((phase) => phase.name === name)?.start },
    { header: `${name} ends`, value: (row) => row.phases.find((phase) => phase.name === name)?.end },
  ]);
