import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listMeetings } from '../api/meeting-routes.ts';
import { meetingSummary } from '../domain/meeting-view.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

/** GET /emeritus/clause-v/meetings: newest first, in pages of `{ items, next }`. */
export const listMeetingsHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(listMeetings, async ({ query: { limit, next } }) => {
    const today = new Date().toISOString().slice(0, 10);
    const page = await store.meetings({ limit, next });
    return { status: 200, body: { items: page.items.map((meeting) => meetingSummary(meeting, today)), next: page.next } };
  });

export const handler = listMeetingsHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
