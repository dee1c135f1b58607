import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { calendarCsv } from './calendar-csv.ts';
import { calendarIcs } from './calendar-ics.ts';
import type { CalendarRow } from './calendar-rows.ts';

const row: CalendarRow = {
  uid: '83cb392a-b52d-843a-ada1-c34716ac5421',
  seatId: 'S14000067',
  seatName: 'Argyll, Bute and South Lochaber',
  nation: 'Scotland',
  region: 'Scotland',
  status: 'scheduled',
  phases: [
    { name: 'freeze', start: '2031-01-06', end: '2031-01-06' },
    { name: 'nominations', start: '2031-01-07', end: '2031-01-20' },
    { name: 'applications', start: '2031-01-21', end: '2031-02-03' },
    { name: 'shortlisting', start: '2031-02-04', end: '2031-02-10' },
    { name: 'hustings-and-ballot', start: '2031-02-11', end: '2031-03-03' },
    { name: 'result', start: '2031-03-04', end: '2031-03-04' },
  ],
  reason: 'priority 1, majority 6232',
  revision: 2,
  changedAt: '2030-11-02T09:30:00.000Z',
};

describe('calendarCsv', () => {
  it('writes a header and a row per selection, quoting what needs it, with CRLF line ends', () => {
    expect(calendarCsv([row])).toBe(
      'GSS code,Constituency,Nation,Region,Status,freeze start,freeze end,nominations start,nominations end,applications start,' +
        'applications end,shortlisting start,shortlisting end,hustings-and-ballot start,hustings-and-ballot end,result start,result end,Reason\r\n' +
        'S14000067,"Argyll, Bute and South Lochaber",Scotland,Scotland,scheduled,2031-01-06,2031-01-06,2031-01-07,2031-01-20,2031-01-21,' +
        '2031-02-03,2031-02-04,2031-02-10,2031-02-11,2031-03-03,2031-03-04,2031-03-04,"priority 1, majority 6232"\r\n',
    );
  });

  it('defuses a value a spreadsheet would run as a formula, and doubles quotes', () => {
    const line = calendarCsv([{ ...row, seatName: '=HYPERLINK("x")', reason: '-1' }]).split('\r\n')[1];
    expect(line?.startsWith(`S14000067,"'=HYPERLINK(""x"")",Scotland`)).toBe(true);
    expect(line?.endsWith(",'-1")).toBe(true);
  });

  it('drops control characters and keeps every line break inside a quoted cell, so each selection stays one record (issue #11, defect 7)', () => {
    // Act
    const csv = calendarCsv([{ ...row, seatName: 'Ynys\rMôn\u0000\u0007\u001b[2J\u2028S14000068,x', reason: '\u0000=HYPERLINK("x")\u0085-1' }]);
    // Assess
    const [, record] = csv.split('\r\n');
    expect(record).toBe(
      'S14000067,"Ynys\nMôn[2J\nS14000068,x",Scotland,Scotland,scheduled,2031-01-06,2031-01-06,2031-01-07,2031-01-20,2031-01-21,' +
        '2031-02-03,2031-02-04,2031-02-10,2031-02-11,2031-03-03,2031-03-04,2031-03-04,"\'=HYPERLINK(""x"")\n-1"',
    );
  });

  it('writes any seat name and reason with no control character, and no line break outside quotes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }), (seatName, reason) => {
        // Act
        const csv = calendarCsv([{ ...row, seatName, reason }]);
        // Assess: outside quoted cells, the only line breaks are the two records' CRLFs
        const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '""');
        expect(unquoted.split(/\r\n|[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/)).toHaveLength(3);
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(csv.replaceAll('\r\n', ''))).toBe(false);
      }),
    );
  });
});

describe('calendarIcs', () => {
  it('writes an all-day event per phase, its end the day after, with the stable id, revision and last change', () => {
    // Act
    const ics = calendarIcs([row], { name: 'Selections timetable from 2031-01-06' });
    // Assess
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 7)).toStrictEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Selections platform//Selections timetable//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'NAME:Selections timetable from 2031-01-06',
      'X-WR-CALNAME:Selections timetable from 2031-01-06',
    ]);
    expect(lines.slice(7, 24)).toStrictEqual([
      'BEGIN:VEVENT',
      'UID:83cb392a-b52d-843a-ada1-c34716ac5421-freeze@selections',
      'SEQUENCE:2',
      'DTSTAMP:20301102T093000Z',
      'DTSTART;VALUE=DATE:20310106',
      'DTEND;VALUE=DATE:20310107',
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
      'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
      'SUMMARY:Argyll\\, Bute and South Lochaber: membership freeze date',
      'TRANSP:TRANSPARENT',
      'DESCRIPTION:Argyll\\, Bute and South Lochaber (S14000067)\\, Scotland\\, Scot',
      ' land. priority 1\\, majority 6232',
      'CATEGORIES:Scotland',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:83cb392a-b52d-843a-ada1-c34716ac5421-nominations@selections',
    ]);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(6);
    expect(lines.slice(-2)).toStrictEqual(['END:VCALENDAR', '']);
  });

  it('marks a cancelled selection CANCELLED and a draft TENTATIVE', () => {
    const statuses = (status: CalendarRow['status']) => calendarIcs([{ ...row, status }], { name: 'x' }).match(/STATUS:\w+/g);
    expect([statuses('cancelled')?.[0], statuses('draft')?.[0]]).toStrictEqual(['STATUS:CANCELLED', 'STATUS:TENTATIVE']);
  });

  it('folds every line at 75 octets without splitting a character, and escapes ; \\ and newlines', () => {
    // Act
    const ics = calendarIcs([{ ...row, seatName: 'Ynys Môn; Glyndŵr \\ ŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵ', reason: 'line one\nline two' }], { name: 'x' });
    // Assess
    const physical = ics.split('\r\n');
    expect(physical.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Ynys Môn\\; Glyndŵr \\\\ ŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵ: membership freeze date\r\n');
    expect(unfolded).toContain('line one\\nline two');
  });
});

