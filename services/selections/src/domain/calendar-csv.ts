import type { CalendarRow } from './calendar-rows.ts';
import { calendarText } from './calendar-text.ts';

const PHASE_COLUMNS = ['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result'] as const;

/**
 * A cell as RFC 4180 wants it, quoted when it must be. Seat names and reasons come from outside, so control
 * characters are dropped and every kind of line break (a bare CR, U+2028, NEL...) made an LF first, which
 * the quoting then keeps inside the cell; only then is a value a spreadsheet would run as a formula (one
 * starting =, +, -, @, a tab or a line break) prefixed with an apostrophe, so that a NUL in front of `=`
 * cannot hide one.
 */
const cell = (value: string | number): string => {
  const clean = typeof value === 'number' ? String(value) : calendarText(value);
  const text = typeof value !== 'number' && /^[=+\-@\t\n]/.test(clean) ? `'${clean}` : clean;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
