import { App, Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Template } from 'aws-cdk-lib/assertions';
import type { ServiceName } from '@platform/events';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { routeToInboxes } from '../../lib/event-routing.ts';
import { PlatformApi } from '../../lib/http-api.ts';
import { OutboxRelay } from '../../lib/outbox-relay.ts';
import { ServiceInbox } from '../../lib/service-inbox.ts';
import { ServiceStore } from '../../lib/service-store.ts';
import { STAGES } from '../../lib/stage-config.ts';
import type { StageConfig } from '../../lib/stage-config.ts';

export type Resource = { Properties: Record<string, unknown> };
export type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** What a service construct receives from the platform stack. */
export interface ServiceDependencies {
  stage: StageConfig;
  api: PlatformApi;
  table: ITable;
  outbox: ITable;
  inboxes: Record<ServiceName, ServiceInbox>;
  /** The on-failure queue of the service's outbox relay. */
  relayDeadLetterQueue: IQueue;
}

/**
 * One service as the platform stack composes it (its store, its outbox relay routed to every inbox, the
 * API), alone in a stack with bundling skipped, and queries on its template for assertions.
 *
 * @example
 * const { template, logicalIdOf, actionsOn } = serviceTestStack('emeritus', (deps) => new EmeritusService(deps.api.stack, 'Emeritus', deps));
 */
export const serviceTestStack = <TService>(service: ServiceName, build: (scope: Stack, dependencies: ServiceDependencies) => TService) => {
  const stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Test');
  const stage = STAGES.dev;
  const api = new PlatformApi(stack, 'Api', { stage });
  const inboxes = Object.fromEntries(
    (['health', 'emeritus', 'selections', 'fund'] as const).map((name) => [name, new ServiceInbox(stack, `${pascal(name)}Inbox`, { stage })]),
  ) as Record<ServiceName, ServiceInbox>;
  const store = new ServiceStore(stack, `${pascal(service)}Store`, { stage });
  const relay = new OutboxRelay(stack, `${pascal(service)}OutboxRelay`, { service, stage, outbox: store.outbox, routes: routeToInboxes(service, inboxes) });
  const built = build(stack, { stage, api, table: store.table, outbox: store.outbox, inboxes, relayDeadLetterQueue: relay.deadLetterQueue });
  const template = Template.fromStack(stack);

  /** The logical id of the CloudFormation resource behind a construct (its default child, all the way down). */
  const logicalIdOf = (construct: IConstruct): string => {
    let element: IConstruct = construct;
    while (element.node.defaultChild !== undefined) element = element.node.defaultChild;
    return stack.getLogicalId(element as CfnElement);
  };

  /** Each route key with its authorization type and the logical id of the function it invokes. */
  const routeTable = (): Record<string, { auth: unknown; handler: string }> => {
    const routes = template.findResources('AWS::ApiGatewayV2::Route') as Record<string, Resource>;
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration') as Record<string, Resource>;
    return Object.fromEntries(
      Object.values(routes).map(({ Properties: route }) => {
        const target = route['Target'] as { 'Fn::Join': [string, [string, { Ref: string }]] };
        const uri = integrations[target['Fn::Join'][1][1].Ref]!.Properties['IntegrationUri'] as { 'Fn::GetAtt': [string, string] };
        return [String(route['RouteKey']), { auth: route['AuthorizationType'], handler: uri['Fn::GetAtt'][0] }];
      }),
    );
  };

  /** The statements of the policies attached to a role. */
  const statementsFor = (role: IConstruct): Statement[] => {
    const roleRef = JSON.stringify([{ Ref: logicalIdOf(role) }]);
    return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
      .filter((policy) => JSON.stringify(policy.Properties['Roles']) === roleRef)
      .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
  };

  /** The actions a role is allowed on a resource (matched by its ARN), sorted. */
  const actionsOn = (role: IConstruct, resource: IConstruct): string[] => {
    const arn = JSON.stringify({ 'Fn::GetAtt': [logicalIdOf(resource), 'Arn'] });
    return statementsFor(role)
      .filter((statement) => statement.Effect === 'Allow' && JSON.stringify(statement.Resource).includes(arn))
      .flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]))
      .sort();
  };

  return { stack, stage, store, inboxes, relay, service: built, template, logicalIdOf, routeTable, statementsFor, actionsOn };
};
