import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * A new empty table shaped like `like` (its key schema and its indexes, whose key attributes are among the
 * definitions, which DynamoDB refuses unused), named `<prefix>-<random>`: a test's or bench's own, next to the
 * data other suites share. Answers its name.
 *
 * @example
 * const tableName = await tableLike(cloud.dynamodb, cloud.ref('FundStoreTable'), 'fund-scratch');
 */
export const tableLike = async (dynamodb: DynamoDBClient, like: string, prefix: string): Promise<string> => {
  const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: like }));
  if (Table === undefined) throw new Error(`no table ${like} to copy`);
  const tableName = `${prefix}-${randomUUID()}`;
  await dynamodb.send(
    new CreateTableCommand({
      TableName: tableName,
      KeySchema: Table.KeySchema,
      AttributeDefinitions: Table.AttributeDefinitions,
      BillingMode: 'PAY_PER_REQUEST',
      ...(Table.GlobalSecondaryIndexes?.length
        ? { GlobalSecondaryIndexes: Table.GlobalSecondaryIndexes.map(({ IndexName, KeySchema, Projection }) => ({ IndexName, KeySchema, Projection })) }
        : {}),
    }),
  );
  return tableName;
};
