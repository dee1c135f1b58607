import { describe, expect, it } from '@jest/globals';
import { resolveIntrinsics, UnresolvableIntrinsicError, type PhysicalResources } from './intrinsics.ts';
import type { CfnTemplate } from './template.ts';

const template: CfnTemplate = {
  Resources: {
    Table: { Type: 'AWS::DynamoDB::Table' },
    Queue: { Type: 'AWS::SQS::Queue' },
    Pool: { Type: 'AWS::Cognito::UserPool' },
  },
};
const physical: PhysicalResources = {
  region: 'eu-west-2',
  accountId: '000000000000',
  stackName: 'Platform-dev',
  refs: new Map([
    ['Table', 'Table'],
    ['Queue', 'http://127.0.0.1:4566/000000000000/Queue'],
  ]),
  attributes: new Map([['Queue.Arn', 'arn:aws:sqs:eu-west-2:000000000000:Queue']]),
};

describe('resolveIntrinsics', () => {
  it('resolves refs, attributes and joins inside an environment', () => {
    const environment = {
      TABLE_NAME: { Ref: 'Table' },
      ROUTES: { 'Fn::Join': ['', ['{"a":["', { Ref: 'Queue' }, '"]}']] },
      QUEUE_ARN: { 'Fn::GetAtt': ['Queue', 'Arn'] },
      REGION: { 'Fn::Sub': '${AWS::Region}-${Table}' },
      PLAIN: 'x',
    };
    expect(resolveIntrinsics(environment, template, physical)).toStrictEqual({
      TABLE_NAME: 'Table',
      ROUTES: '{"a":["http://127.0.0.1:4566/000000000000/Queue"]}',
      QUEUE_ARN: 'arn:aws:sqs:eu-west-2:000000000000:Queue',
      REGION: 'eu-west-2-Table',
      PLAIN: 'x',
    });
  });

  it('gives a readable placeholder for a resource the local cloud does not run', () => {
    expect(resolveIntrinsics({ Ref: 'Pool' }, template, physical)).toBe('local-placeholder:Pool');
  });

  it('fails on a reference to nothing in the template', () => {
    expect(() => resolveIntrinsics({ Ref: 'Missing' }, template, physical)).toThrow(
      new UnresolvableIntrinsicError({ Ref: 'Missing' }, 'no resource or parameter Missing'),
    );
  });

  it('fails on an intrinsic it cannot evaluate locally', () => {
    expect(() => resolveIntrinsics({ 'Fn::ImportValue': 'Shared' }, template, physical)).toThrow(UnresolvableIntrinsicError);
  });
});
