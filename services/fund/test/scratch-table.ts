import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import type { LocalCloudClient } from '@platform/testing';

/**
 * A table of its own in the local cloud's DynamoDB Local, shaped like the fund's (its key schema copied
 * from the deployed table, with its indexes), so that a test can assert exact totals while other tests levy into the real
 * fund. Delete it with `drop` when done.
 */
export const scratchFundTable = async (cloud: LocalCloudClient) => {
  const { Table } = await cloud.dynamodb.send(new DescribeTableCommand({ TableName: cloud.ref('FundStoreTable') }));
  const tableName = `fund-scratch-${randomUUID()}`;
  await cloud.dynamodb.send(
    new CreateTableCommand({
      TableName: tableName,
      KeySchema: Table?.KeySchema,
      AttributeDefinitions: Table?.AttributeDefinitions,
      BillingMode: 'PAY_PER_REQUEST',
      // Its indexes too: their key attributes are among the definitions, which DynamoDB refuses unused.
      ...(Table?.GlobalSecondaryIndexes === undefined
        ? {}
        : { GlobalSecondaryIndexes: Table.GlobalSecondaryIndexes.map(({ IndexName, KeySchema, Projection }) => ({ IndexName, KeySchema, Projection })) }),
    }),
  );
  return {
    tableName,
    dynamo: DynamoDBDocument.from(cloud.dynamodb, { marshallOptions: { removeUndefinedValues: true } }),
    drop: async () => {
      await cloud.dynamodb.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
};
