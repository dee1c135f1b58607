import { hasHappened } from './clause-v-meeting.ts';
import type { Attendee, Meeting } from './clause-v-meeting.ts';

export const meetingSummary = (meeting: Meeting, today: string) => ({
  ...meeting,
  status: hasHappened(meeting, today) ? ('held' as const) : ('upcoming' as const),
});

/** A meeting as HQ staff read it: its attendees, flagged while any must be removed, with which and why. */
export const meetingView = (meeting: Meeting, attendees: readonly Attendee[], today: string) => {
  const mustBeRemoved = attendees.flatMap((attendee) =>
    attendee.flag === null ? [] : [{ mpId: attendee.mpId, name: attendee.name, retirementId: attendee.flag.retirementId, reason: attendee.flag.reason, flaggedAt: attendee.flag.flaggedAt }],
  );
  return { ...meetingSummary(meeting, today), flagged: mustBeRemoved.length > 0, mustBeRemoved, attendees: [...attendees] };
};
