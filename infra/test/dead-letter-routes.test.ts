import { describe, expect, it } from '@jest/globals';
import type { Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { ServiceName } from '@platform/events';
import { EmeritusService } from '../lib/emeritus-service.ts';
import { FundService } from '../lib/fund-service.ts';
import { SelectionsService } from '../lib/selections-service.ts';
import { serviceTestStack } from './support/service-test-stack.ts';
import type { Resource, ServiceDependencies } from './support/service-test-stack.ts';

type Built = { functions: Readonly<Record<string, { function: object; role: object }>> };
const builders: Record<'fund' | 'selections' | 'emeritus', (scope: Stack, deps: ServiceDependencies) => Built> = {
  fund: (scope, { inboxes, ...deps }) => new FundService(scope, 'Fund', { ...deps, inbox: inboxes.fund }),
  selections: (scope, { inboxes, ...deps }) => new SelectionsService(scope, 'Selections', { ...deps, inbox: inboxes.selections }),
  emeritus: (scope, { inboxes, ...deps }) => new EmeritusService(scope, 'Emeritus', { ...deps, inbox: inboxes.emeritus }),
};

describe.each(Object.keys(builders) as ('fund' | 'selections' | 'emeritus')[])('the dead-letter routes of %s', (name) => {
  const built = serviceTestStack(name as ServiceName, builders[name]);
  const { stack, service, inboxes, relay, template, logicalIdOf, actionsOn, statementsFor } = built;
  const inbox = inboxes[name as ServiceName];
  const role = (id: string) => service.functions[id]!.role as Parameters<typeof actionsOn>[0];
  const otherQueues = (Object.entries(inboxes) as [ServiceName, typeof inbox][])
    .filter(([other]) => other !== name)
    .flatMap(([, other]) => [other.queue, other.deadLetterQueue]);

  it('lets the readers receive and release both of its dead-letter queues, and never delete or send', () => {
    for (const id of ['ListDeadLetters', 'GetDeadLetter']) {
      expect({ id, inbox: actionsOn(role(id), inbox.deadLetterQueue), relay: actionsOn(role(id), relay.deadLetterQueue), source: actionsOn(role(id), inbox.queue) }).toStrictEqual({
        id,
        inbox: ['sqs:ChangeMessageVisibility', 'sqs:ReceiveMessage'],
        relay: ['sqs:ChangeMessageVisibility', 'sqs:ReceiveMessage'],
        source: [],
      });
    }
  });

  it("lets the redrive delete from its inbox's dead-letter queue and send to the inbox, and touch nothing of the relay's", () => {
    expect({
      deadLetters: actionsOn(role('RedriveDeadLetters'), inbox.deadLetterQueue),
      source: actionsOn(role('RedriveDeadLetters'), inbox.queue),
      relay: actionsOn(role('RedriveDeadLetters'), relay.deadLetterQueue),
    }).toStrictEqual({
      deadLetters: ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:ReceiveMessage'],
      source: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
      relay: [],
    });
  });

  it("gives none of the three any grant on another service's queues, nor on any table", () => {
    for (const id of ['ListDeadLetters', 'GetDeadLetter', 'RedriveDeadLetters']) {
      expect({ id, others: otherQueues.flatMap((queue) => actionsOn(role(id), queue)), dynamodb: statementsFor(role(id)).filter((statement) => JSON.stringify(statement.Action).includes('dynamodb:')) }).toStrictEqual({ id, others: [], dynamodb: [] });
    }
  });

  it('tells each function its two queues, by id and kind, with the inbox as the one to redrive to', () => {
    const fn = (template.findResources('AWS::Lambda::Function') as Record<string, Resource>)[logicalIdOf(service.functions['RedriveDeadLetters']!.function as never)]!;
    const variable = (fn.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables['DEAD_LETTER_QUEUES'];
    const resolved = JSON.stringify(stack.resolve(variable));
    for (const text of [`"queue\\":\\"${name}-inbox\\"`, `"kind\\":\\"inbox\\"`, `"queue\\":\\"${name}-outbox-relay\\"`, `"kind\\":\\"outbox-relay\\"`, logicalIdOf(inbox.deadLetterQueue), logicalIdOf(inbox.queue), logicalIdOf(relay.deadLetterQueue)]) {
      expect({ text, found: resolved.includes(text) }).toStrictEqual({ text, found: true });
    }
  });

  it('passes every AWS Solutions rule of cdk-nag', () => {
    expect(new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack)).toStrictEqual({ success: true, violations: [] });
  });
});
