import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getMeeting } from '../api/meeting-routes.ts';
import { MeetingNotFoundError } from '../domain/errors.ts';
import { meetingView } from '../domain/meeting-view.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getMeetingHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getMeeting, async ({ params: { meetingId } }) => {
    const [meeting, attendees] = await Promise.all([store.meeting(meetingId), store.attendees(meetingId)]);
    if (meeting === undefined) throw new MeetingNotFoundError(meetingId);
    return { status: 200, body: meetingView(meeting, attendees, new Date().toISOString().slice(0, 10)) };
  });

export const handler = getMeetingHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
