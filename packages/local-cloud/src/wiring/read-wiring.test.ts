import { describe, expect, it } from '@jest/globals';
import { readWiring, UnsupportedWiringError } from './read-wiring.ts';
import type { CfnTemplate } from './template.ts';

const fn = (entry: string) => ({
  Type: 'AWS::Lambda::Function',
  Metadata: { 'platform:entry': entry, 'platform:handler': 'handler' },
  Properties: { Timeout: 10, MemorySize: 256, Environment: { Variables: { TABLE_NAME: { Ref: 'Table' } } } },
});

const template = (): CfnTemplate => ({
  Resources: {
    Table: { Type: 'AWS::DynamoDB::Table', Properties: { KeySchema: [], StreamSpecification: { StreamViewType: 'NEW_IMAGE' } } },
    Dlq: { Type: 'AWS::SQS::Queue', Properties: { MessageRetentionPeriod: 1209600 } },
    Inbox: {
      Type: 'AWS::SQS::Queue',
      Properties: { VisibilityTimeout: 60, RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['Dlq', 'Arn'] }, maxReceiveCount: 3 } },
    },
    GetThing: fn('services/x/src/handlers/get-thing.ts'),
    Consume: fn('services/x/src/handlers/consume.ts'),
    Relay: fn('packages/kit/src/outbox/relay-handler.ts'),
    Integration: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { IntegrationUri: { 'Fn::GetAtt': ['GetThing', 'Arn'] }, PayloadFormatVersion: '2.0' } },
    Route: {
      Type: 'AWS::ApiGatewayV2::Route',
      Properties: { RouteKey: 'GET /things/{id}', AuthorizationType: 'JWT', Target: { 'Fn::Join': ['', ['integrations/', { Ref: 'Integration' }]] } },
    },
    QueueMapping: {
      Type: 'AWS::Lambda::EventSourceMapping',
      Properties: { EventSourceArn: { 'Fn::GetAtt': ['Inbox', 'Arn'] }, FunctionName: { Ref: 'Consume' }, BatchSize: 10, FunctionResponseTypes: ['ReportBatchItemFailures'] },
    },
    StreamMapping: {
      Type: 'AWS::Lambda::EventSourceMapping',
      Properties: {
        EventSourceArn: { 'Fn::GetAtt': ['Table', 'StreamArn'] },
        FunctionName: { Ref: 'Relay' },
        BatchSize: 25,
        StartingPosition: 'TRIM_HORIZON',
        MaximumRetryAttempts: 10,
        BisectBatchOnFunctionError: true,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['Dlq', 'Arn'] } } },
      },
    },
  },
});

describe('readWiring', () => {
  it('derives routes, queues, tables and both kinds of event source from the template', () => {
    const wiring = readWiring(template());
    expect(wiring.routes).toStrictEqual([
      { routeKey: 'GET /things/{id}', method: 'GET', path: '/things/{id}', functionLogicalId: 'GetThing', authorization: 'JWT', requiredScopes: [] },
    ]);
    expect(wiring.queues).toStrictEqual([
      { logicalId: 'Dlq', name: 'Dlq', attributes: { MessageRetentionPeriod: '1209600' } },
      { logicalId: 'Inbox', name: 'Inbox', attributes: { VisibilityTimeout: '60' }, redrive: { deadLetterLogicalId: 'Dlq', maxReceiveCount: 3 } },
    ]);
    expect(wiring.tables.map(({ logicalId, streamed }) => ({ logicalId, streamed }))).toStrictEqual([{ logicalId: 'Table', streamed: true }]);
    expect(wiring.queueMappings).toStrictEqual([
      { logicalId: 'QueueMapping', queueLogicalId: 'Inbox', functionLogicalId: 'Consume', batchSize: 10, maximumBatchingWindowSeconds: 0, reportBatchItemFailures: true, enabled: true },
    ]);
    expect(wiring.streamMappings).toStrictEqual([
      {
        logicalId: 'StreamMapping',
        tableLogicalId: 'Table',
        functionLogicalId: 'Relay',
        batchSize: 25,
        startingPosition: 'TRIM_HORIZON',
        reportBatchItemFailures: false,
        maximumRetryAttempts: 10,
        bisectBatchOnFunctionError: true,
        onFailureQueueLogicalId: 'Dlq',
        enabled: true,
      },
    ]);
    expect(wiring.functions.get('GetThing')).toStrictEqual({
      logicalId: 'GetThing',
      entry: 'services/x/src/handlers/get-thing.ts',
      handlerExport: 'handler',
      environment: { TABLE_NAME: { Ref: 'Table' } },
      timeoutSeconds: 10,
      memoryMb: 256,
    });
  });

  it('fails on a routed function that does not say where its source is', () => {
    const broken = template();
    delete broken.Resources.GetThing?.Metadata;
    expect(() => readWiring(broken)).toThrow(
      new UnsupportedWiringError('GetThing', 'it has no platform:entry metadata; define it with the ServiceFunction construct'),
    );
  });

  it('fails on an event source it cannot poll', () => {
    const broken = template();
    broken.Resources.QueueMapping = { Type: 'AWS::Lambda::EventSourceMapping', Properties: { EventSourceArn: 'arn:aws:kinesis:x', FunctionName: { Ref: 'Consume' } } };
    expect(() => readWiring(broken)).toThrow(
      new UnsupportedWiringError('QueueMapping', 'only SQS queues and DynamoDB streams of this stack are served as event sources'),
    );
  });

  it('fails on a route with the 1.0 payload format', () => {
    const broken = template();
    (broken.Resources.Integration?.Properties as Record<string, unknown>).PayloadFormatVersion = '1.0';
    expect(() => readWiring(broken)).toThrow(/uses payload format 1.0; only 2.0 is served/);
  });
});
