import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, GetQueueUrlCommand, SetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { EnvironmentError } from './errors.ts';
import type { PhysicalResources } from './wiring/intrinsics.ts';
import type { QueueWiring, TableWiring, Wiring } from './wiring/wiring.ts';

interface TableProperties {
  KeySchema: CreateTableCommandInput['KeySchema'];
  AttributeDefinitions: CreateTableCommandInput['AttributeDefinitions'];
  BillingMode?: string;
  ProvisionedThroughput?: CreateTableCommandInput['ProvisionedThroughput'];
  GlobalSecondaryIndexes?: GlobalSecondaryIndex[];
  LocalSecondaryIndexes?: CreateTableCommandInput['LocalSecondaryIndexes'];
  StreamSpecification?: { StreamViewType: 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY' };
  TimeToLiveSpecification?: { AttributeName: string; Enabled: boolean };
}

// DynamoDB Local rejects the deploy-only settings (PITR, SSE, contributor insights); keep
// what shapes the data: keys, indexes, streams.
const keepIndexShape = ({ IndexName, KeySchema, Projection, ProvisionedThroughput }: GlobalSecondaryIndex): GlobalSecondaryIndex => ({
  IndexName,
  KeySchema,
  Projection,
  ...(ProvisionedThroughput ? { ProvisionedThroughput } : {}),
});

const createTableInput = (table: TableWiring): CreateTableCommandInput => {
  const properties = table.properties as unknown as TableProperties;
  return {
    TableName: table.logicalId,
    KeySchema: properties.KeySchema,
    AttributeDefinitions: properties.AttributeDefinitions,
    BillingMode: properties.BillingMode === 'PROVISIONED' ? 'PROVISIONED' : 'PAY_PER_REQUEST',
    ...(properties.ProvisionedThroughput ? { ProvisionedThroughput: properties.ProvisionedThroughput } : {}),
    ...(properties.GlobalSecondaryIndexes ? { GlobalSecondaryIndexes: properties.GlobalSecondaryIndexes.map(keepIndexShape) } : {}),
    ...(properties.LocalSecondaryIndexes ? { LocalSecondaryIndexes: properties.LocalSecondaryIndexes } : {}),
    ...(properties.StreamSpecification
      ? { StreamSpecification: { StreamEnabled: true, StreamViewType: properties.StreamSpecification.StreamViewType } }
      : {}),
  };
};

const describe = async (dynamodb: DynamoDBClient, tableName: string) => {
  try {
    return (await dynamodb.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
};

/** Adds indexes that the app gained since the table was created in a kept `.local/` state. */
const addMissingIndexes = async (dynamodb: DynamoDBClient, input: CreateTableCommandInput, existing: Set<string>) => {
  for (const index of input.GlobalSecondaryIndexes ?? []) {
    if (existing.has(index.IndexName ?? '')) continue;
    await dynamodb.send(
      new UpdateTableCommand({
        TableName: input.TableName,
        AttributeDefinitions: input.AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
  }
};

const provisionTable = async (dynamodb: DynamoDBClient, table: TableWiring): Promise<{ arn: string; streamArn?: string }> => {
  const input = createTableInput(table);
  let description = await describe(dynamodb, table.logicalId);
  if (!description) {
    description = (await dynamodb.send(new CreateTableCommand(input))).TableDescription;
    const ttl = (table.properties as unknown as TableProperties).TimeToLiveSpecification;
    if (ttl?.Enabled) {
      await dynamodb.send(new UpdateTimeToLiveCommand({ TableName: table.logicalId, TimeToLiveSpecification: ttl }));
    }
  } else {
    const keysNow = JSON.stringify(description.KeySchema);
    if (keysNow !== JSON.stringify(input.KeySchema)) {
      throw new EnvironmentError(
        `Table ${table.logicalId} in .local/ has keys ${keysNow}, but the app now defines ${JSON.stringify(input.KeySchema)}. Run \`pnpm start --fresh\` to rebuild local state.`,
      );
    }
    await addMissingIndexes(dynamodb, input, new Set((description.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName ?? '')));
  }
  return { arn: description?.TableArn ?? '', ...(description?.LatestStreamArn ? { streamArn: description.LatestStreamArn } : {}) };
};

const queueUrlOf = async (sqs: SQSClient, name: string): Promise<string | undefined> => {
  try {
    return (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl;
  } catch (error) {
    if ((error as Error).name === 'QueueDoesNotExist' || (error as Error).name === 'AWS.SimpleQueueService.NonExistentQueue') return undefined;
    throw error;
  }
};

const provisionQueue = async (sqs: SQSClient, queue: QueueWiring, arnOf: (logicalId: string) => string) => {
  const attributes: Record<string, string> = { ...queue.attributes };
  if (queue.redrive) {
    attributes.RedrivePolicy = JSON.stringify({
      deadLetterTargetArn: arnOf(queue.redrive.deadLetterLogicalId),
      maxReceiveCount: queue.redrive.maxReceiveCount,
    });
  }
  let url = await queueUrlOf(sqs, queue.name);
  if (url) {
    const { FifoQueue: _immutable, ...changeable } = attributes;
    if (Object.keys(changeable).length > 0) await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: changeable }));
  } else {
    url = (await sqs.send(new CreateQueueCommand({ QueueName: queue.name, Attributes: attributes }))).QueueUrl;
  }
  if (!url) throw new Error(`the SQS emulator returned no URL for ${queue.name}`);
  const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes?.QueueArn;
  if (!arn) throw new Error(`the SQS emulator returned no ARN for ${queue.name}`);
  return { url, arn };
};

/** Dead-letter queues first, so every redrive policy can name an existing queue. */
const inRedriveOrder = (queues: QueueWiring[]): QueueWiring[] => [
  ...queues.filter((queue) => !queue.redrive),
  ...queues.filter((queue) => queue.redrive),
];

/**
 * Creates in the emulators every table and queue the wiring names (or brings kept ones up
 * to date) and returns what intrinsics resolve to: names, URLs and ARNs.
 *
 * @example
 * const physical = await provision(wiring, { dynamodb, sqs, region: 'eu-west-2', stackName: 'Platform-dev' });
 */
export const provision = async (
  wiring: Wiring,
  { dynamodb, sqs, region, stackName }: { dynamodb: DynamoDBClient; sqs: SQSClient; region: string; stackName: string },
): Promise<PhysicalResources> => {
  const accountId = '000000000000';
  const physical: PhysicalResources = { region, accountId, stackName, refs: new Map(), attributes: new Map() };
  for (const table of wiring.tables) {
    const { arn, streamArn } = await provisionTable(dynamodb, table);
    physical.refs.set(table.logicalId, table.logicalId);
    physical.attributes.set(`${table.logicalId}.Arn`, arn);
    if (streamArn) physical.attributes.set(`${table.logicalId}.StreamArn`, streamArn);
  }
  const arnOf = (logicalId: string) => {
    const arn = physical.attributes.get(`${logicalId}.Arn`);
    if (!arn) throw new Error(`queue ${logicalId} was not created before its dependants`);
    return arn;
  };
  for (const queue of inRedriveOrder(wiring.queues)) {
    const { url, arn } = await provisionQueue(sqs, queue, arnOf);
    physical.refs.set(queue.logicalId, url);
    physical.attributes.set(`${queue.logicalId}.Arn`, arn);
    physical.attributes.set(`${queue.logicalId}.QueueUrl`, url);
    physical.attributes.set(`${queue.logicalId}.QueueName`, queue.name);
  }
  for (const logicalId of wiring.functions.keys()) {
    physical.refs.set(logicalId, logicalId);
    physical.attributes.set(`${logicalId}.Arn`, `arn:aws:lambda:${region}:${accountId}:function:${logicalId}`);
  }
  return physical;
};