// Issue #11, defect 7: a bare CR (or NUL, BEL, ESC, U+2028...) in a seat name reached SUMMARY and DESCRIPTION
// raw, so a calendar app splitting on universal newlines saw events the feed never had.
describe('calendarIcs with control characters in a seat name (issue #11, defect 7)', () => {
  // Every line break a universal-newline reader knows: Python's str.splitlines, JavaScript's line terminators.
  const UNIVERSAL_NEWLINES = /\r\n|[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/;
  const PROPERTIES = [
    'BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'NAME', 'X-WR-CALNAME', 'UID', 'SEQUENCE', 'DTSTAMP', 'DTSTART', 'DTEND',
    'X-MICROSOFT-CDO-ALLDAYEVENT', 'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT', 'SUMMARY', 'TRANSP', 'DESCRIPTION', 'CATEGORIES', 'STATUS',
  ];
  const knownLine = new RegExp(`^(?:(?:${PROPERTIES.join('|')})[;:]| )`);
  const injected = 'Ynys Môn\rEND:VEVENT\rBEGIN:VEVENT\u0000\u0007\u001b[2J\u2028BEGIN:VEVENT\u0085SUMMARY:owned\u2029END:VEVENT\u000b\u000c';

  /** What a reader splitting on universal newlines sees: the lines, and how many events they begin. */
  const readByUniversalNewlines = (ics: string) => {
    const physical = ics.split(UNIVERSAL_NEWLINES);
    const unfolded = ics.replace(/\r\n /g, '').split(UNIVERSAL_NEWLINES);
    return {
      unknownLines: physical.slice(0, -1).filter((line) => !knownLine.test(line)),
      trailing: physical.at(-1),
      events: [physical, unfolded].map((lines) => ({
        begin: lines.filter((line) => line === 'BEGIN:VEVENT').length,
        end: lines.filter((line) => line === 'END:VEVENT').length,
      })),
    };
  };

  it.each([
    ['a bare CR', 'Ynys\rMôn', 'Ynys\\nMôn'],
    ['NUL', 'Ynys\u0000Môn', 'YnysMôn'],
    ['BEL', 'Ynys\u0007Môn', 'YnysMôn'],
    ['ESC', 'Ynys\u001b[2JMôn', 'Ynys[2JMôn'],
    ['U+2028', 'Ynys\u2028Môn', 'Ynys\\nMôn'],
  ])('writes a seat name with %s as plain escaped TEXT in SUMMARY and DESCRIPTION', (_what, seatName, written) => {
    // Act
    const ics = calendarIcs([{ ...row, seatName }], { name: 'x' });
    // Assess
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded.filter((line) => /^(SUMMARY|DESCRIPTION):/.test(line)).slice(0, 2)).toStrictEqual([
      `SUMMARY:${written}: membership freeze date`,
      `DESCRIPTION:${written} (S14000067)\\, Scotland\\, Scotland. priority 1\\, majority 6232`,
    ]);
    expect(readByUniversalNewlines(ics)).toStrictEqual({ unknownLines: [], trailing: '', events: [{ begin: 6, end: 6 }, { begin: 6, end: 6 }] });
  });

  it('writes an injected event in a seat name, a reason and the calendar name as text: every line a known property or a continuation, one event per phase', () => {
    // Act
    const ics = calendarIcs([{ ...row, seatName: injected, reason: injected, region: injected }, { ...row, uid: 'second' }], { name: injected });
    // Assess
    expect(readByUniversalNewlines(ics)).toStrictEqual({ unknownLines: [], trailing: '', events: [{ begin: 12, end: 12 }, { begin: 12, end: 12 }] });
    expect(ics.replace(/\r\n /g, '').split('\r\n')).toContain(
      'SUMMARY:Ynys Môn\\nEND:VEVENT\\nBEGIN:VEVENT[2J\\nBEGIN:VEVENT\\nSUMMARY:owned\\nEND:VEVENT\\n\\n: membership freeze date',
    );
  });

  it('holds for any seat name, reason and region: only known lines, CRLF only at line ends, exactly one event per phase', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 40 }), (seatName, reason, region) => {
        // Act
        const ics = calendarIcs([{ ...row, seatName, reason, region }], { name: seatName });
        // Assess
        expect(readByUniversalNewlines(ics)).toStrictEqual({ unknownLines: [], trailing: '', events: [{ begin: 6, end: 6 }, { begin: 6, end: 6 }] });
        expect(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/.test(ics.replaceAll('\r\n', ''))).toBe(false);
        expect(ics.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
      }),
    );
  });
});
