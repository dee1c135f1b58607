import { beforeAll, describe, expect, it } from '@jest/globals';
import { App, Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { EmeritusService } from '../lib/emeritus-service.ts';
import { routeToInboxes } from '../lib/event-routing.ts';
import { PlatformApi } from '../lib/http-api.ts';
import { OutboxRelay } from '../lib/outbox-relay.ts';
import { ServiceInbox } from '../lib/service-inbox.ts';
import { ServiceStore } from '../lib/service-store.ts';
import { STAGES } from '../lib/stage-config.ts';

type Resource = { Properties: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

// The emeritus service as the platform stack composes it, alone in a stack, with bundling skipped.
let stack: Stack;
let store: ServiceStore;
let selectionsInbox: ServiceInbox;
let service: EmeritusService;
let template: Template;

beforeAll(() => {
  stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Test');
  const stage = STAGES.dev;
  const api = new PlatformApi(stack, 'Api', { stage });
  selectionsInbox = new ServiceInbox(stack, 'SelectionsInbox', { stage });
  store = new ServiceStore(stack, 'EmeritusStore', { stage });
  new OutboxRelay(stack, 'EmeritusOutboxRelay', {
    service: 'emeritus',
    stage,
    outbox: store.outbox,
    routes: routeToInboxes('emeritus', { selections: selectionsInbox }),
  });
  service = new EmeritusService(stack, 'Emeritus', { stage, api, table: store.table, outbox: store.outbox });
  template = Template.fromStack(stack);
});

const logicalIdOf = (construct: IConstruct): string => {
  let element: IConstruct = construct;
  while (element.node.defaultChild !== undefined) element = element.node.defaultChild;
  return stack.getLogicalId(element as CfnElement);
};
const functionId = (id: string) => logicalIdOf(service.functions[id]!.function);
const arnOf = (construct: IConstruct) => ({ 'Fn::GetAtt': [logicalIdOf(construct), 'Arn'] });
const statementsOf = (policy: Resource): Statement[] =>
  (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement;
const actionsOf = (statement: Statement): string[] => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]);
/** The statements of the policies attached to the role of the function `id`. */
const statementsFor = (id: string): Statement[] => {
  const role = { Ref: logicalIdOf(service.functions[id]!.role) };
  return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .filter((policy) => JSON.stringify(policy.Properties['Roles']) === JSON.stringify([role]))
    .flatMap(statementsOf);
};
/** The actions the function `id` is allowed on `resource`. */
const actionsOn = (id: string, resource: IConstruct): string[] =>
  statementsFor(id)
    .filter((statement) => statement.Effect === 'Allow')
    .filter((statement) => JSON.stringify(statement.Resource).includes(JSON.stringify(arnOf(resource))))
    .flatMap(actionsOf)
    .sort();

const ALL = ['AnnounceRetirement', 'WithdrawRetirement', 'GetRetirement', 'GetRegister', 'GetCommittee', 'CheckClauseV', 'GetSettings', 'PutSettings', 'GetHistory'];
const PUBLISHERS = ['AnnounceRetirement', 'WithdrawRetirement'];
const WRITERS = [...PUBLISHERS, 'PutSettings'];
const READERS = ALL.filter((id) => !WRITERS.includes(id));

describe('EmeritusService', () => {
  it('passes every AWS Solutions rule of cdk-nag', () => {
    expect(new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack)).toStrictEqual({ success: true, violations: [] });
  });

  it('routes each key to its own function, all behind the JWT authorizer', () => {
    // Prepare
    const routes = template.findResources('AWS::ApiGatewayV2::Route') as Record<string, Resource>;
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration') as Record<string, Resource>;
    // Act
    const table = Object.fromEntries(
      Object.values(routes).map(({ Properties: route }) => {
        const target = route['Target'] as { 'Fn::Join': [string, [string, { Ref: string }]] };
        const uri = integrations[target['Fn::Join'][1][1].Ref]!.Properties['IntegrationUri'] as { 'Fn::GetAtt': [string, string] };
        return [route['RouteKey'], { auth: route['AuthorizationType'], handler: uri['Fn::GetAtt'][0] }];
      }),
    );
    // Assess
    expect(table).toStrictEqual({
      'POST /emeritus/retirements': { auth: 'JWT', handler: functionId('AnnounceRetirement') },
      'POST /emeritus/retirements/{retirementId}/withdraw': { auth: 'JWT', handler: functionId('WithdrawRetirement') },
      'GET /emeritus/retirements/{retirementId}': { auth: 'JWT', handler: functionId('GetRetirement') },
      'GET /emeritus/register': { auth: 'JWT', handler: functionId('GetRegister') },
      'GET /emeritus/committee': { auth: 'JWT', handler: functionId('GetCommittee') },
      'POST /emeritus/clause-v/check': { auth: 'JWT', handler: functionId('CheckClauseV') },
      'GET /emeritus/settings': { auth: 'JWT', handler: functionId('GetSettings') },
      'PUT /emeritus/settings': { auth: 'JWT', handler: functionId('PutSettings') },
      'GET /emeritus/history': { auth: 'JWT', handler: functionId('GetHistory') },
    });
  });

  it('gives every function the table, and only the two that publish events the outbox', () => {
    // Prepare
    const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    const environment = (id: string) => (functions[functionId(id)]!.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
    const base = { POWERTOOLS_SERVICE_NAME: 'emeritus', POWERTOOLS_LOG_LEVEL: 'DEBUG', TABLE_NAME: { Ref: logicalIdOf(store.table) } };
    // Assess
    for (const id of ALL) {
      expect({ id, environment: environment(id) }).toStrictEqual({
        id,
        environment: PUBLISHERS.includes(id) ? { ...base, OUTBOX_TABLE_NAME: { Ref: logicalIdOf(store.outbox) } } : base,
      });
    }
  });

  it('lets the read routes only read the table, and only announce and withdraw write the outbox', () => {
    for (const id of READERS) {
      expect({ id, actions: actionsOn(id, store.table) }).toStrictEqual({
        id,
        actions: [
          'dynamodb:BatchGetItem',
          'dynamodb:ConditionCheckItem',
          'dynamodb:DescribeTable',
          'dynamodb:GetItem',
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:Query',
          'dynamodb:Scan',
        ],
      });
    }
    for (const id of WRITERS) {
      expect({ id, writes: actionsOn(id, store.table).filter((action) => ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'].includes(action)) }).toStrictEqual({
        id,
        writes: ['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      });
    }
    for (const id of ALL) {
      expect({ id, outbox: actionsOn(id, store.outbox) }).toStrictEqual({
        id,
        outbox: PUBLISHERS.includes(id)
          ? ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:DescribeTable', 'dynamodb:PutItem', 'dynamodb:UpdateItem']
          : [],
      });
    }
  });

  it('denies every writer any update or deletion in the HISTORY partition, so the history stays append-only', () => {
    for (const id of ALL) {
      const denials = statementsFor(id).filter((statement) => statement.Effect === 'Deny');
      expect({ id, denials }).toStrictEqual({
        id,
        // The read routes need no denial: they hold no write action at all.
        denials: WRITERS.includes(id)
          ? [
              {
                Effect: 'Deny',
                Action: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
                Resource: arnOf(store.table),
                Condition: { 'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': ['HISTORY'] } },
              },
            ]
          : [],
      });
    }
  });

  it('relays both retirement events to the selections inbox', () => {
    // Prepare
    const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    const relay = Object.entries(functions).find(([id]) => id.startsWith('EmeritusOutboxRelay'))![1];
    // Assess
    expect((relay.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables['EVENT_ROUTES']).toStrictEqual({
      'Fn::Join': [
        '',
        [
          '{"emeritus.retirement-announced":["',
          { Ref: logicalIdOf(selectionsInbox.queue) },
          '"],"emeritus.retirement-withdrawn":["',
          { Ref: logicalIdOf(selectionsInbox.queue) },
          '"]}',
        ],
      ],
    });
  });
});
