import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { readStackTemplate } from '@platform/local-cloud';
import { eventually, localCloud } from '@platform/testing';

const cloud = localCloud();

interface Template {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}
// The stack as deployed: the root template with its nested stacks' resources flattened into it.
const template = readStackTemplate(join(cloud.stateDir, 'cdk.out'), 'Platform-dev') as Template;
const logicalIdsOf = (type: string) => Object.entries(template.Resources).filter(([, resource]) => resource.Type === type).map(([id]) => id);

describe('the local cloud serves what the CDK app deploys', () => {
  it('serves every route of the synthesized template', async () => {
    const routeKeys = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::ApiGatewayV2::Route')
      .map((resource) => String(resource.Properties?.RouteKey));
    expect(routeKeys.length).toBeGreaterThan(0);
    expect([...cloud.served.routes].sort()).toStrictEqual([...routeKeys].sort());
    for (const routeKey of routeKeys) {
      const [method = 'GET', path = '/'] = routeKey.split(' ');
      const response = await cloud.request(method, path.replace(/\{[^}]+\}/g, 'probe'));
      // API Gateway's own "no such route" is a 404 with {"message":"Not Found"}; anything else means the route is served.
      expect({ routeKey, body: response.body }).not.toStrictEqual({ routeKey, body: { message: 'Not Found' } });
    }
  });

  it('creates every table, with its stream where the template asks for one', async () => {
    const tables = logicalIdsOf('AWS::DynamoDB::Table');
    expect([...cloud.served.tables].sort()).toStrictEqual([...tables].sort());
    for (const logicalId of tables) {
      const { Table } = await cloud.dynamodb.send(new DescribeTableCommand({ TableName: cloud.refs[logicalId] }));
      const wantsStream = template.Resources[logicalId]?.Properties?.StreamSpecification !== undefined;
      expect({ logicalId, status: Table?.TableStatus, streamed: Table?.StreamSpecification?.StreamEnabled === true }).toStrictEqual({
        logicalId,
        status: 'ACTIVE',
        streamed: wantsStream,
      });
    }
  });

  it('creates every queue, with the redrive policy to its dead-letter queue', async () => {
    const queues = logicalIdsOf('AWS::SQS::Queue');
    expect([...cloud.served.queues].sort()).toStrictEqual([...queues].sort());
    for (const logicalId of queues) {
      const redrive = template.Resources[logicalId]?.Properties?.RedrivePolicy as { maxReceiveCount: number; deadLetterTargetArn: { 'Fn::GetAtt': [string] } } | undefined;
      const { Attributes = {} } = await cloud.sqs.send(new GetQueueAttributesCommand({ QueueUrl: cloud.refs[logicalId], AttributeNames: ['All'] }));
      const actual = Attributes.RedrivePolicy ? (JSON.parse(Attributes.RedrivePolicy) as { maxReceiveCount: number | string; deadLetterTargetArn: string }) : undefined;
      expect({ logicalId, redrive: actual && { maxReceiveCount: Number(actual.maxReceiveCount), deadLetterTargetArn: actual.deadLetterTargetArn } }).toStrictEqual({
        logicalId,
        redrive: redrive && {
          maxReceiveCount: redrive.maxReceiveCount,
          deadLetterTargetArn: cloud.attributes[`${redrive.deadLetterTargetArn['Fn::GetAtt'][0]}.Arn`],
        },
      });
    }
  });

  it('polls every event source mapping', () => {
    expect([...cloud.served.eventSourceMappings].sort()).toStrictEqual(logicalIdsOf('AWS::Lambda::EventSourceMapping').sort());
  });

  it('schedules every EventBridge rule', () => {
    expect([...cloud.served.scheduleRules].sort()).toStrictEqual(logicalIdsOf('AWS::Events::Rule').sort());
  });
});

describe('GET /health', () => {
  it('answers without a token', async () => {
    const response = await cloud.request('GET', '/health');
    expect({ status: response.status, body: response.body }).toStrictEqual({ status: 200, body: { status: 'ok' } });
  });
});

describe('authentication at the gateway', () => {
  it('fails a protected route without a token: 401 problem+json', async () => {
    const response = await cloud.request('POST', '/health/pings', { body: { message: 'hello' } });
    expect({ status: response.status, contentType: response.contentType, body: response.body }).toStrictEqual({
      status: 401,
      contentType: 'application/problem+json',
      body: { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'This route needs an Authorization: Bearer <token> header.', instance: '/health/pings' },
    });
  });

  it('fails a token that is not signed by the issuer: 401', async () => {
    const forged = (await cloud.token('finance', 'fin-1')).replace(/\.[^.]+$/, '.c2lnbmF0dXJl');
    const response = await cloud.request('POST', '/health/pings', { token: forged, body: { message: 'hello' } });
    expect({ status: response.status, contentType: response.contentType }).toStrictEqual({ status: 401, contentType: 'application/problem+json' });
  });
});

describe('an event from one handler reaches another through a real queue', () => {
  it('records a ping over HTTP, relays its event from the outbox, and the consumer marks it received', async () => {
    const token = await cloud.token('hq-staff', 'staff-1');
    const recorded = await cloud.request('POST', '/health/pings', { token, body: { message: 'drumbeat' } });
    expect(recorded.status).toBe(202);
    const { pingId } = recorded.body as { pingId: string };
    const received = await eventually(
      async () => {
        const { body } = await cloud.request('GET', `/health/pings/${pingId}`, { token });
        return (body as { receivedAt?: string }).receivedAt ? body : undefined;
      },
      { what: `ping ${pingId} to be received` },
    );
    expect(received).toMatchObject({ pingId, message: 'drumbeat', recordedBy: 'staff-1' });
  });
});

describe('a poison message', () => {
  it('goes to the dead-letter queue with its reason, without holding up the valid message beside it', async () => {
    const inbound = cloud.ref('HealthInboxQueue');
    const deadLetters = cloud.ref('HealthInboxDeadLetterQueue');
    const token = await cloud.token('hq-staff', 'staff-2');
    const recorded = await cloud.request('POST', '/health/pings', { token, body: { message: 'beside poison' } });
    const { pingId } = recorded.body as { pingId: string };
    const unknownVersion = JSON.stringify({
      id: randomUUID(),
      type: 'health.ping-recorded',
      version: 99,
      occurredAt: new Date().toISOString(),
      source: 'health',
      correlationId: 'poison-test',
      data: {},
    });
    await cloud.sqs.send(new SendMessageCommand({ QueueUrl: inbound, MessageBody: unknownVersion }));
    const poison = await eventually(
      async () => {
        const { Messages = [] } = await cloud.sqs.send(
          new ReceiveMessageCommand({ QueueUrl: deadLetters, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'], WaitTimeSeconds: 1 }),
        );
        return Messages.find((message) => message.Body === unknownVersion);
      },
      { what: 'the poison message in the DLQ' },
    );
    expect(poison.MessageAttributes?.failureReason?.StringValue).toBe(
      'health.ping-recorded v99 is not an event this consumer handles (it handles health.ping-recorded v1)',
    );
    await eventually(
      async () => {
        const { body } = await cloud.request('GET', `/health/pings/${pingId}`, { token });
        return (body as { receivedAt?: string }).receivedAt;
      },
      { what: 'the valid ping to be received' },
    );
  });
});
