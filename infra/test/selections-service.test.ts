import { describe, expect, it } from '@jest/globals';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { SelectionsService } from '../lib/selections-service.ts';
import { serviceTestStack } from './support/service-test-stack.ts';
import type { Resource } from './support/service-test-stack.ts';

// The selections service as the platform stack composes it, alone in a stack, with bundling skipped.
const { stack, store, inboxes, service, template, logicalIdOf, routeTable, statementsFor, actionsOn: roleActionsOn } = serviceTestStack(
  'selections',
  (scope, { stage, api, table, outbox, inboxes: all, relayDeadLetterQueue }) => new SelectionsService(scope, 'Selections', { stage, api, table, outbox, inbox: all.selections, relayDeadLetterQueue }),
);
const inbox = inboxes.selections;
const fundInbox = inboxes.fund;

const functionId = (id: string) => logicalIdOf(service.functions[id]!.function);
const functionProperties = (id: string) => (template.findResources('AWS::Lambda::Function') as Record<string, Resource>)[functionId(id)]!.Properties;
/** The actions the function `id` may take on `resource`. */
const actionsOn = (id: string, resource: IConstruct): string[] => roleActionsOn(service.functions[id]!.role, resource);

const READERS = ['GetSettings', 'ListSeats', 'GetSeat', 'GetTimetable', 'GetTimetableCalendar', 'ListCalendarSubscriptions', 'GetCalendarFeed', 'ListSelections', 'GetSelection'];
const PUBLISHERS = ['PublishTimetable', 'PatchSelection', 'RetirementConsumer'];
const WRITERS = ['ImportSeats', 'PutSettings', 'PatchSeat', 'CreateTimetable', 'CreateCalendarSubscription', 'RevokeCalendarSubscription', ...PUBLISHERS];

describe('SelectionsService', () => {
  it('passes every AWS Solutions rule of cdk-nag', () => {
    expect(new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack)).toStrictEqual({ success: true, violations: [] });
  });

  it('routes each key to its function, all behind the JWT authorizer but the calendar feed, which is public', () => {
    // Act
    const table = routeTable();
    // Assess
    const jwt = (id: string) => ({ auth: 'JWT', handler: functionId(id) });
    const none = (id: string) => ({ auth: 'NONE', handler: functionId(id) });
    expect(table).toStrictEqual({
      'POST /selections/seats/import': jwt('ImportSeats'),
      'GET /selections/settings': jwt('GetSettings'),
      'PUT /selections/settings': jwt('PutSettings'),
      'GET /selections/seats': jwt('ListSeats'),
      'GET /selections/seats/{seatId}': jwt('GetSeat'),
      'PATCH /selections/seats/{seatId}': jwt('PatchSeat'),
      'POST /selections/timetables': jwt('CreateTimetable'),
      'GET /selections/timetables/published': jwt('GetPublishedTimetable'),
      'GET /selections/timetables/{timetableId}': jwt('GetTimetable'),
      'POST /selections/timetables/{timetableId}/publish': jwt('PublishTimetable'),
      'GET /selections/timetables/{timetableId}/calendar.csv': jwt('GetTimetableCalendar'),
      'GET /selections/timetables/{timetableId}/calendar.ics': jwt('GetTimetableCalendar'),
      'POST /selections/timetables/{timetableId}/calendar-subscriptions': jwt('CreateCalendarSubscription'),
      'GET /selections/timetables/{timetableId}/calendar-subscriptions': jwt('ListCalendarSubscriptions'),
      'DELETE /selections/calendar-subscriptions/{subscriptionId}': jwt('RevokeCalendarSubscription'),
      'GET /selections/calendar-feeds/{subscriptionId}/calendar.ics': none('GetCalendarFeed'),
      'GET /selections/selections': jwt('ListSelections'),
      'GET /selections/selections/{selectionId}': jwt('GetSelection'),
      'PATCH /selections/selections/{selectionId}': jwt('PatchSelection'),
      'GET /selections/dead-letters': jwt('ListDeadLetters'),
      'GET /selections/dead-letters/{queue}/{messageId}': jwt('GetDeadLetter'),
      'POST /selections/dead-letters/{queue}/redrive': jwt('RedriveDeadLetters'),
    });
  });

  it('gives every function the table, and the outbox only to those that schedule, move or cancel selections', () => {
    // Prepare
    const base = { POWERTOOLS_SERVICE_NAME: 'selections', POWERTOOLS_LOG_LEVEL: 'DEBUG', PLATFORM_STAGE: 'dev', TABLE_NAME: { Ref: logicalIdOf(store.table) } };
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

  it('lets the public calendar feed only read the selections table, and reach nothing else of the service', () => {
    // Prepare
    const feed = service.functions['GetCalendarFeed']!;
    const own = [JSON.stringify({ 'Fn::GetAtt': [logicalIdOf(feed.logGroup), 'Arn'] }), JSON.stringify('*')];
    // Act: every grant but writing its own logs and traces
    const grants = statementsFor(feed.role)
      .filter((statement) => !own.includes(JSON.stringify(statement.Resource)))
      .map((statement) => ({ effect: statement.Effect, actions: [statement.Action].flat().sort(), resource: statement.Resource }));
    // Assess
    const table = [{ 'Fn::GetAtt': [logicalIdOf(store.table), 'Arn'] }];
    expect(grants).toStrictEqual([
      {
        effect: 'Allow',
        actions: ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'],
        resource: table,
      },
      { effect: 'Allow', actions: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator'], resource: table },
    ]);
  });

  it('says why the calendar feed is public in the acknowledgement of cdk-nag’s APIG4 (a route with no authorizer)', () => {
    // Prepare
    const feed = stack.node.findChild('Api').node.findChild('GetSelectionsCalendarFeedsSubscriptionIdCalendarIcsRoute');
    // Act
    const acknowledged = feed.node.metadata.filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY).map((entry) => entry.data);
    // Assess
    expect(acknowledged).toStrictEqual([
      {
        'Annotation::AwsSolutions-APIG4': expect.stringMatching(
          /^GET \/selections\/calendar-feeds\/\{subscriptionId\}\/calendar\.ics is public on purpose: calendar apps .* cannot send a bearer token; the URL carries a 256-bit key/,
        ),
      },
    ]);
  });

  it('gives the import, the draft and the publish 29 seconds, inside API Gateway’s 30, and the rest the 10-second default', () => {
    const timeouts = Object.fromEntries([...READERS, ...WRITERS].map((id) => [id, functionProperties(id)['Timeout']]));
    expect(timeouts).toStrictEqual({
      GetSettings: 10,
      ListSeats: 10,
      GetSeat: 10,
      GetTimetable: 10,
      GetTimetableCalendar: 10,
      ListCalendarSubscriptions: 10,
      GetCalendarFeed: 10,
      ListSelections: 10,
      GetSelection: 10,
      ImportSeats: 29,
      PutSettings: 10,
      PatchSeat: 10,
      CreateTimetable: 29,
      CreateCalendarSubscription: 10,
      RevokeCalendarSubscription: 10,
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
