import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listCalendarSubscriptions } from '../api/calendar-subscription-routes.ts';
import { calendarSubscriptionView } from '../domain/calendar-subscription.ts';
import { TimetableNotFoundError } from '../domain/errors.ts';
import type { CalendarSubscriptionStore } from '../store/calendar-subscription-store.ts';
import { DynamoCalendarSubscriptionStore } from '../store/dynamo-calendar-subscription-store.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';

/**
 * GET /selections/timetables/{timetableId}/calendar-subscriptions: who made which link and when, revoked ones
 * included. Never the keys: they were shown once, on creation, and only their hashes are kept.
 */
export const listCalendarSubscriptionsHandler = (selections: SelectionStore, subscriptions: CalendarSubscriptionStore): HttpLambdaHandler =>
  httpHandler(listCalendarSubscriptions, async ({ params: { timetableId } }) => {
    if ((await selections.getTimetable(timetableId)) === undefined) throw new TimetableNotFoundError(timetableId);
    const items = (await subscriptions.subscriptionsOf(timetableId)).map(calendarSubscriptionView);
    return { status: 200, body: { items } };
  });

const dynamo = dynamoDocumentClient();
const tableName = requiredEnv('TABLE_NAME');
export const handler = listCalendarSubscriptionsHandler(new DynamoSelectionStore(dynamo, { tableName }), new DynamoCalendarSubscriptionStore(dynamo, { tableName }));
