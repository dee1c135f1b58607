import { Instant } from '@platform/events';
import * as z from 'zod';
import { Attendee, AttendeeFlag, Meeting } from '../../domain/clause-v-meeting.ts';
import { MpId } from '../../domain/retirement.ts';

const MEETING = {
  meetingId: '019b2c3d-4e5f-7a6b-8c7d-000000000001',
  title: 'Clause V meeting',
  heldOn: '2029-03-10',
  place: 'Labour Central, London',
  link: null,
  createdBy: 'staff-1',
  createdAt: '2029-01-05T10:00:00.000Z',
  attendeeCount: 1,
  flaggedCount: 1,
} as const;

/** `GET /emeritus/clause-v/meetings`: one item per meeting, with its counts. */
export const MeetingSummaryResponse = z
  .strictObject({ ...Meeting.shape, status: z.enum(['upcoming', 'held']) })
  .meta({ id: 'ClauseVMeetingSummary', description: 'A Clause V meeting; `flaggedCount` attendees must be removed.', example: { ...MEETING, status: 'upcoming' } });

export const MeetingPageResponse = z
  .strictObject({ items: z.array(MeetingSummaryResponse), next: z.string().nullable().meta({ description: 'Pass as `next` for the following page.' }) })
  .meta({ id: 'ClauseVMeetingPage', description: 'Clause V meetings, newest first.' });

export const AttendeeResponse = z
  .strictObject({ ...Attendee.shape, flag: z.strictObject(AttendeeFlag.shape).nullable() })
  .meta({ id: 'ClauseVAttendee', description: 'An attendee; `flag` says why they must be removed, when they must.' });

const MustBeRemoved = z
  .strictObject({ mpId: MpId, name: z.string().min(1), retirementId: z.uuid(), reason: z.string().min(1), flaggedAt: Instant })
  .meta({ id: 'ClauseVAttendeeToRemove' });

/** `GET /emeritus/clause-v/meetings/{meetingId}`: the meeting, its attendees, and who must be removed and why. */
export const MeetingResponse = z
  .strictObject({
    ...Meeting.shape,
    status: z.enum(['upcoming', 'held']),
    flagged: z.boolean().meta({ description: 'Whether an attendee announced their retirement after being added, and must be removed.' }),
    mustBeRemoved: z.array(MustBeRemoved),
    attendees: z.array(AttendeeResponse),
  })
  .meta({
    id: 'ClauseVMeeting',
    description: 'A Clause V meeting with its attendee list, flagged while an attendee with an active retirement is on it.',
    example: {
      ...MEETING,
      status: 'upcoming',
      flagged: true,
      mustBeRemoved: [
        {
          mpId: 'mp-4021',
          name: 'Jo Bloggs',
          retirementId: '0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10',
          reason: 'retiring at the next general election (announced on 2029-02-01, seat E14001063): a retiring MP has a conflict of interest and may not take part in the Clause V meeting',
          flaggedAt: '2029-02-01T10:00:05.000Z',
        },
      ],
      attendees: [
        {
          mpId: 'mp-4021',
          name: 'Jo Bloggs',
          addedBy: 'staff-1',
          addedAt: '2029-01-06T10:00:00.000Z',
          flag: {
            retirementId: '0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10',
            reason: 'retiring at the next general election (announced on 2029-02-01, seat E14001063): a retiring MP has a conflict of interest and may not take part in the Clause V meeting',
            flaggedAt: '2029-02-01T10:00:05.000Z',
          },
        },
      ],
    },
  });
