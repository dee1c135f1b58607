import './env.ts';
import './verbose-logs.ts';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { feedKeyHash } from '../src/domain/feed-key.ts';
import { listCalendarSubscriptionsHandler } from '../src/handlers/list-calendar-subscriptions.ts';
import { revokeCalendarSubscriptionHandler } from '../src/handlers/revoke-calendar-subscription.ts';
import { onTimetable, poll, revokeRequest, subscribe, world } from './calendar-subscription-fixtures.ts';

afterEach(() => {
  jest.restoreAllMocks();
});

describe('the calendar subscription routes’ logs', () => {
  it('never writes the key (nor its hash) to the logs, and logs each outcome by subscription id', async () => {
    // Prepare: every log line, at the most verbose level, wherever the logger writes it
    const lines: string[] = [];
    const capture = (chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    };
    jest.spyOn(process.stdout, 'write').mockImplementation(capture as typeof process.stdout.write);
    jest.spyOn(process.stderr, 'write').mockImplementation(capture as typeof process.stderr.write);
    const all = await world();
    // Act: the whole life of a link
    const { body, key } = await subscribe(all);
    await poll(all, body.subscriptionId, key);
    await poll(all, body.subscriptionId, `${key.slice(0, -1)}x`);
    await listCalendarSubscriptionsHandler(all.selections, all.subscriptions)(onTimetable(all.timetableId, 'GET'), lambdaContext());
    await revokeCalendarSubscriptionHandler(all.subscriptions)(revokeRequest(body.subscriptionId), lambdaContext());
    await poll(all, body.subscriptionId, key);
    // Assess
    const logged = lines.join('');
    const messages = lines.flatMap((line) => line.split('\n')).filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const about = messages.filter((message) => message['subscriptionId'] === body.subscriptionId).map((message) => [message['message'], message['reason']]);
    expect(about).toStrictEqual([
      ['calendar subscription created', undefined],
      ['calendar feed served', undefined],
      ['calendar feed refused', 'wrong-key'],
      ['calendar subscription revoked', undefined],
      ['calendar feed refused', 'revoked'],
    ]);
    expect({ key: logged.includes(key), hash: logged.includes(feedKeyHash(key)) }).toStrictEqual({ key: false, hash: false });
  });
});
