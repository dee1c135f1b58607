import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getAttendeeListCsv } from '../api/meeting-routes.ts';
import { attendeeListCsv } from '../domain/attendee-list-csv.ts';
import { MeetingNotFoundError } from '../domain/errors.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

export const getAttendeeListCsvHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(getAttendeeListCsv, async ({ params: { meetingId } }) => {
    const [meeting, attendees] = await Promise.all([store.meeting(meetingId), store.attendees(meetingId)]);
    if (meeting === undefined) throw new MeetingNotFoundError(meetingId);
    return {
      status: 200,
      text: attendeeListCsv(attendees),
      contentType: 'text/csv; charset=utf-8',
      headers: { 'content-disposition': `attachment; filename="clause-v-meeting-${meetingId}-attendees.csv"` },
    };
  });

export const handler = getAttendeeListCsvHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
