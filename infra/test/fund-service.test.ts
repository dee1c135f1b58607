import { describe, expect, it } from '@jest/globals';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { FundService } from '../lib/fund-service.ts';
import { serviceTestStack } from './support/service-test-stack.ts';
import type { Resource, Statement } from './support/service-test-stack.ts';

// The fund service as the platform stack composes it, alone in a stack, with bundling skipped.
const { stack, store, inboxes, service, template, logicalIdOf, routeTable, statementsFor: statementsOfRole, actionsOn: roleActionsOn } =
  serviceTestStack('fund', (scope, { stage, api, table, outbox, inboxes: all, relayDeadLetterQueue }) => new FundService(scope, 'Fund', { stage, api, table, outbox, inbox: all.fund, relayDeadLetterQueue }));
const inbox = inboxes.fund;

const functionId = (id: string) => logicalIdOf(service.functions[id]!.function);
const arnOf = (construct: IConstruct) => ({ 'Fn::GetAtt': [logicalIdOf(construct), 'Arn'] });
const actionsOf = (statement: Statement): string[] => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]);
const statementsFor = (id: string): Statement[] => statementsOfRole(service.functions[id]!.role);
/** The actions the function `id` is allowed on `resource`. */
const actionsOn = (id: string, resource: IConstruct): string[] => roleActionsOn(service.functions[id]!.role, resource);
const environment = (id: string) =>
  ((template.findResources('AWS::Lambda::Function') as Record<string, Resource>)[functionId(id)]!.Properties['Environment'] as { Variables: Record<string, unknown> })
    .Variables;

