import { describe, expect, it } from '@jest/globals';
import { InvalidEventRoutesError } from '../errors.ts';
import { parseEventQueueRoutes } from './event-queue-routes.ts';

const QUEUE = 'https://sqs.eu-west-2.amazonaws.com/123456789012/health-inbox';

describe('parseEventQueueRoutes', () => {
  it('reads each event type with its queue URLs', () => {
    expect(parseEventQueueRoutes(JSON.stringify({ 'health.ping-recorded': [QUEUE] }))).toStrictEqual({
      'health.ping-recorded': [QUEUE],
    });
  });

  it('fails on text that is not JSON', () => {
    const act = () => parseEventQueueRoutes('health.ping-recorded=queue');
    expect(act).toThrow(InvalidEventRoutesError);
    expect(act).toThrow(
      'EVENT_ROUTES is not JSON; expected JSON such as {"health.ping-recorded": ["https://sqs…/health-events"]}',
    );
  });

  it('fails on routes that are not lists of URLs', () => {
    const act = () => parseEventQueueRoutes(JSON.stringify({ 'health.ping-recorded': QUEUE }));
    expect(act).toThrow(InvalidEventRoutesError);
    expect(act).toThrow(
      'EVENT_ROUTES is invalid: health.ping-recorded: Invalid input: expected array, received string; expected JSON such as {"health.ping-recorded": ["https://sqs…/health-events"]}',
    );
  });
});
