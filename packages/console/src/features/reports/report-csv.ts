import type { CsvColumn } from '../../export/csv-file.ts';
import { poundsForCsv } from '../applications/applications-csv.ts';
import type { ReportCell, ReportLine } from './report-view.ts';
import { REPORT_COLUMNS } from './report-view.ts';

// A hidden cell stays `<5` in the file, as on the page: the file must reveal no more than the page does.
const csvCell = (cell: ReportCell, pence: boolean): string | number => (typeof cell === 'number' ? (pence ? poundsForCsv(cell) : cell) : cell);

/**
 * The columns of the report's export: the section and line, then each figure (amounts in exact pounds), every
 * hidden cell kept as `<5`.
 *
 * @example
 * csvText(REPORT_CSV_COLUMNS, reportLines(report));
 */
export const REPORT_CSV_COLUMNS: readonly CsvColumn<ReportLine>[] = [
  { header: 'Section', value: (line) => line.section },
  { header: 'Line', value: (line) => line.name },
  ...REPORT_COLUMNS.map(({ key, label, pence }) => ({ header: pence ? `${label} (£)` : label, value: (line: ReportLine) => csvCell(line.row[key], pence) })),
];
