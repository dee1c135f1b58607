import { beforeAll, describe, expect, it } from '@jest/globals';
import { App, Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { routeToInboxes } from '../lib/event-routing.ts';
import { PlatformApi } from '../lib/http-api.ts';
import { OutboxRelay } from '../lib/outbox-relay.ts';
import { SelectionsService } from '../lib/selections-service.ts';
import { ServiceInbox } from '../lib/service-inbox.ts';
import { ServiceStore } from '../lib/service-store.ts';
import { STAGES } from '../lib/stage-config.ts';

type Resource = { Properties: Record<string, unknown> };
type Statement = { Action: string | string[]; Resource: unknown };

// The selections service as the platform stack composes it, alone in a stack, with bundling skipped.
let stack: Stack;
let store: ServiceStore;
let inbox: ServiceInbox;
let fundInbox: ServiceInbox;
let service: SelectionsService;
let template: Template;

beforeAll(() => {
  stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Test');
  const stage = STAGES.dev;
  const api = new PlatformApi(stack, 'Api', { stage });
  inbox = new ServiceInbox(stack, 'SelectionsInbox', { stage });
  fundInbox = new ServiceInbox(stack, 'FundInbox', { stage });
  store = new ServiceStore(stack, 'SelectionsStore', { stage });
  new OutboxRelay(stack, 'SelectionsOutboxRelay', { service: 'selections', stage, outbox: store.outbox, routes: routeToInboxes('selections', { fund: fundInbox }) });
  service = new SelectionsService(stack, 'Selections', { stage, api, table: store.table, outbox: store.outbox, inbox });
  template = Template.fromStack(stack);
});

const logicalIdOf = (construct: IConstruct): string => {
  let element: IConstruct = construct;
  while (element.node.defaultChild !== undefined) element = element.node.defaultChild;
  return stack.getLogicalId(element as CfnElement);
};
const functionId = (id: string) => logicalIdOf(service.functions[id]!.function);
const functionProperties = (id: string) => (template.findResources('AWS::Lambda::Function') as Record<string, Resource>)[functionId(id)]!.Properties;
/** The actions the function `id` may take on `resource`. */
const actionsOn = (id: string, resource: IConstruct): string[] => {
  const role = JSON.stringify([{ Ref: logicalIdOf(service.functions[id]!.role) }]);
  const arn = JSON.stringify({ 'Fn::GetAtt': [logicalIdOf(resource), 'Arn'] });
  return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .filter((policy) => JSON.stringify(policy.Properties['Roles']) === role)
    .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement)
    .filter((statement) => JSON.stringify(statement.Resource).includes(arn))
    .flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]))
    .sort();
};

const READERS = ['GetSettings', 'ListSeats', 'GetSeat', 'GetTimetable', 'GetTimetableCalendar', 'ListSelections'];
const PUBLISHERS = ['PublishTimetable', 'PatchSelection', 'RetirementConsumer'];
const WRITERS = ['ImportSeats', 'PutSettings', 'PatchSeat', 'CreateTimetable', ...PUBLISHERS];

