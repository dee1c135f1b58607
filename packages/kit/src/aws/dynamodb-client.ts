import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';

/**
 * The DynamoDB document client type {@link dynamoDocumentClient} returns. Services type their stores'
 * dependency with it so that they need not depend on the SDK themselves.
 *
 * @example
 * ```ts
 * const storeFor = (dynamo: DocumentClient, tableName: string) => new DynamoPingStore(dynamo, tableName);
 * ```
 */
export type DocumentClient = DynamoDBDocument;

let documentClient: DocumentClient | undefined;

/**
 * The container's DynamoDB document client, created on first use and reused by every later invocation.
 * It is the full `DynamoDBDocument` (a `DynamoDBDocumentClient` with a method per command, such as
 * `get` and `transactWrite`). `undefined` attributes are dropped rather than rejected.
 *
 * Region and endpoint come from the environment, read by the SDK itself: `AWS_REGION`, and
 * `AWS_ENDPOINT_URL_DYNAMODB` or `AWS_ENDPOINT_URL` (how the local cloud points functions at its
 * emulator). Nothing here reads them, so deployed functions use the real service.
 *
 * @example
 * ```ts
 * const dynamo = dynamoDocumentClient();
 * const { Item } = await dynamo.get({ TableName: tableName, Key: { pk: 'PING#1', sk: 'PING' } });
 * ```
 */
export const dynamoDocumentClient = (): DocumentClient =>
  (documentClient ??= DynamoDBDocument.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  }));
