import { describe, expect, it } from '@jest/globals';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { EmeritusService } from '../lib/emeritus-service.ts';
import { serviceTestStack } from './support/service-test-stack.ts';
import type { Resource } from './support/service-test-stack.ts';

// The emeritus service as the platform stack composes it, alone in a stack, with bundling skipped.
const { stack, store, inboxes, service, template, logicalIdOf, routeTable, statementsFor: statementsOfRole, actionsOn: roleActionsOn } =
  serviceTestStack('emeritus', (scope, { stage, api, table, outbox, inboxes: { emeritus: inbox }, relayDeadLetterQueue }) => new EmeritusService(scope, 'Emeritus', { stage, api, table, outbox, inbox, relayDeadLetterQueue }));
const selectionsInbox = inboxes.selections;
const emeritusInbox = inboxes.emeritus;

const functionId = (id: string) => logicalIdOf(service.functions[id]!.function);
const arnOf = (construct: IConstruct) => ({ 'Fn::GetAtt': [logicalIdOf(construct), 'Arn'] });
/** The statements of the policies attached to the role of the function `id`. */
const statementsFor = (id: string) => statementsOfRole(service.functions[id]!.role);
/** The actions the function `id` is allowed on `resource`. */
const actionsOn = (id: string, resource: IConstruct): string[] => roleActionsOn(service.functions[id]!.role, resource);

const ROUTE_FUNCTIONS = [
  'AnnounceRetirement',
  'WithdrawRetirement',
  'GetRetirement',
  'GetRegister',
  'GetCommittee',
  'CheckClauseV',
  'GetSettings',
  'PutSettings',
  'GetHistory',
  'OpenConsultation',
  'ListConsultations',
  'GetConsultation',
  'CloseConsultation',
  'RecordConsultationResponse',
  'GetConsultationResponse',
  'GetConsultationCsv',
  'CreateMeeting',
  'ListMeetings',
  'GetMeeting',
  'AddAttendee',
  'RemoveAttendee',
  'GetAttendeeListCsv',
];
const ALL = [...ROUTE_FUNCTIONS, 'RetirementConsumer'];
const PUBLISHERS = ['AnnounceRetirement', 'WithdrawRetirement'];
const WRITERS = [...PUBLISHERS, 'PutSettings', 'OpenConsultation', 'CloseConsultation', 'RecordConsultationResponse', 'CreateMeeting', 'AddAttendee', 'RemoveAttendee', 'RetirementConsumer'];
const READERS = ALL.filter((id) => !WRITERS.includes(id));

describe('EmeritusService', () => {
  it('passes every AWS Solutions rule of cdk-nag', () => {
    expect(new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack)).toStrictEqual({ success: true, violations: [] });
  });

  it('routes each key to its own function, all behind the JWT authorizer', () => {
    // Act
    const table = routeTable();
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
      'POST /emeritus/consultations': { auth: 'JWT', handler: functionId('OpenConsultation') },
      'GET /emeritus/consultations': { auth: 'JWT', handler: functionId('ListConsultations') },
      'GET /emeritus/consultations/{consultationId}': { auth: 'JWT', handler: functionId('GetConsultation') },
      'POST /emeritus/consultations/{consultationId}/close': { auth: 'JWT', handler: functionId('CloseConsultation') },
      'PUT /emeritus/consultations/{consultationId}/responses/{mpId}': { auth: 'JWT', handler: functionId('RecordConsultationResponse') },
      'GET /emeritus/consultations/{consultationId}/responses/{mpId}': { auth: 'JWT', handler: functionId('GetConsultationResponse') },
      'GET /emeritus/consultations/{consultationId}/responses.csv': { auth: 'JWT', handler: functionId('GetConsultationCsv') },
      'POST /emeritus/clause-v/meetings': { auth: 'JWT', handler: functionId('CreateMeeting') },
      'GET /emeritus/clause-v/meetings': { auth: 'JWT', handler: functionId('ListMeetings') },
      'GET /emeritus/clause-v/meetings/{meetingId}': { auth: 'JWT', handler: functionId('GetMeeting') },
      'POST /emeritus/clause-v/meetings/{meetingId}/attendees': { auth: 'JWT', handler: functionId('AddAttendee') },
      'DELETE /emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}': { auth: 'JWT', handler: functionId('RemoveAttendee') },
      'GET /emeritus/clause-v/meetings/{meetingId}/attendees.csv': { auth: 'JWT', handler: functionId('GetAttendeeListCsv') },
      'GET /emeritus/dead-letters': { auth: 'JWT', handler: functionId('ListDeadLetters') },
      'GET /emeritus/dead-letters/{queue}/{messageId}': { auth: 'JWT', handler: functionId('GetDeadLetter') },
      'POST /emeritus/dead-letters/{queue}/redrive': { auth: 'JWT', handler: functionId('RedriveDeadLetters') },
    });
  });

  it('gives every function the table, and only the two that publish events the outbox', () => {
    // Prepare
    const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    const environment = (id: string) => (functions[functionId(id)]!.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
    const base = { POWERTOOLS_SERVICE_NAME: 'emeritus', POWERTOOLS_LOG_LEVEL: 'DEBUG', PLATFORM_STAGE: 'dev', TABLE_NAME: { Ref: logicalIdOf(store.table) } };
    // Assess
    for (const id of ALL) {
      expect({ id, environment: environment(id) }).toStrictEqual({
        id,
        environment: PUBLISHERS.includes(id)
          ? { ...base, OUTBOX_TABLE_NAME: { Ref: logicalIdOf(store.outbox) } }
          : id === 'RetirementConsumer'
            ? { ...base, DEAD_LETTER_QUEUE_URL: { Ref: logicalIdOf(emeritusInbox.deadLetterQueue) } }
            : base,
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

  it('reads its own inbox with the retirement consumer: batches of 10, partial batch failures', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arnOf(emeritusInbox.queue),
      FunctionName: { Ref: functionId('RetirementConsumer') },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('relays both retirement events to the selections inbox and its own', () => {
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
          '","',
          { Ref: logicalIdOf(emeritusInbox.queue) },
          '"],"emeritus.retirement-withdrawn":["',
          { Ref: logicalIdOf(selectionsInbox.queue) },
          '","',
          { Ref: logicalIdOf(emeritusInbox.queue) },
          '"]}',
        ],
      ],
    });
  });
});
