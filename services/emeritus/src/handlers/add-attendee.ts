import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { addAttendee as addAttendeeRoute } from '../api/meeting-routes.ts';
import { addAttendee } from '../domain/clause-v-meeting.ts';
import { MeetingNotFoundError } from '../domain/errors.ts';
import { attendeeRefusedEntry } from '../domain/history.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

// An MP's lock appearing between our read and our write (an announcement committing in between) refuses
// the write; reading again finds the retirement and refuses with its reason.
const ATTEMPTS = 3;

/**
 * POST /emeritus/clause-v/meetings/{meetingId}/attendees. Every attempt on a meeting that exists is in the
 * history: added, or refused (409) with why: an MP with an active retirement (with the reason and the
 * retirement), one on the list already, a meeting held, a full list.
 */
export const addAttendeeHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(addAttendeeRoute, async ({ params: { meetingId }, body: { mpId, name } }, { caller, logger }) => {
    for (let attempt = 1; ; attempt += 1) {
      const at = new Date().toISOString();
      const meeting = await store.meeting(meetingId);
      if (meeting === undefined) throw new MeetingNotFoundError(meetingId);
      const [existing, active] = await Promise.all([store.attendee(meetingId, mpId), store.activeRetirementOf(mpId)]);
      const historyId = randomUUID();
      const entry = { historyId, at, by: caller.id, meetingId, mpId };
      let attendee;
      try {
        attendee = addAttendee(meeting, existing, active, { mpId, name, by: caller.id, at });
      } catch (error) {
        // A refusal changes nothing but the history, so its entry is the attempt's one write.
        const refused = attendeeRefusedEntry(historyId, entry, error);
        if (refused?.action === 'clause-v-attendee-refused') {
          await store.appendHistory(refused);
          logger.info('clause V attendee refused', { meetingId, refusal: refused.refusal, retirementId: refused.retirementId });
        }
        throw error;
      }
      const outcome = await store.addAttendee(meetingId, attendee, { ...entry, action: 'clause-v-attendee-added' });
      if (outcome === 'added') {
        logger.info('clause V attendee added', { meetingId });
        return { status: 201, body: attendee, headers: { location: `/emeritus/clause-v/meetings/${meetingId}/attendees/${encodeURIComponent(mpId)}` } };
      }
      // Refused at the write: something changed since the read; the next read says what.
      if (attempt === ATTEMPTS) throw new Error(`attendee could not be added to meeting ${meetingId}: ${outcome} at the write, not at the read`);
    }
  });

export const handler = addAttendeeHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
