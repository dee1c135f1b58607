import type { Attendee } from './clause-v-meeting.ts';
import { csvDocument } from './csv.ts';

/**
 * A Clause V meeting's attendee list for its organisers, in the order added: each attendee, and for one
 * flagged for removal the retirement and why.
 */
export const attendeeListCsv = (attendees: readonly Attendee[]): string =>
  csvDocument(
    ['MP id', 'Name', 'Added by', 'Added at', 'Must be removed', 'Retirement id', 'Reason'],
    attendees.map((attendee) => [
      attendee.mpId,
      attendee.name,
      attendee.addedBy,
      attendee.addedAt,
      attendee.flag === null ? 'no' : 'yes',
      attendee.flag?.retirementId ?? null,
      attendee.flag?.reason ?? null,
    ]),
  );
