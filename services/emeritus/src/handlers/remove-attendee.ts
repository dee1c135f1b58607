import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { removeAttendee } from '../api/meeting-routes.ts';
import { hasHappened } from '../domain/clause-v-meeting.ts';
import { AttendeeListError, AttendeeNotFoundError, MeetingNotFoundError } from '../domain/errors.ts';
import { meetingView } from '../domain/meeting-view.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

/** DELETE /emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}: what HQ staff do with a flagged attendee. */
export const removeAttendeeHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(removeAttendee, async ({ params: { meetingId, mpId } }, { caller, logger }) => {
    const at = new Date().toISOString();
    const today = at.slice(0, 10);
    const meeting = await store.meeting(meetingId);
    if (meeting === undefined) throw new MeetingNotFoundError(meetingId);
    if (hasHappened(meeting, today)) {
      throw new AttendeeListError('held', `Clause V meeting ${meetingId} was held on ${meeting.heldOn}; its attendee list can no longer change`, { heldOn: meeting.heldOn });
    }
    const outcome = await store.removeAttendee(meetingId, mpId, { historyId: randomUUID(), at, by: caller.id, action: 'clause-v-attendee-removed', meetingId, mpId });
    if (outcome === 'not-attending') throw new AttendeeNotFoundError(meetingId, mpId);
    logger.info('clause V attendee removed', { meetingId });
    const [current, attendees] = await Promise.all([store.meeting(meetingId), store.attendees(meetingId)]);
    return { status: 200, body: meetingView(current ?? meeting, attendees, today) };
  });

export const handler = removeAttendeeHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
