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

  it('reads the reserved concurrency of a function, and the maximum concurrency of an SQS event source', () => {
    // GIVEN the consumer reserves 4 environments and its mapping allows 3 concurrent batches
    const reserved = template();
    const consume = reserved.Resources['Consume'] as { Properties: Record<string, unknown> };
    consume.Properties['ReservedConcurrentExecutions'] = 4;
    const mapping = reserved.Resources['QueueMapping'] as { Properties: Record<string, unknown> };
    mapping.Properties['ScalingConfig'] = { MaximumConcurrency: 3 };
    // WHEN the wiring is read
    const wiring = readWiring(reserved);
    // THEN both limits are kept, and a function reserving none has none
    expect(wiring.functions.get('Consume')?.reservedConcurrency).toBe(4);
    expect(wiring.functions.get('GetThing')?.reservedConcurrency).toBeUndefined();
    expect(wiring.queueMappings.map(({ logicalId, maximumConcurrency }) => ({ logicalId, maximumConcurrency }))).toStrictEqual([{ logicalId: 'QueueMapping', maximumConcurrency: 3 }]);
  });

  it('reads a scheduled rule and its function target, with the retry policy and any constant input', () => {
    // Prepare
    const withRule = template();
    withRule.Resources['Nightly'] = {
      Type: 'AWS::Events::Rule',
      Properties: {
        ScheduleExpression: 'cron(30 2 * * ? *)',
        Description: 'nightly',
        State: 'ENABLED',
        Targets: [
          { Arn: { 'Fn::GetAtt': ['Sweep', 'Arn'] }, Id: 'Target0', RetryPolicy: { MaximumRetryAttempts: 2 } },
          { Arn: { 'Fn::GetAtt': ['Sweep', 'Arn'] }, Id: 'Target1', Input: '{"dryRun":true}' },
        ],
      },
    };
    withRule.Resources['Sweep'] = fn('services/x/src/handlers/sweep.ts');
    // Act
    const wiring = readWiring(withRule);
    // Assess
    expect(wiring.scheduleRules).toStrictEqual([
      {
        logicalId: 'Nightly',
        scheduleExpression: 'cron(30 2 * * ? *)',
        description: 'nightly',
        enabled: true,
        targets: [
          { id: 'Target0', functionLogicalId: 'Sweep', input: undefined, maximumRetryAttempts: 2 },
          { id: 'Target1', functionLogicalId: 'Sweep', input: { dryRun: true }, maximumRetryAttempts: 185 },
        ],
      },
    ]);
    expect(wiring.functions.get('Sweep')?.entry).toBe('services/x/src/handlers/sweep.ts');
  });

  it.each([
    [{ EventPattern: { source: ['aws.s3'] }, Targets: [] }, 'the local cloud cannot serve Rule: only scheduled EventBridge rules (a ScheduleExpression, no EventPattern) are served locally'],
    [{ ScheduleExpression: 'cron(0 0 L * ? *)', Targets: [] }, "the local cloud cannot serve Rule: the cron day-of-month field 'L' uses L, W or #, which the local scheduler does not run"],
    [
      { ScheduleExpression: 'rate(1 hour)', Targets: [{ Arn: { 'Fn::GetAtt': ['Inbox', 'Arn'] }, Id: 'Target0' }] },
      'the local cloud cannot serve Rule: target Target0 is not a Lambda function of this stack; only function targets are served locally',
    ],
  ])('fails on a rule it cannot run as EventBridge would: %j', (properties, message) => {
    const withRule = template();
    withRule.Resources['Rule'] = { Type: 'AWS::Events::Rule', Properties: properties };
    expect(() => readWiring(withRule)).toThrow(new UnsupportedWiringError('Rule', message.replace('the local cloud cannot serve Rule: ', '')));
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

  it('reads the HTTP API CORS policy, keeping the console distribution origin as the template writes it', () => {
    // Prepare: the API's CorsConfiguration as the CDK app synthesizes it, nested stacks flattened
    const withCors = template();
    const consoleOrigin = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': ['ConsoleDistribution', 'DomainName'] }]] };
    withCors.Resources.HttpApi = {
      Type: 'AWS::ApiGatewayV2::Api',
      Properties: {
        ProtocolType: 'HTTP',
        CorsConfiguration: {
          AllowCredentials: false,
          AllowHeaders: ['authorization', 'content-type', 'x-correlation-id'],
          AllowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
          AllowOrigins: [consoleOrigin, 'https://console.example.org'],
          ExposeHeaders: ['x-correlation-id', 'location'],
          MaxAge: 3600,
        },
      },
    };
    // Act
    const { cors } = readWiring(withCors);
    // Assess
    expect(cors).toStrictEqual({
      apiLogicalId: 'HttpApi',
      allowOrigins: ['https://console.example.org'],
      deployTimeOrigins: [consoleOrigin],
      allowHeaders: ['authorization', 'content-type', 'x-correlation-id'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      exposeHeaders: ['x-correlation-id', 'location'],
      allowCredentials: false,
      maxAgeSeconds: 3600,
    });
  });

  it('has no CORS policy when the API declares none', () => {
    const withoutCors = template();
    withoutCors.Resources.HttpApi = { Type: 'AWS::ApiGatewayV2::Api', Properties: { ProtocolType: 'HTTP' } };
    expect(readWiring(withoutCors).cors).toBeUndefined();
  });

  it('fails on two APIs with CORS policies, as the local gateway serves one', () => {
    const twoApis = template();
    const api = { Type: 'AWS::ApiGatewayV2::Api', Properties: { ProtocolType: 'HTTP', CorsConfiguration: { AllowOrigins: ['https://a.example'] } } };
    twoApis.Resources.FirstApi = api;
    twoApis.Resources.SecondApi = api;
    expect(() => readWiring(twoApis)).toThrow(
      new UnsupportedWiringError('FirstApi, SecondApi', 'the local gateway serves one HTTP API, so one CORS policy'),
    );
  });

  it('passes over the web console hosting and sign-in resources, which have no local counterpart', () => {
    // Prepare: the resource types the console's hosting, deployment and sign-in add to the template,
    // BucketDeployment's Python handler (no platform:entry metadata) included
    const withConsole = template();
    const hostingTypes = {
      ConsoleBucket: 'AWS::S3::Bucket',
      ConsoleBucketPolicy: 'AWS::S3::BucketPolicy',
      ConsoleBucketAutoDelete: 'Custom::S3AutoDeleteObjects',
      ConsoleRouteRewrite: 'AWS::CloudFront::Function',
      ConsoleSecurityHeaders: 'AWS::CloudFront::ResponseHeadersPolicy',
      ConsoleCachePolicy: 'AWS::CloudFront::CachePolicy',
      ConsoleOriginAccessControl: 'AWS::CloudFront::OriginAccessControl',
      ConsoleDistribution: 'AWS::CloudFront::Distribution',
      ConsoleAssets: 'Custom::CDKBucketDeployment',
      ConsoleAwsCliLayer: 'AWS::Lambda::LayerVersion',
      ConsoleClient: 'AWS::Cognito::UserPoolClient',
      ConsoleDomain: 'AWS::Cognito::UserPoolDomain',
      ConsoleBranding: 'AWS::Cognito::ManagedLoginBranding',
    };
    for (const [logicalId, type] of Object.entries(hostingTypes)) withConsole.Resources[logicalId] = { Type: type, Properties: {} };
    withConsole.Resources.BucketDeploymentHandler = { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'python3.13', Handler: 'index.handler' } };
    // Act
    const wiring = readWiring(withConsole);
    // Assess: exactly what the template without them wires
    expect(wiring).toStrictEqual(readWiring(template()));
  });

  it('fails on a route with the 1.0 payload format', () => {
    const broken = template();
    (broken.Resources.Integration?.Properties as Record<string, unknown>).PayloadFormatVersion = '1.0';
    expect(() => readWiring(broken)).toThrow(/uses payload format 1.0; only 2.0 is served/);
  });
});
