import { GssCode } from '@platform/events';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { SeatFileHeaderError, SeatFileTooLargeError, SeatFileUnreadableError } from './errors.ts';
import { Nation, nationOfGssCode } from './nation.ts';
import type { ImportedSeatFields } from './seat.ts';

/** A data row that can be imported, with the line of the file it came from (1 is the first line). */
export interface SeatRow {
  line: number;
  seat: ImportedSeatFields;
}

/** A data row that cannot be imported, and why. */
export interface RejectedRow {
  line: number;
  seatId?: string;
  reason: string;
}

export interface SeatsFile {
  format: 'commons-library' | 'minimal';
  rows: SeatRow[];
  rejected: RejectedRow[];
}

/** More than the 650 seats with room for boundary changes; a bigger file is not a results file. */
export const MAX_ROWS = 2_000;

/**
 * The largest file an import reads: the Commons Library's full results file is 115 KB for 650 seats, so
 * 2 MB holds its 2,000 rows many times over. Checked before parsing, so that a body up to API Gateway's
 * 10 MB is refused at once rather than parsed; each row then costs one DynamoDB write (16 in flight), and
 * 2,000 of them take a few seconds of the API's 30.
 */
export const MAX_SEAT_FILE_BYTES = 2 * 1024 * 1024;

// Title and note lines may stand above the header in copies of the Library's table; a header further down
// than this is not one.
const HEADER_SEARCH_LINES = 30;

type Field = keyof ImportedSeatFields | 'memberFirstName' | 'memberSurname';

interface Format {
  name: SeatsFile['format'];
  /** The header of each column the format reads, as published; matched case- and space-insensitively. */
  columns: Partial<Record<Field, string>>;
  required: Field[];
}

const FORMATS: Format[] = [
  {
    name: 'commons-library',
    columns: {
      seatId: 'ONS ID',
      name: 'Constituency name',
      region: 'Region name',
      nation: 'Country name',
      firstParty: 'First party',
      majority: 'Majority',
      electorate: 'Electorate',
      memberFirstName: 'Member first name',
      memberSurname: 'Member surname',
    },
    required: ['seatId', 'name', 'region', 'nation'],
  },
  { name: 'minimal', columns: { seatId: 'gss_code', name: 'name', region: 'region' }, required: ['seatId', 'name', 'region'] },
];

const normalise = (header: string): string => header.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();

interface CsvLine {
  line: number;
  cells: string[];
}

const readRecords = (text: string): CsvLine[] => {
  try {
    const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as {
      info: { lines: number };
      record: string[];
    }[];
    return records
      .map(({ info, record }) => ({ line: info.lines, cells: record }))
      // Spreadsheets export empty rows as a line of commas: as blank as a blank line.
      .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new SeatFileUnreadableError(error.message.replace(/^[^:]*:\s*/, ''), line, { cause: error });
    }
    throw error;
  }
};

/** The header line and the format it announces, or the error that says why none was found. */
const findHeader = (records: CsvLine[]): { index: number; format: Format; positions: Map<Field, number> } => {
  for (const [index, { cells }] of records.slice(0, HEADER_SEARCH_LINES).entries()) {
    const names = cells.map(normalise);
    for (const format of FORMATS) {
      const positions = new Map<Field, number>();
      for (const [field, header] of Object.entries(format.columns) as [Field, string][]) {
        const position = names.indexOf(normalise(header));
        if (position >= 0) positions.set(field, position);
      }
      if (format.required.every((field) => positions.has(field))) return { index, format, positions };
    }
  }
  const first = records[0]?.cells.join(',') ?? '(the file is empty)';
  const names = new Set((records[0]?.cells ?? []).map(normalise));
  const commons = FORMATS[0]!;
  const missing = commons.required.map((field) => commons.columns[field]!).filter((header) => !names.has(normalise(header)));
  throw new SeatFileHeaderError(missing, first.length > 200 ? `${first.slice(0, 200)}…` : first);
};

// Copies of the table may quote numbers with thousands separators: "72,580".
const wholeNumber = (value: string): number | undefined | 'invalid' => {
  const digits = value.trim().replace(/[,\s]/g, '');
  if (digits === '') return undefined;
  return /^\d{1,9}$/.test(digits) ? Number(digits) : 'invalid';
};

