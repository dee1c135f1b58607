// Characters some reader takes for a line break besides CR and LF (VT, FF, FS, GS, RS, NEL, U+2028/U+2029),
// and every other control character: a response or a name is free text from outside, and a spreadsheet
// splitting on one of these would see a new row where an attacker's text could begin one.
const OTHER_LINE_BREAKS = /[\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001b\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;

/**
 * A cell as RFC 4180 wants it. Line breaks of every kind become LF inside the quoted cell and controls are
 * dropped first; only then is a value a spreadsheet would run as a formula (starting =, +, -, @, a tab or a
 * line break) prefixed with an apostrophe, so that a control in front of `=` cannot hide one.
 */
export const csvCell = (value: string | number | null): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const clean = value.toWellFormed().replace(/\r\n?/g, '\n').replace(OTHER_LINE_BREAKS, '\n').replace(CONTROLS, '');
  const text = /^[=+\-@\t\n]/.test(clean) ? `'${clean}` : clean;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows of cells as a CSV document: a header row first, CRLF line endings, as RFC 4180 has it. */
export const csvDocument = (header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string =>
  [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