const APPLICATION_ROUTES = [
  'SubmitApplication',
  'ListMyApplications',
  'ListApplications',
  'CountApplications',
  'GetApplication',
  'WithdrawApplication',
  'DecideApplication',
  'DisburseGrant',
  'CancelApproval',
  'GetDiversityReport',
];
const ROUTES = [
  'RecordDonation',
  'ImportDonations',
  'ListDonations',
  'GetDonation',
  'RefundDonation',
  'SetLevyRate',
  'ListLevyRates',
  'GetBalance',
  'GetLedger',
  'GetStatement',
  'GetReconciliation',
  'GetMonthlyReport',
  ...APPLICATION_ROUTES,
  'GetPrivacyPolicy',
  'EraseApplication',
  'ExportMyData',
  'ListErasures',
];
const WRITERS = ['RecordDonation', 'RefundDonation', 'SetLevyRate', 'SubmitApplication', 'WithdrawApplication', 'DecideApplication', 'DisburseGrant', 'CancelApproval', 'EraseApplication', 'FundInboxConsumer'];
const READERS = [
  'ListDonations',
  'GetDonation',
  'ListLevyRates',
  'GetBalance',
  'GetLedger',
  'GetStatement',
  'GetReconciliation',
  'GetMonthlyReport',
  'ListMyApplications',
  'ListApplications',
  'CountApplications',
  'GetApplication',
  'GetDiversityReport',
  'ExportMyData',
  'ListErasures',
];
const PUBLISHERS = ['RefundDonation', 'DecideApplication', 'DisburseGrant'];
const LONG = ['ImportDonations', 'GetStatement', 'GetReconciliation', 'GetMonthlyReport', 'CountApplications', 'GetDiversityReport'];
const ENQUEUERS = ['RecordDonation', 'ImportDonations'];
const WRITES = ['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];

describe('FundService', () => {
  it('passes every AWS Solutions rule of cdk-nag', () => {
    expect(new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack)).toStrictEqual({ success: true, violations: [] });
  });

  it('routes each key to its own function, all behind the JWT authorizer', () => {
    // Act
    const table = routeTable();
    // Assess
    expect(table).toStrictEqual({
      'POST /fund/donations': { auth: 'JWT', handler: functionId('RecordDonation') },
      'POST /fund/donations/import': { auth: 'JWT', handler: functionId('ImportDonations') },
      'GET /fund/donations': { auth: 'JWT', handler: functionId('ListDonations') },
      'GET /fund/donations/{donationId}': { auth: 'JWT', handler: functionId('GetDonation') },
      'POST /fund/donations/{donationId}/refunds': { auth: 'JWT', handler: functionId('RefundDonation') },
      'PUT /fund/levy-rates': { auth: 'JWT', handler: functionId('SetLevyRate') },
      'GET /fund/levy-rates': { auth: 'JWT', handler: functionId('ListLevyRates') },
      'GET /fund/balance': { auth: 'JWT', handler: functionId('GetBalance') },
      'GET /fund/open-selections': { auth: 'JWT', handler: functionId('ListOpenSelections') },
      'GET /fund/ledger': { auth: 'JWT', handler: functionId('GetLedger') },
      'GET /fund/statement.csv': { auth: 'JWT', handler: functionId('GetStatement') },
      'GET /fund/reconciliation': { auth: 'JWT', handler: functionId('GetReconciliation') },
      'POST /fund/applications': { auth: 'JWT', handler: functionId('SubmitApplication') },
      'GET /fund/applications/mine': { auth: 'JWT', handler: functionId('ListMyApplications') },
      'GET /fund/applications': { auth: 'JWT', handler: functionId('ListApplications') },
      'GET /fund/applications/counts': { auth: 'JWT', handler: functionId('CountApplications') },
      'GET /fund/applications/{applicationId}': { auth: 'JWT', handler: functionId('GetApplication') },
      'POST /fund/applications/{applicationId}/withdraw': { auth: 'JWT', handler: functionId('WithdrawApplication') },
      'POST /fund/applications/{applicationId}/decision': { auth: 'JWT', handler: functionId('DecideApplication') },
      'POST /fund/applications/{applicationId}/disbursements': { auth: 'JWT', handler: functionId('DisburseGrant') },
      'POST /fund/applications/{applicationId}/cancel-approval': { auth: 'JWT', handler: functionId('CancelApproval') },
      'GET /fund/reports/diversity': { auth: 'JWT', handler: functionId('GetDiversityReport') },
      'GET /fund/reports/monthly': { auth: 'JWT', handler: functionId('GetMonthlyReport') },
      'GET /fund/privacy': { auth: 'NONE', handler: functionId('GetPrivacyPolicy') },
      'POST /fund/applications/{applicationId}/erase': { auth: 'JWT', handler: functionId('EraseApplication') },
      'GET /fund/applications/mine/export': { auth: 'JWT', handler: functionId('ExportMyData') },
      'GET /fund/erasures': { auth: 'JWT', handler: functionId('ListErasures') },
      'GET /fund/dead-letters': { auth: 'JWT', handler: functionId('ListDeadLetters') },
      'GET /fund/dead-letters/{queue}/{messageId}': { auth: 'JWT', handler: functionId('GetDeadLetter') },
      'POST /fund/dead-letters/{queue}/redrive': { auth: 'JWT', handler: functionId('RedriveDeadLetters') },
    });
  });

  it('lets only the consumer, the refund, the rate and the application-changing routes write the table; the rest only read it, and the import not at all', () => {
    for (const id of WRITERS) {
      expect({ id, writes: actionsOn(id, store.table).filter((action) => WRITES.includes(action)) }).toStrictEqual({ id, writes: WRITES });
    }
    for (const id of READERS) {
      expect({ id, writes: actionsOn(id, store.table).filter((action) => WRITES.includes(action)), reads: actionsOn(id, store.table).includes('dynamodb:Query') }).toStrictEqual({
        id,
        writes: [],
        reads: true,
      });
    }
    expect(actionsOn('ImportDonations', store.table)).toStrictEqual([]);
  });

  it('lets the application to a selection check, in its transaction, that the selection still stands', () => {
    expect(actionsOn('SubmitApplication', store.table)).toEqual(expect.arrayContaining(['dynamodb:ConditionCheckItem', 'dynamodb:PutItem', 'dynamodb:Query']));
  });

  it('denies every writer of the table any deletion, and any update of a ledger movement', () => {
    for (const id of [...ROUTES, 'FundInboxConsumer']) {
      expect({ id, denials: statementsFor(id).filter((statement) => statement.Effect === 'Deny') }).toStrictEqual({
        id,
        denials: WRITERS.includes(id)
          ? [
              { Effect: 'Deny', Action: 'dynamodb:DeleteItem', Resource: arnOf(store.table) },
              {
                Effect: 'Deny',
                Action: 'dynamodb:UpdateItem',
                Resource: arnOf(store.table),
                Condition: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['LEDGER#*'] } },
              },
            ]
          : [],
      });
    }
  });

  it('lets the two donation routes send to the fund inbox and nowhere else, and tells them its URL', () => {
    for (const id of [...ROUTES, 'FundInboxConsumer']) {
      const sends = statementsFor(id).filter((statement) => statement.Effect === 'Allow' && actionsOf(statement).includes('sqs:SendMessage'));
      expect({ id, queues: sends.map((statement) => statement.Resource) }).toStrictEqual({
        id,
        queues: ENQUEUERS.includes(id) ? [arnOf(inbox.queue)] : id === 'FundInboxConsumer' ? [arnOf(inbox.deadLetterQueue)] : [],
      });
      expect({ id, url: environment(id)['FUND_QUEUE_URL'] }).toStrictEqual({ id, url: ENQUEUERS.includes(id) ? { Ref: logicalIdOf(inbox.queue) } : undefined });
    }
  });

  it('lets only the refund, the decision and the disbursement write the outbox', () => {
    for (const id of [...ROUTES, 'FundInboxConsumer']) {
      expect({ id, outbox: actionsOn(id, store.outbox).includes('dynamodb:PutItem'), variable: environment(id)['OUTBOX_TABLE_NAME'] !== undefined }).toStrictEqual({
        id,
        outbox: PUBLISHERS.includes(id),
        variable: PUBLISHERS.includes(id),
      });
    }
  });

  it('feeds the fund inbox to its consumer in batches of 10 with partial batch failures, within the inbox timeout', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arnOf(inbox.queue),
      FunctionName: { Ref: functionId('FundInboxConsumer') },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    expect(functions[functionId('FundInboxConsumer')]!.Properties['Timeout']).toBe(30);
    expect(environment('FundInboxConsumer')['DEAD_LETTER_QUEUE_URL']).toStrictEqual({ Ref: logicalIdOf(inbox.deadLetterQueue) });
  });

  it('runs the scheduled erasure daily at 02:30 UTC from an EventBridge rule, with the stage\'s retention period and the ledger kept append-only', () => {
    // Assess: the rule and its one target
    const rules = template.findResources('AWS::Events::Rule', { Properties: { ScheduleExpression: 'cron(30 2 * * ? *)' } }) as Record<string, Resource>;
    expect(Object.values(rules).map((rule) => rule.Properties)).toStrictEqual([
      {
        Description: 'Erases the special category data of Diversity Fund applications whose retention period has ended',
        ScheduleExpression: 'cron(30 2 * * ? *)',
        State: 'ENABLED',
        Targets: [{ Arn: arnOf(service.functions['EraseExpiredApplications']!.function), Id: 'Target0', RetryPolicy: { MaximumRetryAttempts: 2 } }],
      },
    ]);
    expect(environment('EraseExpiredApplications')['RETENTION_MONTHS']).toBe('12');
    expect(environment('GetPrivacyPolicy')['RETENTION_MONTHS']).toBe('12');
    expect(actionsOn('EraseExpiredApplications', store.table).filter((action) => WRITES.includes(action))).toStrictEqual(WRITES);
    expect(statementsFor('EraseExpiredApplications').filter((statement) => statement.Effect === 'Deny').map((statement) => statement.Action)).toStrictEqual([
      'dynamodb:DeleteItem',
      'dynamodb:UpdateItem',
    ]);
    expect(actionsOn('GetPrivacyPolicy', store.table)).toStrictEqual([]);
  });

  it('reconciles the fund every six hours from an EventBridge rule, with read-only access to its table', () => {
    // Assess: the rule and its one target
    const rules = template.findResources('AWS::Events::Rule', { Properties: { ScheduleExpression: 'rate(6 hours)' } }) as Record<string, Resource>;
    expect(Object.values(rules).map((rule) => rule.Properties)).toStrictEqual([
      {
        Description: 'Reconciles the Diversity Fund: every total recomputed from the ledger and compared with the running totals',
        ScheduleExpression: 'rate(6 hours)',
        State: 'ENABLED',
        Targets: [{ Arn: arnOf(service.functions['ReconcileFund']!.function), Id: 'Target0', RetryPolicy: { MaximumRetryAttempts: 2 } }],
      },
    ]);
    const actions = actionsOn('ReconcileFund', store.table);
    expect({ reads: actions.includes('dynamodb:Query'), writes: actions.filter((action) => WRITES.includes(action)) }).toStrictEqual({ reads: true, writes: [] });
  });

  it('gives the import, the statement, the reconciliation and the diversity report 29 seconds, inside the HTTP API limit of 30', () => {
    const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    expect(ROUTES.map((id) => [id, functions[functionId(id)]!.Properties['Timeout']])).toStrictEqual(ROUTES.map((id) => [id, LONG.includes(id) ? 29 : 10]));
  });
});
