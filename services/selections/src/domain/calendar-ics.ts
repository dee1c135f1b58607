import type { CalendarRow } from './calendar-rows.ts';

const PHASE_TITLES: Record<string, string> = {
  freeze: 'membership freeze date',
  nominations: 'nominations',
  applications: 'applications',
  shortlisting: 'shortlisting',
  'hustings-and-ballot': 'hustings and members’ ballot',
  result: 'result',
};

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545, 3.3.11). */
const text = (value: string): string => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const encoder = new TextEncoder();

/** Lines longer than 75 octets are folded onto continuation lines starting with a space (RFC 5545, 3.1). */
const fold = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

const basicDate = (date: string): string => date.replace(/-/g, '');

/** The day after a date: an all-day event's DTEND is exclusive. */
const dayAfter = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const basicInstant = (instant: string): string => `${instant.slice(0, 19).replace(/[-:]/g, '')}Z`;

const eventStatus = { draft: 'TENTATIVE', scheduled: 'CONFIRMED', cancelled: 'CANCELLED' } as const;

/**
 * The timetable as an iCalendar feed (RFC 5545) that HQ staff can subscribe to: an all-day event for each
 * phase of each selection, with a stable UID, and the selection's revision and last change as SEQUENCE and
 * DTSTAMP, so that a calendar moves an event when a selection moves and strikes it out when it is cancelled.
 */
export const calendarIcs = (rows: readonly CalendarRow[], calendar: { name: string }): string => {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Selections platform//Selections timetable//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(calendar.name)}`,
    ...rows.flatMap((row) =>
      row.phases.map((phase) => [
        'BEGIN:VEVENT',
        `UID:${row.uid}-${phase.name}@selections`,
        `DTSTAMP:${basicInstant(row.changedAt)}`,
        `DTSTART;VALUE=DATE:${basicDate(phase.start)}`,
        `DTEND;VALUE=DATE:${basicDate(dayAfter(phase.end))}`,
        `SUMMARY:${text(`${row.seatName}: ${PHASE_TITLES[phase.name] ?? phase.name}`)}`,
        `DESCRIPTION:${text(`${row.seatName} (${row.seatId}), ${row.region}, ${row.nation}. ${row.reason}`)}`,
        `CATEGORIES:${text(row.region)}`,
        `STATUS:${eventStatus[row.status]}`,
        `SEQUENCE:${row.revision}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ]).flat(),
    ),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${fold(line)}\r\n`).join('');
};
