import ical, { escape, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { CalendarRow } from './calendar-rows.ts';
import { calendarText } from './calendar-text.ts';

const PHASE_TITLES: Record<string, string> = {
  freeze: 'membership freeze date',
  nominations: 'nominations',
  applications: 'applications',
  shortlisting: 'shortlisting',
  'hustings-and-ballot': 'hustings and members’ ballot',
  result: 'result',
};

/** Midnight UTC of a `YYYY-MM-DD` date: with no calendar timezone, ical-generator writes a DATE from the UTC day. */
const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** The day after a date: an all-day event's DTEND is exclusive. */
const dayAfter = (date: string): Date => new Date(utcDay(date).getTime() + 86_400_000);

const eventStatus = { draft: ICalEventStatus.TENTATIVE, scheduled: ICalEventStatus.CONFIRMED, cancelled: ICalEventStatus.CANCELLED } as const;

/**
 * The timetable as an iCalendar feed (RFC 5545) that HQ staff can subscribe to: an all-day event for each
 * phase of each selection, with a stable UID, and the selection's revision and last change as SEQUENCE and
 * DTSTAMP, so that a calendar moves an event when a selection moves and strikes it out when it is cancelled.
 *
 * ical-generator writes the lines, escapes TEXT (backslash, `;`, `,`, CR, LF) and folds at 75 octets. It
 * leaves every other control character and line separator as it is, and writes the calendar name without
 * escaping it at all, so every value from outside goes through `calendarText` first, and the name through
 * its `escape` too.
 */
export const calendarIcs = (rows: readonly CalendarRow[], calendar: { name: string }): string => {
  const ics = ical({
    prodId: '//Selections platform//Selections timetable//EN',
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    name: escape(calendarText(calendar.name), false),
  });
  for (const row of rows) {
    const seatName = calendarText(row.seatName);
    const region = calendarText(row.region);
    for (const phase of row.phases) {
      ics.createEvent({
        id: calendarText(`${row.uid}-${phase.name}@selections`),
        sequence: row.revision,
        stamp: new Date(row.changedAt),
        allDay: true,
        start: utcDay(phase.start),
        end: dayAfter(phase.end),
        summary: `${seatName}: ${PHASE_TITLES[phase.name] ?? calendarText(phase.name)}`,
        description: `${seatName} (${calendarText(row.seatId)}), ${region}, ${calendarText(row.nation)}. ${calendarText(row.reason)}`,
        // ical-generator refuses a category without a name; a region left empty is no category.
        categories: region === '' ? [] : [{ name: region }],
        status: eventStatus[row.status],
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }
  // Every content line ends in CRLF (RFC 5545, 3.1), the last one too; ical-generator leaves it off.
  return `${ics.toString()}\r\n`;
};
