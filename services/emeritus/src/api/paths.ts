import * as z from 'zod';
import { MpId } from '../domain/retirement.ts';

/** The path of the routes under `/emeritus/consultations/{consultationId}`. */
export const ConsultationPath = z.object({ consultationId: z.uuid() });

/** `/emeritus/consultations/{consultationId}/responses/{mpId}`: one consultee's response. */
export const ConsultationResponsePath = z.object({ consultationId: z.uuid(), mpId: MpId });

/** The path of the routes under `/emeritus/clause-v/meetings/{meetingId}`. */
export const MeetingPath = z.object({ meetingId: z.uuid() });

/** `/emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}`: one attendee. */
export const AttendeePath = z.object({ meetingId: z.uuid(), mpId: MpId });

/** `?limit=`: how many items a page holds, 20 unless asked, 100 at most (a consultation is up to ~115 KB to read). */
export const ListLimit = z.coerce.number().int().min(1).max(100).default(20);

/** `?next=`: the cursor of the previous page, checked by the store against the list's own keys. */
export const ListCursor = z.string().min(1).max(600);