describe('SelectionsService', () => {
  it('passes every AWS Solutions rule of cdk-nag', () => {
    expect(new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack)).toStrictEqual({ success: true, violations: [] });
  });

  it('routes each key to its function, all behind the JWT authorizer', () => {
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
    const jwt = (id: string) => ({ auth: 'JWT', handler: functionId(id) });
    expect(table).toStrictEqual({
      'POST /selections/seats/import': jwt('ImportSeats'),
      'GET /selections/settings': jwt('GetSettings'),
      'PUT /selections/settings': jwt('PutSettings'),
      'GET /selections/seats': jwt('ListSeats'),
      'GET /selections/seats/{seatId}': jwt('GetSeat'),
      'PATCH /selections/seats/{seatId}': jwt('PatchSeat'),
      'POST /selections/timetables': jwt('CreateTimetable'),
      'GET /selections/timetables/{timetableId}': jwt('GetTimetable'),
      'POST /selections/timetables/{timetableId}/publish': jwt('PublishTimetable'),
      'GET /selections/timetables/{timetableId}/calendar.csv': jwt('GetTimetableCalendar'),
      'GET /selections/timetables/{timetableId}/calendar.ics': jwt('GetTimetableCalendar'),
      'GET /selections/selections': jwt('ListSelections'),
      'PATCH /selections/selections/{selectionId}': jwt('PatchSelection'),
    });
  });

  it('gives every function the table, and the outbox only to those that schedule, move or cancel selections', () => {
    // Prepare
    const base = { POWERTOOLS_SERVICE_NAME: 'selections', POWERTOOLS_LOG_LEVEL: 'DEBUG', TABLE_NAME: { Ref: logicalIdOf(store.table) } };
    // Assess
    for (const id of [...READERS, ...WRITERS]) {
      const expected = {
        ...base,
        ...(PUBLISHERS.includes(id) ? { OUTBOX_TABLE_NAME: { Ref: logicalIdOf(store.outbox) } } : {}),
        ...(id === 'RetirementConsumer' ? { DEAD_LETTER_QUEUE_URL: { Ref: logicalIdOf(inbox.deadLetterQueue) } } : {}),
      };
      expect({ id, environment: (functionProperties(id)['Environment'] as { Variables: unknown }).Variables }).toStrictEqual({ id, environment: expected });
    }
  });

  it('lets the read routes only read the table, and only the publishers write the outbox', () => {
    const writes = ['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
    for (const id of READERS) {
      expect({ id, writes: actionsOn(id, store.table).filter((action) => writes.includes(action)) }).toStrictEqual({ id, writes: [] });
      expect({ id, reads: actionsOn(id, store.table).includes('dynamodb:Query') }).toStrictEqual({ id, reads: true });
    }
    for (const id of WRITERS) {
      expect({ id, writes: actionsOn(id, store.table).filter((action) => writes.includes(action)) }).toStrictEqual({ id, writes });
    }
    for (const id of [...READERS, ...WRITERS]) {
      expect({ id, outbox: actionsOn(id, store.outbox) }).toStrictEqual({
        id,
        outbox: PUBLISHERS.includes(id) ? ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:DescribeTable', 'dynamodb:PutItem', 'dynamodb:UpdateItem'] : [],
      });
    }
  });

  it('gives the import, the draft and the publish 29 seconds, inside API Gateway’s 30, and the rest the 10-second default', () => {
    const timeouts = Object.fromEntries([...READERS, ...WRITERS].map((id) => [id, functionProperties(id)['Timeout']]));
    expect(timeouts).toStrictEqual({
      GetSettings: 10,
      ListSeats: 10,
      GetSeat: 10,
      GetTimetable: 10,
      GetTimetableCalendar: 10,
      ListSelections: 10,
      ImportSeats: 29,
      PutSettings: 10,
      PatchSeat: 10,
      CreateTimetable: 29,
      PublishTimetable: 29,
      PatchSelection: 10,
      RetirementConsumer: 30,
    });
  });

  it('feeds the selections inbox to the retirement consumer in batches of 10 with partial batch failures', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(inbox.queue), 'Arn'] },
      FunctionName: { Ref: functionId('RetirementConsumer') },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('relays selection-scheduled and selection-cancelled to the fund inbox', () => {
    // Prepare
    const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    const relay = Object.entries(functions).find(([id]) => id.startsWith('SelectionsOutboxRelay'))![1];
    const queue = { Ref: logicalIdOf(fundInbox.queue) };
    // Assess
    expect((relay.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables['EVENT_ROUTES']).toStrictEqual({
      'Fn::Join': ['', ['{"selections.selection-scheduled":["', queue, '"],"selections.selection-cancelled":["', queue, '"]}']],
    });
  });
});
