import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { createMeeting as createMeetingRoute } from '../api/meeting-routes.ts';
import { createMeeting } from '../domain/clause-v-meeting.ts';
import { meetingView } from '../domain/meeting-view.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';
import { timeOrderedId } from './time-ordered-id.ts';

export const createMeetingHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(createMeetingRoute, async ({ body }, { caller, logger }) => {
    const now = new Date();
    const at = now.toISOString();
    const meeting = createMeeting(body, { meetingId: timeOrderedId(now.getTime()), by: caller.id, at });
    await store.createMeeting(meeting, { historyId: randomUUID(), at, by: caller.id, action: 'clause-v-meeting-created', meetingId: meeting.meetingId, meeting });
    logger.info('clause V meeting created', { meetingId: meeting.meetingId });
    return { status: 201, body: meetingView(meeting, [], at.slice(0, 10)), headers: { location: `/emeritus/clause-v/meetings/${meeting.meetingId}` } };
  });

export const handler = createMeetingHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
