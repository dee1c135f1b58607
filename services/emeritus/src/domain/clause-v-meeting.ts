import { CalendarDate, Instant, SingleLineText } from '@platform/events';
import * as z from 'zod';
import { clauseVConflicts } from './clause-v.ts';
import type { ClauseVConflict } from './clause-v.ts';
import { AttendeeListError, RetiringAttendeeError } from './errors.ts';
import { MpId } from './retirement.ts';
import type { ActiveRetirement } from './retirement.ts';
import { PaperUrl } from './consultation.ts';

// The bounds of a meeting (see the README's "Sizes and counts").
export const MAX_MEETING_TITLE_LENGTH = 200;
/** A postal address or a room on one line. */
export const MAX_PLACE_LENGTH = 300;
export const MAX_ATTENDEE_NAME_LENGTH = 200;
/**
 * A Clause V meeting brings together a few hundred people at most (the NEC, the Shadow Cabinet, the PLP's
 * and the unions' representatives): the same cap as the one-off check's list. Each attendee is an item of its
 * own, so the cap bounds the meeting's page and its CSV (1,000 × ~1 KB), not an item.
 */
export const MAX_ATTENDEES = 1_000;

export const MeetingTitle = SingleLineText(MAX_MEETING_TITLE_LENGTH);
export const MeetingPlace = SingleLineText(MAX_PLACE_LENGTH);
export const AttendeeName = SingleLineText(MAX_ATTENDEE_NAME_LENGTH);

/** A Clause V meeting as stored, with the counts of its attendees and of those flagged for removal. */
export const Meeting = z.object({
  meetingId: z.uuid(),
  title: MeetingTitle,
  heldOn: CalendarDate,
  place: MeetingPlace.nullable(),
  link: PaperUrl.nullable(),
  createdBy: z.string().min(1),
  createdAt: Instant,
  attendeeCount: z.int().min(0).max(MAX_ATTENDEES),
  flaggedCount: z.int().min(0).max(MAX_ATTENDEES),
});
export type Meeting = z.infer<typeof Meeting>;

/** Why an attendee must be removed: the retirement announced after they were added, and the rule. */
export const AttendeeFlag = z.object({ retirementId: z.uuid(), reason: z.string().min(1), flaggedAt: Instant });
export type AttendeeFlag = z.infer<typeof AttendeeFlag>;

export const Attendee = z.object({
  mpId: MpId,
  name: AttendeeName,
  addedBy: z.string().min(1),
  addedAt: Instant,
  flag: AttendeeFlag.nullable(),
});
export type Attendee = z.infer<typeof Attendee>;

/**
 * Why an addition was refused: the meeting was held, the MP has an active retirement, is on the list
 * already, or the list is full.
 */
export const AttendeeRefusal = z.enum(['held', 'retiring', 'attending', 'full']);
export type AttendeeRefusal = z.infer<typeof AttendeeRefusal>;

/** What HQ staff give to create a meeting: a place, a link, or both. */
export interface MeetingRequest {
  title: string;
  heldOn: string;
  place?: string | undefined;
  link?: string | undefined;
}

export const createMeeting = (request: MeetingRequest, { meetingId, by, at }: { meetingId: string; by: string; at: string }): Meeting => ({
  meetingId,
  title: request.title,
  heldOn: request.heldOn,
  place: request.place ?? null,
  link: request.link ?? null,
  createdBy: by,
  createdAt: at,
  attendeeCount: 0,
  flaggedCount: 0,
});

/** Whether the meeting has happened by `today` (UTC): a meeting on today's date has not, until tomorrow. */
export const hasHappened = (meeting: Meeting, today: string): boolean => meeting.heldOn < today;

/** Why a retiring MP may not be added: the one-off check's rule, for one MP. */
export const conflictOf = (mpId: string, active: ActiveRetirement | undefined): ClauseVConflict | undefined =>
  active === undefined ? undefined : clauseVConflicts([mpId], [active])[0];

/**
 * An attendee to add, or why not: the meeting has happened, the MP is on the list already, the list is
 * full (409 each), or the MP has an active retirement ({@link RetiringAttendeeError}, with its reason and id).
 */
export const addAttendee = (
  meeting: Meeting,
  existing: Attendee | undefined,
  active: ActiveRetirement | undefined,
  { mpId, name, by, at }: { mpId: string; name: string; by: string; at: string },
): Attendee => {
  if (hasHappened(meeting, at.slice(0, 10))) {
    throw new AttendeeListError('held', `Clause V meeting ${meeting.meetingId} was held on ${meeting.heldOn}; its attendee list can no longer change`, {
      heldOn: meeting.heldOn,
    });
  }
  const conflict = conflictOf(mpId, active);
  if (conflict !== undefined) throw new RetiringAttendeeError(mpId, conflict.retirementId, conflict.reason);
  if (existing !== undefined) throw new AttendeeListError('attending', `${mpId} is on the attendee list of Clause V meeting ${meeting.meetingId} already`, { mpId });
  if (meeting.attendeeCount >= MAX_ATTENDEES) {
    throw new AttendeeListError('full', `Clause V meeting ${meeting.meetingId} has ${MAX_ATTENDEES} attendees, the most a meeting may have`, {
      maxAttendees: MAX_ATTENDEES,
    });
  }
  return { mpId, name, addedBy: by, addedAt: at, flag: null };
};

/** What a retirement event changes for one attendee of one meeting. */
export type FlagChange =
  | { kind: 'unchanged' }
  | { kind: 'flagged'; attendee: Attendee; flaggedDelta: 0 | 1 }
  | { kind: 'cleared'; attendee: Attendee; retirementId: string };

/**
 * Brings an attendee's flag in line with the MP's retirement as the register has it now, whatever event
 * prompted the look: flagged while the MP has an active retirement, cleared when they have none. Judged on
 * the register, not on the event, so events that arrive late, twice or out of order change nothing more
 * once the flag is right. A meeting that has happened is left as it was.
 */
export const reconcileFlag = (
  meeting: Meeting,
  attendee: Attendee,
  active: ActiveRetirement | undefined,
  { at }: { at: string },
): FlagChange => {
  if (hasHappened(meeting, at.slice(0, 10))) return { kind: 'unchanged' };
  const conflict = conflictOf(attendee.mpId, active);
  if (conflict?.retirementId === attendee.flag?.retirementId) return { kind: 'unchanged' };
  if (conflict === undefined) {
    return { kind: 'cleared', attendee: { ...attendee, flag: null }, retirementId: attendee.flag!.retirementId };
  }
  return {
    kind: 'flagged',
    attendee: { ...attendee, flag: { retirementId: conflict.retirementId, reason: conflict.reason, flaggedAt: at } },
    flaggedDelta: attendee.flag === null ? 1 : 0,
  };
};
