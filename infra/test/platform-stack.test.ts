import { beforeAll, describe, expect, it } from '@jest/globals';
import { CfnElement } from 'aws-cdk-lib';
import type { App, NestedStack, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { createPlatformApp } from '../lib/platform-app.ts';
import type { PlatformStack } from '../lib/platform-stack.ts';

// Built once for the file, as `cdk synth` builds it (cdk.json's feature flags included) but with bundling
// skipped: esbuild per function would dominate the run.
let app: App;
let dev: PlatformStack;
let prod: PlatformStack;
/** The root stack of dev: the API and the inboxes. */
let template: Template;
/** The health service's nested stack of dev: its store, relay and functions. */
let health: NestedStack;
let healthTemplate: Template;
/** Dev's root template and each of its nested stacks' templates: every resource of the environment. */
let allTemplates: Template[];

beforeAll(() => {
  let stacks: PlatformStack[];
  ({ app, stacks } = createPlatformApp({ context: { 'aws:cdk:bundling-stacks': [] } }));
  dev = stacks[0]!;
  prod = stacks[1]!;
  // Synthesizes the whole app, which runs cdk-nag and throws on any unacknowledged finding.
  template = Template.fromStack(dev);
  health = dev.services.health;
  healthTemplate = Template.fromStack(health);
  allTemplates = [template, ...Object.values(dev.services).map((nested) => Template.fromStack(nested))];
});

/** The logical id of the CloudFormation resource behind a construct path, e.g. `HealthInbox/Queue`. */
const idOf = (stack: Stack, path: string): string => {
  let construct: IConstruct = path.split('/').reduce<IConstruct>((scope, id) => scope.node.findChild(id), stack);
  while (!(construct instanceof CfnElement)) {
    const child = construct.node.defaultChild;
    if (child === undefined) throw new Error(`${construct.node.path} has no default child`);
    construct = child;
  }
  return stack.getLogicalId(construct);
};
/** References within the root stack (the API, the inboxes). */
const ref = (path: string) => ({ Ref: idOf(dev, path) });
const arn = (path: string) => ({ 'Fn::GetAtt': [idOf(dev, path), 'Arn'] });
/** References within the health service's nested stack (paths relative to it, e.g. `Health/GetPing`). */
const healthRef = (path: string) => ({ Ref: idOf(health, path) });
const healthArn = (path: string) => ({ 'Fn::GetAtt': [idOf(health, path), 'Arn'] });

const nestedStackResource = (nested: NestedStack) => {
  const logicalId = dev.getLogicalId(nested.nestedStackResource as CfnElement);
  const resource = (template.toJSON()['Resources'] as Record<string, { Properties: { Parameters: Record<string, unknown> } }>)[logicalId]!;
  return { logicalId, parameters: resource.Properties.Parameters };
};
/**
 * How `nested` refers to `value` of the root stack: a Ref to the one nested-stack parameter that the root
 * passes exactly `value` (e.g. `arn('HealthInbox/Queue')`).
 */
const passedTo = (nested: NestedStack, value: unknown): { Ref: string } => {
  const names = Object.entries(nestedStackResource(nested).parameters)
    .filter(([, passed]) => JSON.stringify(passed) === JSON.stringify(value))
    .map(([name]) => name);
  expect({ value, parameters: names.length }).toStrictEqual({ value, parameters: 1 });
  return { Ref: names[0]! };
};
/** How the root refers to `value` of `nested`: the one output of the nested stack whose value is exactly `value`. */
const outputOf = (nested: NestedStack, value: unknown): { 'Fn::GetAtt': [string, string] } => {
  const outputs = Template.fromStack(nested).toJSON()['Outputs'] as Record<string, { Value: unknown }>;
  const names = Object.entries(outputs)
    .filter(([, output]) => JSON.stringify(output.Value) === JSON.stringify(value))
    .map(([name]) => name);
  expect({ value, outputs: names.length }).toStrictEqual({ value, outputs: 1 });
  return { 'Fn::GetAtt': [nestedStackResource(nested).logicalId, `Outputs.${names[0]!}`] };
};

type Resource = { Properties: Record<string, unknown>; Metadata?: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
const statementsOf = (policy: Resource): Statement[] =>
  (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement;
const actionsOf = (statement: Statement): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];
/** The statements of the policies attached to the role of the health function at `path`. */
const grantsOf = (path: string): Statement[] =>
  Object.values(healthTemplate.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .filter((policy) => JSON.stringify(policy.Properties['Roles']) === JSON.stringify([healthRef(`${path}/Role`)]))
    .flatMap(statementsOf);
/** The resources of `type` in every template of dev, root and nested, by logical id. */
const allResourcesOf = (type: string): Record<string, Resource> =>
  Object.assign({}, ...allTemplates.map((each) => each.findResources(type))) as Record<string, Resource>;

describe('PlatformStack', () => {
  it('passes every AWS Solutions rule of cdk-nag in both stages, with findings acknowledged only where explained', () => {
    // Act
    const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(app);
    // Assess
    expect(report).toStrictEqual({ success: true, violations: [] });
  });

  it('routes each health key to its handler, with a JWT authorizer on all but GET /health and GET /openapi.json', () => {
    // Prepare: the health service's routes (each other service's construct test covers its own)
    const routes = Object.fromEntries(
      Object.entries(template.findResources('AWS::ApiGatewayV2::Route') as Record<string, Resource>).filter(([, route]) =>
        /^\w+ \/(health|openapi\.json)/.test(String(route.Properties['RouteKey'])),
      ),
    );
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration') as Record<string, Resource>;
    const authorizer = { Ref: idOf(dev, 'Api/HttpApi/CognitoAuthorizer') };
    // Act
    const table = Object.fromEntries(
      Object.values(routes).map(({ Properties: route }) => {
        const target = route['Target'] as { 'Fn::Join': [string, [string, { Ref: string }]] };
        const integration = integrations[target['Fn::Join'][1][1].Ref]!.Properties;
        return [
          route['RouteKey'],
          {
            auth: route['AuthorizationType'],
            authorizer: route['AuthorizerId'],
            handler: integration['IntegrationUri'],
            payload: integration['PayloadFormatVersion'],
          },
        ];
      }),
    );
    // Assess
    expect(table).toStrictEqual({
      'GET /health': { auth: 'NONE', authorizer: undefined, handler: outputOf(health, healthArn('Health/GetHealth')), payload: '2.0' },
      'GET /openapi.json': { auth: 'NONE', authorizer: undefined, handler: outputOf(health, healthArn('Health/GetOpenApiDocument')), payload: '2.0' },
      'POST /health/pings': { auth: 'JWT', authorizer, handler: outputOf(health, healthArn('Health/RecordPing')), payload: '2.0' },
      'GET /health/pings/{pingId}': { auth: 'JWT', authorizer, handler: outputOf(health, healthArn('Health/GetPing')), payload: '2.0' },
    });
  });

  it("accepts only access tokens of the platform user pool's own client and the console's", () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [ref('Api/UserPool/Client'), ref('Api/UserPool/ConsoleClient')],
        Issuer: {
          'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', ref('Api/UserPool')]],
        },
      },
    });
  });

  it('logs each request of the default stage as JSON with its id, route and status, and throttles it', () => {
    // Prepare
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage') as Record<string, Resource>);
    const settings = stage[0]!.Properties;
    // Assess
    expect(stage).toHaveLength(1);
    expect(settings['StageName']).toBe('$default');
    expect(settings['DefaultRouteSettings']).toStrictEqual({ ThrottlingBurstLimit: 40, ThrottlingRateLimit: 20 });
    const accessLogs = settings['AccessLogSettings'] as { DestinationArn: unknown; Format: string };
    expect(accessLogs.DestinationArn).toStrictEqual(arn('Api/AccessLogs'));
    expect(JSON.parse(accessLogs.Format)).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
  });

  it('requires authenticator-app MFA, a strong password and threat protection from the user pool, with the three groups', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup') as Record<string, Resource>);
    expect(groups.map((group) => group.Properties['GroupName']).sort()).toStrictEqual(['candidate', 'finance', 'hq-staff']);
  });

  it('runs every function on Node.js 24, ARM and X-Ray, logging to its own group, and records its source for the local cloud', () => {
    // Prepare
    const functions = allResourcesOf('AWS::Lambda::Function');
    const healthFunctions = healthTemplate.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    const expected = (path: string, entry: string) => [
      idOf(health, path),
      {
        runtime: 'nodejs24.x',
        architectures: ['arm64'],
        tracing: { Mode: 'Active' },
        logGroup: healthRef(`${path}/LogGroup`),
        entry,
        handler: 'handler',
      },
    ];
    // Act
    const summary = (all: Record<string, Resource>) => Object.fromEntries(
      Object.entries(all).map(([id, { Properties: fn, Metadata: metadata }]) => [
        id,
        {
          runtime: fn['Runtime'],
          architectures: fn['Architectures'],
          tracing: fn['TracingConfig'],
          logGroup: (fn['LoggingConfig'] as { LogGroup: unknown }).LogGroup,
          entry: metadata?.['platform:entry'],
          handler: metadata?.['platform:handler'],
        },
      ]),
    );
    const actual = summary(functions);
    // Assess: every function of the app has the platform's defaults and names its source
    expect(Object.keys(actual).length).toBeGreaterThan(0);
    for (const fn of Object.values(actual)) {
      expect(fn).toMatchObject({ runtime: 'nodejs24.x', architectures: ['arm64'], tracing: { Mode: 'Active' }, handler: 'handler' });
      expect(fn.entry).toMatch(/^(services|packages)\/.+\.ts$/);
    }
    expect(summary(healthFunctions)).toStrictEqual(
      Object.fromEntries([
        expected('Health/GetHealth', 'services/health/src/handlers/get-health.ts'),
        expected('Health/GetOpenApiDocument', 'services/health/src/handlers/get-openapi-document.ts'),
        expected('Health/RecordPing', 'services/health/src/handlers/record-ping.ts'),
        expected('Health/GetPing', 'services/health/src/handlers/get-ping.ts'),
        expected('Health/PingRecordedConsumer', 'services/health/src/handlers/ping-recorded-consumer.ts'),
        expected('HealthOutboxRelay/Function', 'packages/kit/src/outbox/relay-handler.ts'),
      ]),
    );
  });

  it('passes each health function the tables and queue it uses, and nothing else', () => {
    // Prepare
    const functions = healthTemplate.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    const environment = (path: string) =>
      (functions[idOf(health, path)]!.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
    const base = { POWERTOOLS_SERVICE_NAME: 'health', POWERTOOLS_LOG_LEVEL: 'DEBUG', PLATFORM_STAGE: 'dev' };
    // Assess
    expect(environment('Health/GetHealth')).toStrictEqual(base);
    expect(environment('Health/RecordPing')).toStrictEqual({
      ...base,
      TABLE_NAME: healthRef('HealthStore/Table'),
      OUTBOX_TABLE_NAME: healthRef('HealthStore/Outbox'),
    });
    expect(environment('Health/GetPing')).toStrictEqual({ ...base, TABLE_NAME: healthRef('HealthStore/Table') });
    expect(environment('Health/PingRecordedConsumer')).toStrictEqual({
      ...base,
      TABLE_NAME: healthRef('HealthStore/Table'),
      DEAD_LETTER_QUEUE_URL: passedTo(health, ref('HealthInbox/DeadLetterQueue')),
    });
  });

  it('grants each health function the narrowest table access: GetPing reads, RecordPing writes the outbox', () => {
    // Prepare
    const tableActions = (path: string, table: string) =>
      grantsOf(path)
        .filter((statement) => JSON.stringify(statement.Resource) === JSON.stringify(healthArn(table)))
        .flatMap(actionsOf)
        .sort();
    // Assess
    expect(tableActions('Health/GetPing', 'HealthStore/Table')).not.toContain('dynamodb:PutItem');
    expect(tableActions('Health/GetPing', 'HealthStore/Table')).toContain('dynamodb:GetItem');
    expect(tableActions('Health/GetHealth', 'HealthStore/Table')).toStrictEqual([]);
    expect(tableActions('Health/RecordPing', 'HealthStore/Outbox')).toStrictEqual([
      'dynamodb:BatchWriteItem',
      'dynamodb:DeleteItem',
      'dynamodb:DescribeTable',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    expect(tableActions('Health/RecordPing', 'HealthStore/Table')).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query']),
    );
  });

  it('feeds the health inbox to its consumer in batches of 10 with partial batch failures', () => {
    healthTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: passedTo(health, arn('HealthInbox/Queue')),
      FunctionName: healthRef('Health/PingRecordedConsumer'),
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('moves a message to the inbox dead-letter queue after 3 receives, and hides it for 6 consumer timeouts', () => {
    // Prepare
    const queues = template.findResources('AWS::SQS::Queue') as Record<string, Resource>;
    const functions = healthTemplate.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    // Assess
    expect(functions[idOf(health, 'Health/PingRecordedConsumer')]!.Properties['Timeout']).toBe(30);
    expect(queues[idOf(dev, 'HealthInbox/Queue')]!.Properties).toStrictEqual({
      RedrivePolicy: { deadLetterTargetArn: arn('HealthInbox/DeadLetterQueue'), maxReceiveCount: 3 },
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 180,
    });
    expect(queues[idOf(dev, 'HealthInbox/DeadLetterQueue')]!.Properties).toStrictEqual({
      MessageRetentionPeriod: 1_209_600,
      SqsManagedSseEnabled: true,
    });
  });

  it('lets the consumer send poison messages to its own dead-letter queue only', () => {
    // Act
    const sends = grantsOf('Health/PingRecordedConsumer').filter((statement) =>
      actionsOf(statement).includes('sqs:SendMessage'),
    );
    // Assess
    expect(sends.map((statement) => statement.Resource)).toStrictEqual([passedTo(health, arn('HealthInbox/DeadLetterQueue'))]);
  });

  it('denies every queue any request without TLS, with SQS-managed encryption', () => {
    // Prepare: every queue of every template (inboxes in the root, relay dead-letter queues nested), each with
    // its policy in its own template
    const queues = allResourcesOf('AWS::SQS::Queue');
    const policies = Object.values(allResourcesOf('AWS::SQS::QueuePolicy'));
    // Act
    const sslOnly = policies
      .filter((policy) =>
        statementsOf(policy).some(
          (statement) =>
            statement.Effect === 'Deny' &&
            statement.Action === 'sqs:*' &&
            JSON.stringify(statement).includes('"aws:SecureTransport":"false"'),
        ),
      )
      .flatMap((policy) => (policy.Properties['Queues'] as { Ref: string }[]).map((queue) => queue.Ref));
    // Assess
    expect(Object.keys(queues).length).toBeGreaterThan(0);
    expect(sslOnly.sort()).toStrictEqual(Object.keys(queues).sort());
    expect(Object.values(queues).map((queue) => queue.Properties['SqsManagedSseEnabled'])).toStrictEqual(Object.keys(queues).map(() => true));
  });

  it('keeps every table with PITR, SSE and TTL, and the health data in a pk/sk table and its outbox in an id table', () => {
    // Prepare
    const common = {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    };
    const allTables = allResourcesOf('AWS::DynamoDB::Table');
    const tables = healthTemplate.findResources('AWS::DynamoDB::Table') as Record<string, Resource>;
    // Assess: every table of the app has PITR, SSE and TTL; the health pair has the shared layout
    expect(Object.keys(allTables).length).toBeGreaterThan(0);
    for (const table of Object.values(allTables)) expect(table.Properties).toMatchObject(common);
    expect(Object.keys(tables).sort()).toStrictEqual([idOf(health, 'HealthStore/Table'), idOf(health, 'HealthStore/Outbox')].sort());
    expect(tables[idOf(health, 'HealthStore/Table')]!.Properties).toMatchObject({
      ...common,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    });
    expect(tables[idOf(health, 'HealthStore/Table')]!.Properties['StreamSpecification']).toBeUndefined();
    expect(tables[idOf(health, 'HealthStore/Outbox')]!.Properties).toMatchObject({
      ...common,
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
    });
  });

  it('relays the outbox stream from the oldest record, 25 at a time, bisecting and retrying before its dead-letter queue', () => {
    healthTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [idOf(health, 'HealthStore/Outbox'), 'StreamArn'] },
      FunctionName: healthRef('HealthOutboxRelay/Function'),
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 25,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: healthArn('HealthOutboxRelay/DeadLetterQueue') } },
    });
  });

  it('routes health.ping-recorded to the health inbox, and lets the relay send there and to its dead-letter queue only', () => {
    // Prepare
    const relay = healthTemplate.findResources('AWS::Lambda::Function')[idOf(health, 'HealthOutboxRelay/Function')] as Resource;
    const variables = (relay.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
    // Act
    const sends = grantsOf('HealthOutboxRelay/Function').filter((statement) =>
      actionsOf(statement).includes('sqs:SendMessage'),
    );
    const streamReads = grantsOf('HealthOutboxRelay/Function').filter((statement) =>
      actionsOf(statement).includes('dynamodb:GetRecords'),
    );
    // Assess
    expect(variables['EVENT_ROUTES']).toStrictEqual({
      'Fn::Join': ['', ['{"health.ping-recorded":["', passedTo(health, ref('HealthInbox/Queue')), '"]}']],
    });
    expect(sends.flatMap((statement) => statement.Resource as unknown[])).toEqual(
      expect.arrayContaining([passedTo(health, arn('HealthInbox/Queue')), healthArn('HealthOutboxRelay/DeadLetterQueue')]),
    );
    expect(sends.flatMap((statement) => statement.Resource as unknown[])).toHaveLength(2);
    expect(streamReads.map((statement) => statement.Resource)).toStrictEqual([
      { 'Fn::GetAtt': [idOf(health, 'HealthStore/Outbox'), 'StreamArn'] },
    ]);
  });

  it("keeps each environment's root stack and each of its nested stacks within CloudFormation's limit of 500 resources", () => {
    for (const root of [dev, prod]) {
      const services = Object.values(root.services);
      expect(services).toHaveLength(4);
      for (const stack of [root, ...services, root.console.hosting, root.console.deployment]) {
        const count = Object.keys(Template.fromStack(stack).toJSON()['Resources'] as object).length;
        expect({ stack: stack.node.path, withinLimit: count <= 500 }).toStrictEqual({ stack: stack.node.path, withinLimit: true });
      }
    }
  });

  it("keeps the API and the inboxes in the root stack, and each service's store, relay and functions in a nested stack of its own", () => {
    // Prepare
    const count = (each: Template, type: string) => Object.keys(each.findResources(type)).length;
    const layout = (each: Template) => ({
      nestedStacks: count(each, 'AWS::CloudFormation::Stack'),
      apis: count(each, 'AWS::ApiGatewayV2::Api'),
      userPools: count(each, 'AWS::Cognito::UserPool'),
      routes: count(each, 'AWS::ApiGatewayV2::Route') > 0,
      queues: count(each, 'AWS::SQS::Queue'),
      tables: count(each, 'AWS::DynamoDB::Table'),
      functions: count(each, 'AWS::Lambda::Function') > 0,
    });
    // Assess: four inboxes of two queues each in the root, with a nested stack per service and two for the
    // console; per service its table and outbox, its relay's dead-letter queue and its functions
    expect(layout(template)).toStrictEqual({ nestedStacks: 6, apis: 1, userPools: 1, routes: true, queues: 8, tables: 0, functions: false });
    for (const nested of Object.values(dev.services)) {
      expect({ stack: nested.node.path, ...layout(Template.fromStack(nested)) }).toStrictEqual({
        stack: nested.node.path,
        nestedStacks: 0,
        apis: 0,
        userPools: 0,
        routes: false,
        queues: 1,
        tables: 2,
        functions: true,
      });
    }
  });

  it('grants no wildcard action, and `*` resources only for the X-Ray actions that take no resource and the indexes of a granted table', () => {
    // Prepare
    const roles = Object.values(allResourcesOf('AWS::IAM::Role'));
    const inlineStatements = roles.flatMap((role) =>
      ((role.Properties['Policies'] as { PolicyDocument: { Statement: Statement[] } }[] | undefined) ?? []).flatMap(
        (policy) => policy.PolicyDocument.Statement,
      ),
    );
    const statements = [
      ...Object.values(allResourcesOf('AWS::IAM::Policy')).flatMap(statementsOf),
      ...inlineStatements,
    ];
    // Act
    const wildcardActions = statements.flatMap(actionsOf).filter((action) => action.includes('*'));
    // A table's grant also covers that one table's indexes, as `<table arn>/index/*`: no other table's.
    const anyResource = statements.filter((statement) => JSON.stringify(statement.Resource).replaceAll('"/index/*"', '').includes('*'));
    // Assess
    expect(wildcardActions).toStrictEqual([]);
    expect(new Set(anyResource.map((statement) => actionsOf(statement).sort().join(' ')))).toStrictEqual(
      new Set(['xray:PutTelemetryRecords xray:PutTraceSegments']),
    );
    expect(roles.map((role) => role.Properties['ManagedPolicyArns'])).toStrictEqual(roles.map(() => undefined));
  });

  it('retains and protects the prod tables and user pool, and enforces threat protection there', () => {
    // Prepare
    const prodTemplate = Template.fromStack(prod);
    // Assess: the tables are in the services' nested stacks, each of which has some
    for (const nested of Object.values(prod.services)) {
      Template.fromStack(nested).allResources('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      });
    }
    prodTemplate.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE', UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' } }),
    });
    for (const nested of Object.values(dev.services)) Template.fromStack(nested).allResources('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
  });
});
