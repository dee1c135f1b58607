import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getCalendarFeed } from '../api/calendar-subscription-routes.ts';
import { feedAccess } from '../domain/calendar-subscription.ts';
import { CalendarFeedNotFoundError } from '../domain/errors.ts';
import type { CalendarSubscriptionStore } from '../store/calendar-subscription-store.ts';
import { DynamoCalendarSubscriptionStore } from '../store/dynamo-calendar-subscription-store.ts';
import { DynamoSelectionStore } from '../store/dynamo-selection-store.ts';
import type { SelectionStore } from '../store/selection-store.ts';
import { CalendarSubscriptionPath } from './paths.ts';
import { timetableCalendarRows, timetableIcs } from './timetable-ics.ts';

/**
 * GET /selections/calendar-feeds/{subscriptionId}/calendar.ics?key=…: the public end of a calendar
 * subscription, polled by calendar apps, which cannot send a token. The key in the link is the credential.
 * Every refusal (an unknown or malformed id, a wrong or missing key, a revoked link) is the same 404, so a
 * guesser learns nothing; the logs say which it was, by subscription id, and never hold the key.
 */
export const getCalendarFeedHandler = (selections: SelectionStore, subscriptions: CalendarSubscriptionStore): HttpLambdaHandler =>
  httpHandler(
    getCalendarFeed,
    async ({ params, query }, { logger }) => {
      // The contract's schemas take anything: a malformed id must be refused like any other, not with a
      // 400 naming the problem.
      const path = CalendarSubscriptionPath.safeParse(params);
      const subscriptionId = path.success ? path.data.subscriptionId : undefined;
      const subscription = subscriptionId === undefined ? undefined : await subscriptions.getSubscription(subscriptionId);
      const access = feedAccess(subscription, query.key);
      if (!access.granted) {
        logger.info('calendar feed refused', { subscriptionId, reason: access.reason });
        throw new CalendarFeedNotFoundError();
      }
      const timetable = await selections.getTimetable(access.timetableId);
      if (timetable === undefined) {
        logger.warn('calendar feed refused', { subscriptionId, reason: 'timetable-missing', timetableId: access.timetableId });
        throw new CalendarFeedNotFoundError();
      }
      const rows = await timetableCalendarRows(selections, timetable);
      logger.info('calendar feed served', { subscriptionId, timetableId: timetable.timetableId, rows: rows.length });
      const ics = timetableIcs(timetable, rows);
      // The URL is a credential: a shared cache must not answer it for someone else, or keep it.
      return { ...ics, headers: { ...ics.headers, 'cache-control': 'private, no-store' } };
    },
  );

const dynamo = dynamoDocumentClient();
const tableName = requiredEnv('TABLE_NAME');
export const handler = getCalendarFeedHandler(new DynamoSelectionStore(dynamo, { tableName }), new DynamoCalendarSubscriptionStore(dynamo, { tableName }));
