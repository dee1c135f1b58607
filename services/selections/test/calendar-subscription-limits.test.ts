import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { MAX_CALENDAR_SUBSCRIPTIONS_PER_TIMETABLE } from '../src/domain/calendar-subscription.ts';
import { createCalendarSubscriptionHandler } from '../src/handlers/create-calendar-subscription.ts';
import { bodyOf } from './fixtures.ts';
import { onTimetable, subscribe, world } from './calendar-subscription-fixtures.ts';

describe('POST /selections/timetables/{timetableId}/calendar-subscriptions, limits', () => {
  it("refuses a timetable's 201st calendar link with 409 stating the limit, storing nothing", async () => {
    // Prepare: as many links as a timetable may have, half of them revoked
    const state = await world();
    for (let index = 0; index < MAX_CALENDAR_SUBSCRIPTIONS_PER_TIMETABLE; index += 1) {
      const { body } = await subscribe(state);
      if (index % 2 === 0) await state.subscriptions.revokeSubscription(body.subscriptionId, { revokedAt: '2026-03-02T10:00:00.000Z', revokedBy: 'hq-1' });
    }
    // Act
    const response = await createCalendarSubscriptionHandler(state.selections, state.subscriptions)(onTimetable(state.timetableId, 'POST'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response), stored: (await state.subscriptions.subscriptionsOf(state.timetableId)).length }).toStrictEqual({
      status: 409,
      body: {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: `timetable ${state.timetableId} has had 200 calendar links, the most a timetable may have (revoked ones count, as they are kept); share an existing link instead`,
        instance: `/selections/timetables/${state.timetableId}/calendar-subscriptions`,
      },
      stored: 200,
    });
  });
});
