import { describe, expect, it } from '@jest/globals';
import { dynamoDocumentClient } from './dynamodb-client.ts';
import { sqsClient } from './sqs-client.ts';

describe('dynamoDocumentClient', () => {
  it('is created once per container', () => {
    expect(dynamoDocumentClient()).toBe(dynamoDocumentClient());
  });

  it('drops undefined attributes rather than rejecting the item', () => {
    expect(dynamoDocumentClient().config.translateConfig?.marshallOptions).toStrictEqual({ removeUndefinedValues: true });
  });
});

describe('sqsClient', () => {
  it('is created once per container', () => {
    expect(sqsClient()).toBe(sqsClient());
  });

  it('sends to its endpoint, not to the host of a queue URL', () => {
    expect(sqsClient().config.useQueueUrlAsEndpoint).toBe(false);
  });
});
