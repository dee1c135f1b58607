import { describe, expect, it } from '@jest/globals';
import { dynamoDocumentClient, sqsClient } from './clients.ts';

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
});
