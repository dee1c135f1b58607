import { dynamoDocumentClient, httpHandler, requiredEnv } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { revokeCalendarSubscription } from '../api/calendar-subscription-routes.ts';
import { calendarSubscriptionView } from '../domain/calendar-subscription.ts';
import type { CalendarSubscriptionStore } from '../store/calendar-subscription-store.ts';
import { DynamoCalendarSubscriptionStore } from '../store/dynamo-calendar-subscription-store.ts';

/**
 * DELETE /selections/calendar-subscriptions/{subscriptionId}: the link stops working at once (its feed
 * answers 404). The record stays, with who revoked it and when; revoking it again changes nothing.
 */
export const revokeCalendarSubscriptionHandler = (subscriptions: CalendarSubscriptionStore): HttpLambdaHandler =>
  httpHandler(revokeCalendarSubscription, async ({ params: { subscriptionId } }, { caller, logger }) => {
    const revoked = await subscriptions.revokeSubscription(subscriptionId, { revokedAt: new Date().toISOString(), revokedBy: caller.id });
    logger.info('calendar subscription revoked', { subscriptionId, timetableId: revoked.timetableId });
    return { status: 200, body: calendarSubscriptionView(revoked) };
  });

export const handler = revokeCalendarSubscriptionHandler(new DynamoCalendarSubscriptionStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
