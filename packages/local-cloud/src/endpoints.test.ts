import { describe, expect, it } from '@jest/globals';
import { externalEndpoints } from './endpoints.ts';

describe('externalEndpoints', () => {
  it('starts every emulator when no endpoint is set', () => {
    expect(externalEndpoints({})).toStrictEqual({ dynamodb: undefined, dynamodbStreams: undefined, sqs: undefined });
  });

  it('sends every service to AWS_ENDPOINT_URL, as LocalStack wants', () => {
    expect(externalEndpoints({ AWS_ENDPOINT_URL: 'http://localhost:4566' })).toStrictEqual({
      dynamodb: 'http://localhost:4566',
      dynamodbStreams: 'http://localhost:4566',
      sqs: 'http://localhost:4566',
    });
  });

  it('lets a per-service variable replace one emulator and keep the other', () => {
    expect(externalEndpoints({ AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8000' })).toStrictEqual({
      dynamodb: 'http://127.0.0.1:8000',
      dynamodbStreams: 'http://127.0.0.1:8000',
      sqs: undefined,
    });
  });
});
