import { describe, expect, it } from '@jest/globals';
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
});

describe('calendarIcs', () => {
  it('writes an all-day event per phase, its end the day after, with the stable id, revision and last change', () => {
    // Act
    const ics = calendarIcs([row], { name: 'Selections timetable from 2031-01-06' });
    // Assess
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 6)).toStrictEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Selections platform//Selections timetable//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Selections timetable from 2031-01-06',
    ]);
    expect(lines.slice(6, 20)).toStrictEqual([
      'BEGIN:VEVENT',
      'UID:83cb392a-b52d-843a-ada1-c34716ac5421-freeze@selections',
      'DTSTAMP:20301102T093000Z',
      'DTSTART;VALUE=DATE:20310106',
      'DTEND;VALUE=DATE:20310107',
      'SUMMARY:Argyll\\, Bute and South Lochaber: membership freeze date',
      'DESCRIPTION:Argyll\\, Bute and South Lochaber (S14000067)\\, Scotland\\, Scotl',
      ' and. priority 1\\, majority 6232',
      'CATEGORIES:Scotland',
      'STATUS:CONFIRMED',
      'SEQUENCE:2',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
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
