// Characters that some reader takes for a line break besides CR and LF: VT, FF, the C0 separators FS, GS
// and RS, NEL, and U+2028/U+2029 (Python's str.splitlines, JavaScript's line terminators, Unicode's
// mandatory breaks). A calendar or spreadsheet splitting on any of them would see the text as new lines
// of the file, where an attacker's seat name could start an event or a row.
const OTHER_LINE_BREAKS = /[\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/g;

// Every other C0 control but tab, DEL, the other C1 controls, and the noncharacters U+FFFE/U+FFFF: RFC 5545
// allows none of them in TEXT (3.3.11 excludes CONTROL), they mean nothing in a seat name, and a terminal
// or spreadsheet shown the export may act on them (ESC sequences, BEL).
const CONTROLS = /[\u0000-\u0008\u000e-\u001b\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;

/**
 * A value from outside (a seat name, a reason) made safe to write into a calendar export: control
 * characters dropped, every kind of line break made a plain LF (CRLF and a bare CR included), and lone
 * surrogates replaced, so that only the writer's own escaping or quoting decides what is a line.
 */
export const calendarText = (value: string): string =>
  value.toWellFormed().replace(/\r\n?/g, '\n').replace(OTHER_LINE_BREAKS, '\n').replace(CONTROLS, '');
