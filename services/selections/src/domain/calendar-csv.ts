import type { CalendarRow } from './calendar-rows.ts';

const PHASE_COLUMNS = ['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result'] as const;

/**
 * A cell as RFC 4180 wants it, quoted when it must be. A value a spreadsheet would run as a formula (one
 * starting =, +, - or @) is prefixed with an apostrophe, since seat names and reasons come from outside.
 */
const cell = (value: string | number): string => {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The timetable as a spreadsheet: one row per selection, in order of start, with the start and end of each
 * phase. CRLF line endings and a header row, as RFC 4180 has it.
 */
export const calendarCsv = (rows: readonly CalendarRow[]): string => {
  const header = ['GSS code', 'Constituency', 'Nation', 'Region', 'Status', ...PHASE_COLUMNS.flatMap((phase) => [`${phase} start`, `${phase} end`]), 'Reason'];
  const lines = rows.map((row) => {
    const dates = PHASE_COLUMNS.flatMap((name) => {
      const phase = row.phases.find((candidate) => candidate.name === name);
      return [phase?.start ?? '', phase?.end ?? ''];
    });
    return [row.seatId, row.seatName, row.nation, row.region, row.status, ...dates, row.reason].map(cell).join(',');
  });
  return [header.map(cell).join(','), ...lines].map((line) => `${line}\r\n`).join('');
};
