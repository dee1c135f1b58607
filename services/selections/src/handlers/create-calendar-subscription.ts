import { randomUUID } from 'node:crypto';
import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { createCalendarSubscription } from '../api/calendar-subscription-routes.ts';
import { calendarSubscriptionView, newCalendarSubscription, requireRoomForSubscription } from '../domain/calendar-subscription.ts';
import { TimetableNotFoundError } from '../domain/errors.ts';
import type { CalendarSubscriptionStore } from '../store/calendar-subscription-store.ts';
import { DynamoCalendarSubscriptionStore } from '../store/dynamo-calendar-subscription-store.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';
import { calendarFeedUrl } from './calendar-feed-url.ts';

/**
 * POST /selections/timetables/{timetableId}/calendar-subscriptions: a link to the timetable's calendar feed
 * that a calendar app can poll without a token. The answer holds the only copy of the link's key.
 */
export const createCalendarSubscriptionHandler = (selections: SelectionStore, subscriptions: CalendarSubscriptionStore): HttpLambdaHandler =>
  httpHandler(createCalendarSubscription, async ({ params: { timetableId }, event }, { caller, logger }) => {
    if ((await selections.getTimetable(timetableId)) === undefined) throw new TimetableNotFoundError(timetableId);
    requireRoomForSubscription(timetableId, (await subscriptions.subscriptionsOf(timetableId)).length);
    const { subscription, key } = newCalendarSubscription(timetableId, {
      subscriptionId: randomUUID(),
      createdAt: new Date().toISOString(),
      createdBy: caller.id,
    });
    await subscriptions.saveSubscription(subscription);
    logger.info('calendar subscription created', { subscriptionId: subscription.subscriptionId, timetableId });
    return {
      status: 201,
      body: { ...calendarSubscriptionView(subscription), url: calendarFeedUrl(event, subscription.subscriptionId, key) },
      // The body holds a credential: no cache keeps a copy.
      headers: { 'cache-control': 'no-store' },
    };
  });

const dynamo = dynamoDocumentClient();
const tableName = requiredEnv('TABLE_NAME');
export const handler = createCalendarSubscriptionHandler(new DynamoSelectionStore(dynamo, { tableName }), new DynamoCalendarSubscriptionStore(dynamo, { tableName }));