const rowOf = (line: number, cells: string[], positions: Map<Field, number>): SeatRow | RejectedRow => {
  const cell = (field: Field): string => {
    const position = positions.get(field);
    return position === undefined ? '' : (cells[position] ?? '').trim();
  };
  const seatId = cell('seatId');
  const problems: string[] = [];
  if (!GssCode.safeParse(seatId).success) {
    problems.push(`'${seatId.slice(0, 40)}' is not a GSS code (a country letter E, N, S or W and eight digits, e.g. E14001063)`);
  }
  const name = cell('name');
  if (name === '') problems.push('the constituency name is empty');
  if (name.length > 200) problems.push('the constituency name is longer than 200 characters');
  const region = cell('region');
  if (region === '') problems.push('the region is empty');
  if (region.length > 100) problems.push('the region is longer than 100 characters');

  const fromCode = nationOfGssCode(seatId);
  const country = cell('nation');
  let nation = fromCode;
  if (country !== '') {
    const named = Nation.safeParse(country);
    if (!named.success) problems.push(`the country '${country.slice(0, 40)}' is not one of ${Nation.options.join(', ')}`);
    else if (fromCode !== undefined && named.data !== fromCode) problems.push(`the country ${named.data} does not match the code, which is in ${fromCode}`);
    else nation = named.data;
  }

  const numbers: Partial<Record<'majority' | 'electorate', number>> = {};
  for (const field of ['majority', 'electorate'] as const) {
    const value = wholeNumber(cell(field));
    if (value === 'invalid') problems.push(`the ${field} '${cell(field).slice(0, 20)}' is not a whole number`);
    else if (value !== undefined) numbers[field] = value;
  }
  const firstParty = cell('firstParty');
  if (firstParty.length > 20) problems.push('the first party is longer than 20 characters');
  const sittingMp = `${cell('memberFirstName')} ${cell('memberSurname')}`.trim();

  const reported = GssCode.safeParse(seatId).success ? { seatId } : {};
  if (problems.length > 0 || nation === undefined) return { line, ...reported, reason: problems.join('; ') };
  return {
    line,
    seat: {
      seatId,
      name,
      nation,
      region,
      ...(firstParty === '' ? {} : { firstParty }),
      ...numbers,
      ...(sittingMp.length === 0 || sittingMp.length > 200 ? {} : { sittingMp }),
    },
  };
};

/**
 * Reads a list of seats: the Commons Library's general election results by constituency in any of the
 * shapes it circulates in (title and note lines above the header, quoted numbers with thousands
 * separators, a trailing comma on every line, CRLF, a BOM, optional columns), or a minimal
 * `gss_code,name,region` CSV. Columns are found by header name.
 *
 * The whole file is read before anything is imported: a file without a recognisable header, or not CSV at
 * all, throws (nothing of it can be trusted); rows that break a rule are rejected with their line and
 * reason, and every row of a GSS code that appears more than once is rejected, since which is right cannot
 * be told. Blank lines are skipped.
 */
export const readSeatsCsv = (text: string): SeatsFile => {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SEAT_FILE_BYTES) throw new SeatFileTooLargeError(`it is ${bytes} bytes, more than the ${MAX_SEAT_FILE_BYTES} (2 MB) an import takes`);
  const records = readRecords(text);
  const { index, format, positions } = findHeader(records);
  const data = records.slice(index + 1);
  if (data.length > MAX_ROWS) throw new SeatFileTooLargeError(`it has ${data.length} data rows, more than the ${MAX_ROWS} a list of seats may have`);
  const read = data.map(({ line, cells }) => rowOf(line, cells, positions));

  const linesOf = new Map<string, number[]>();
  for (const row of read) {
    const seatId = 'seat' in row ? row.seat.seatId : row.seatId;
    if (seatId !== undefined) linesOf.set(seatId, [...(linesOf.get(seatId) ?? []), row.line]);
  }
  const rows: SeatRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of read) {
    const seatId = 'seat' in row ? row.seat.seatId : row.seatId;
    const lines = seatId === undefined ? [] : (linesOf.get(seatId) ?? []);
    if (seatId !== undefined && lines.length > 1) {
      const duplicate = `${seatId} appears on lines ${lines.join(', ')}, so none of them was imported`;
      rejected.push({ line: row.line, seatId, reason: 'reason' in row ? `${row.reason}; ${duplicate}` : duplicate });
    } else if ('seat' in row) rows.push(row);
    else rejected.push(row);
  }
  return { format: format.name, rows, rejected };
};
