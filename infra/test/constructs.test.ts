import { describe, expect, it } from '@jest/globals';
import { App, Duration, Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AttributeType } from 'aws-cdk-lib/aws-dynamodb';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { routeToInboxes } from '../lib/event-routing.ts';
import { PlatformApi } from '../lib/http-api.ts';
import { ServiceFunction } from '../lib/service-function.ts';
import { ServiceInbox } from '../lib/service-inbox.ts';
import { ServiceStore } from '../lib/service-store.ts';
import { STAGES } from '../lib/stage-config.ts';

const stage = STAGES.dev;
const ENTRY = 'services/health/src/handlers/get-health.ts';

/** A stack to put one construct in, with bundling skipped. */
const emptyStack = (): Stack =>
  new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Test');

const nagReport = (stack: Stack) => new AwsSolutionsChecks().validateScope(stack);

describe('AwsSolutionsChecks', () => {
  it('reports a queue with neither TLS enforcement nor a dead-letter queue, so a clean report means something', () => {
    // GIVEN
    const stack = emptyStack();
    new Queue(stack, 'Bare');
    // WHEN
    const report = nagReport(stack);
    // THEN
    expect(report.violations.map((violation) => violation.ruleName).sort()).toStrictEqual([
      'AwsSolutions-SQS3',
      'AwsSolutions-SQS4',
    ]);
  });
});

describe('ServiceFunction', () => {
  it('fails on an entry that does not exist, naming it', () => {
    expect(
      () => new ServiceFunction(emptyStack(), 'Fn', { service: 'health', stage, entry: 'services/health/src/handlers/nope.ts' }),
    ).toThrow("ServiceFunction entry 'services/health/src/handlers/nope.ts' does not exist under");
  });

  it('fails on an entry outside the repository', () => {
    expect(() => new ServiceFunction(emptyStack(), 'Fn', { service: 'health', stage, entry: '/etc/passwd' })).toThrow(
      "ServiceFunction entry must be relative to the repository root, got '/etc/passwd'",
    );
  });

  it('runs with source maps only when asked, and then enables them in Node', () => {
    // GIVEN
    const stack = emptyStack();
    // WHEN
    new ServiceFunction(stack, 'Fn', { service: 'health', stage, entry: ENTRY, sourceMap: true });
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ NODE_OPTIONS: '--enable-source-maps' }) },
    });
  });

  it('binds a table with indexes: reads reach its indexes, and that one finding is acknowledged', () => {
    // GIVEN
    const stack = emptyStack();
    const store = new ServiceStore(stack, 'Store', {
      stage,
      indexes: [{ indexName: 'byStatus', partitionKey: { name: 'gsi1pk', type: AttributeType.STRING } }],
    });
    const fn = new ServiceFunction(stack, 'Fn', { service: 'health', stage, entry: ENTRY });
    // WHEN
    fn.bindTable(store.table, 'read', 'TABLE_NAME');
    // THEN
    const table = stack.getLogicalId(store.table.node.defaultChild as CfnElement);
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: Match.arrayWith(['dynamodb:Query']),
            Resource: Match.arrayWith([
              { 'Fn::Join': ['', [{ 'Fn::GetAtt': [table, 'Arn'] }, '/index/*']] },
            ]),
          }),
        ]),
      },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'byStatus' })],
    });
    expect(nagReport(stack)).toStrictEqual({ success: true, violations: [] });
  });
});

describe('ServiceInbox', () => {
  it('fails when a second consumer is attached', () => {
    // GIVEN
    const stack = emptyStack();
    const inbox = new ServiceInbox(stack, 'Inbox', { stage });
    inbox.attach(new ServiceFunction(stack, 'First', { service: 'health', stage, entry: ENTRY }));
    // WHEN / THEN
    expect(() => inbox.attach(new ServiceFunction(stack, 'Second', { service: 'health', stage, entry: ENTRY }))).toThrow(
      'Test/Inbox already has consumer Test/First; one function reads an inbox and dispatches on the event type, got a second: Test/Second',
    );
  });

  it('fails on a consumer that may run longer than the inbox allows', () => {
    // GIVEN
    const stack = emptyStack();
    const inbox = new ServiceInbox(stack, 'Inbox', { stage });
    const slow = new ServiceFunction(stack, 'Slow', { service: 'health', stage, entry: ENTRY, timeout: Duration.minutes(1) });
    // WHEN / THEN
    expect(() => inbox.attach(slow)).toThrow('Test/Slow times out after 60s, longer than the 30s the inbox Test/Inbox allows its consumer');
  });
});

describe('routeToInboxes', () => {
  it('fails when a consumer of the catalogue has no inbox in the stack', () => {
    expect(() => routeToInboxes('health', {})).toThrow(
      'health routes health.ping-recorded to health, which has no inbox in this stack; inboxes: none',
    );
  });
});

describe('PlatformApi.route', () => {
  it('fails on a route key without a method', () => {
    // GIVEN
    const stack = emptyStack();
    const api = new PlatformApi(stack, 'Api', { stage });
    const fn = new ServiceFunction(stack, 'Fn', { service: 'health', stage, entry: ENTRY });
    // WHEN / THEN
    expect(() => api.route('/health', fn.function)).toThrow(
      "Route key must be '<METHOD> /<path>', e.g. 'GET /health/pings/{pingId}'; got '/health'",
    );
  });
});
