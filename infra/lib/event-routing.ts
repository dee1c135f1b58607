import { eventRoutes } from '@platform/events';
import type { ServiceName } from '@platform/events';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { ServiceInbox } from './service-inbox.ts';

/** For each event type a service produces, the inbound queues of the services that consume it. */
export type EventQueues = Readonly<Record<string, readonly IQueue[]>>;

/**
 * Resolves the event catalogue's routes for `producer` to the consumers' inbound queues.
 *
 * @example
 * routeToInboxes('health', { health: healthInbox }); // { 'health.ping-recorded': [healthInbox.queue] }
 */
export const routeToInboxes = (
  producer: ServiceName,
  inboxes: Readonly<Partial<Record<ServiceName, ServiceInbox>>>,
): EventQueues =>
  Object.fromEntries(
    Object.entries(eventRoutes(producer)).map(([eventType, consumers]) => [
      eventType,
      consumers.map((consumer) => {
        const inbox = inboxes[consumer];
        if (inbox === undefined) {
          throw new Error(
            `${producer} routes ${eventType} to ${consumer}, which has no inbox in this stack; ` +
              `inboxes: ${Object.keys(inboxes).join(', ') || 'none'}`,
          );
        }
        return inbox.queue;
      }),
    ]),
  );
