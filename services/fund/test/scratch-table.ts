import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import { tableLike, type LocalCloudClient } from '@platform/testing';

/**
 * A table of its own in the local cloud's DynamoDB Local, shaped like the fund's (its key schema copied
 * from the deployed table, with its indexes), so that a test can assert exact totals while other tests levy into the real
 * fund. Delete it with `drop` when done.
 */
export const scratchFundTable = async (cloud: LocalCloudClient) => {
  const tableName = await tableLike(cloud.dynamodb, cloud.ref('FundStoreTable'), 'fund-scratch');
  return {
    tableName,
    dynamo: DynamoDBDocument.from(cloud.dynamodb, { marshallOptions: { removeUndefinedValues: true } }),
    drop: async () => {
      await cloud.dynamodb.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
};
