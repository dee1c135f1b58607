import { stringify } from 'csv-stringify/browser/esm/sync';
import { downloadFile } from './download-file.ts';

/** One column of an export: its header and how a row's cell is read. */
export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | null | undefined;
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection), so such text is
// written with a leading apostrophe, which spreadsheets show as text. Numbers are written as they are.
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: string | number | boolean | null | undefined): string | number => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return FORMULA_START.test(value) ? `'${value}` : value;
};

/**
 * The text of a CSV file (RFC 4180, CRLF line ends, a header row) of `rows` in `columns`.
 *
 * @example
 * csvText([{ header: 'Seat', value: (seat) => seat.name }], seats);
 */
export const csvText = <T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string =>
  stringify([columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => cell(column.value(row))))], { record_delimiter: 'windows' });

/**
 * Offers `text` to the browser as a downloaded CSV file named `fileName`.
 *
 * @example
 * downloadCsv('seats.csv', csvText(columns, seats));
 */
export const downloadCsv = (fileName: string, text: string): void => downloadFile(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
