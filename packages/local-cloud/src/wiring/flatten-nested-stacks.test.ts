import { describe, expect, it } from '@jest/globals';
import { flattenNestedStacks, UnsupportedNestedStackError } from './flatten-nested-stacks.ts';
import type { CfnTemplate } from './template.ts';

const nestedStack = (file: string, parameters: Record<string, unknown> = {}) => ({
  Type: 'AWS::CloudFormation::Stack',
  Properties: { TemplateURL: 'https://example/template.json', Parameters: parameters },
  Metadata: { 'aws:asset:path': file },
});

const reader = (files: Record<string, CfnTemplate>) => (file: string): CfnTemplate => {
  const template = files[file];
  if (!template) throw new Error(`no ${file}`);
  return template;
};

describe('flattenNestedStacks', () => {
  it('returns a template without nested stacks unchanged', () => {
    // Prepare
    const root: CfnTemplate = {
      Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: { VisibilityTimeout: 60 } } },
      Outputs: { QueueUrl: { Value: { Ref: 'Queue' } } },
    };
    // Act
    const flat = flattenNestedStacks(root, reader({}));
    // Assess
    expect(flat).toStrictEqual(root);
  });

  it('copies nested resources in, passing parameters in and taking outputs out', () => {
    // Prepare: the root's queue goes into the nested function's environment; the function's ARN comes back out
    const root: CfnTemplate = {
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        Service: nestedStack('service.json', { QueueUrl: { Ref: 'Queue' }, QueueArn: { 'Fn::GetAtt': ['Queue', 'Arn'] } }),
        Integration: {
          Type: 'AWS::ApiGatewayV2::Integration',
          Properties: { IntegrationUri: { 'Fn::GetAtt': ['Service', 'Outputs.FunctionArn'] } },
        },
      },
    };
    const service: CfnTemplate = {
      Parameters: { QueueUrl: { Type: 'String' }, QueueArn: { Type: 'String' } },
      Resources: {
        Function: {
          Type: 'AWS::Lambda::Function',
          Properties: { Environment: { Variables: { QUEUE_URL: { Ref: 'QueueUrl' } } } },
          DependsOn: ['Role'],
        },
        Role: { Type: 'AWS::IAM::Role' },
        Mapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: { EventSourceArn: { Ref: 'QueueArn' }, FunctionName: { Ref: 'Function' } },
        },
      },
      Outputs: { FunctionArn: { Value: { 'Fn::GetAtt': ['Function', 'Arn'] } } },
    };
    // Act
    const flat = flattenNestedStacks(root, reader({ 'service.json': service }));
    // Assess
    expect(flat.Resources).toStrictEqual({
      Queue: { Type: 'AWS::SQS::Queue' },
      Function: {
        Type: 'AWS::Lambda::Function',
        Properties: { Environment: { Variables: { QUEUE_URL: { Ref: 'Queue' } } } },
        DependsOn: ['Role'],
      },
      Role: { Type: 'AWS::IAM::Role' },
      Mapping: {
        Type: 'AWS::Lambda::EventSourceMapping',
        Properties: { EventSourceArn: { 'Fn::GetAtt': ['Queue', 'Arn'] }, FunctionName: { Ref: 'Function' } },
      },
      Integration: {
        Type: 'AWS::ApiGatewayV2::Integration',
        Properties: { IntegrationUri: { 'Fn::GetAtt': ['Function', 'Arn'] } },
      },
    });
  });

  it('prefixes a nested logical id with its stack id only where it collides, and rewrites every reference to it', () => {
    // Prepare: both templates define Table and a condition of the same name but a different meaning
    const root: CfnTemplate = {
      Conditions: { Enabled: { 'Fn::Equals': ['a', 'a'] } },
      Resources: {
        Table: { Type: 'AWS::DynamoDB::Table' },
        Service: nestedStack('service.json'),
        Reader: { Type: 'AWS::IAM::Policy', Properties: { Resource: { 'Fn::GetAtt': ['Service', 'Outputs.TableName'] } } },
      },
    };
    const service: CfnTemplate = {
      Conditions: { Enabled: { 'Fn::Equals': ['a', 'b'] } },
      Resources: {
        Table: { Type: 'AWS::DynamoDB::Table', Condition: 'Enabled' },
        Function: {
          Type: 'AWS::Lambda::Function',
          DependsOn: 'Table',
          Properties: {
            Arn: { 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${Table.Arn}/${Table}' },
            Name: { 'Fn::If': ['Enabled', { Ref: 'Table' }, 'none'] },
          },
        },
      },
      Outputs: { TableName: { Value: { Ref: 'Table' } } },
    };
    // Act
    const flat = flattenNestedStacks(root, reader({ 'service.json': service }));
    // Assess
    expect(flat.Conditions).toStrictEqual({ Enabled: { 'Fn::Equals': ['a', 'a'] }, ServiceEnabled: { 'Fn::Equals': ['a', 'b'] } });
    expect(flat.Resources).toStrictEqual({
      Table: { Type: 'AWS::DynamoDB::Table' },
      ServiceTable: { Type: 'AWS::DynamoDB::Table', Condition: 'ServiceEnabled' },
      Function: {
        Type: 'AWS::Lambda::Function',
        DependsOn: 'ServiceTable',
        Properties: {
          Arn: { 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${ServiceTable.Arn}/${ServiceTable}' },
          Name: { 'Fn::If': ['ServiceEnabled', { Ref: 'ServiceTable' }, 'none'] },
        },
      },
      Reader: { Type: 'AWS::IAM::Policy', Properties: { Resource: { Ref: 'ServiceTable' } } },
    });
  });

  it('flattens nested stacks inside nested stacks, and a parameter passed on through both', () => {
    // Prepare: the root's queue reaches the inner stack through the outer stack's parameter
    const root: CfnTemplate = {
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        Outer: nestedStack('outer.json', { OuterQueue: { Ref: 'Queue' } }),
      },
      Outputs: { FunctionName: { Value: { 'Fn::GetAtt': ['Outer', 'Outputs.InnerFunction'] }, Description: 'the inner function' } },
    };
    const outer: CfnTemplate = {
      Parameters: { OuterQueue: { Type: 'String' } },
      Resources: { Inner: nestedStack('inner.json', { InnerQueue: { 'Fn::Sub': ['${Url}/x', { Url: { Ref: 'OuterQueue' } }] } }) },
      Outputs: { InnerFunction: { Value: { 'Fn::GetAtt': ['Inner', 'Outputs.Function'] } } },
    };
    const inner: CfnTemplate = {
      Parameters: { InnerQueue: { Type: 'String' } },
      Resources: { Function: { Type: 'AWS::Lambda::Function', Properties: { Environment: { Variables: { URL: { Ref: 'InnerQueue' } } } } } },
      Outputs: { Function: { Value: { Ref: 'Function' } } },
    };
    // Act
    const flat = flattenNestedStacks(root, reader({ 'outer.json': outer, 'inner.json': inner }));
    // Assess
    expect(flat).toStrictEqual({
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        Function: {
          Type: 'AWS::Lambda::Function',
          Properties: { Environment: { Variables: { URL: { 'Fn::Sub': ['${Url}/x', { Url: { Ref: 'Queue' } }] } } } },
        },
      },
      Outputs: { FunctionName: { Value: { Ref: 'Function' }, Description: 'the inner function' } },
    });
  });

  it('turns a Fn::Sub placeholder for a nested parameter into a variable holding its value', () => {
    // Prepare
    const root: CfnTemplate = { Resources: { Queue: { Type: 'AWS::SQS::Queue' }, Service: nestedStack('service.json', { Arn: { 'Fn::GetAtt': ['Queue', 'Arn'] } }) } };
    const service: CfnTemplate = {
      Parameters: { Arn: { Type: 'String' } },
      Resources: { Policy: { Type: 'AWS::IAM::Policy', Properties: { Resource: { 'Fn::Sub': '${Arn}/*' } } } },
    };
    // Act
    const flat = flattenNestedStacks(root, reader({ 'service.json': service }));
    // Assess
    expect(flat.Resources['Policy']).toStrictEqual({ Type: 'AWS::IAM::Policy', Properties: { Resource: { 'Fn::Sub': '${Queue.Arn}/*' } } });
  });

  it('fails on a parent GetAtt of an output the nested template does not define', () => {
    // Prepare
    const root: CfnTemplate = {
      Resources: { Service: nestedStack('service.json'), User: { Type: 'X', Properties: { Value: { 'Fn::GetAtt': ['Service', 'Outputs.Missing'] } } } },
    };
    // Act
    const flatten = () => flattenNestedStacks(root, reader({ 'service.json': { Resources: {} } }));
    // Assess
    expect(flatten).toThrow(UnsupportedNestedStackError);
    expect(flatten).toThrow('the local cloud cannot flatten nested stack Service: it has no output for Fn::GetAtt Outputs.Missing');
  });

  it('fails on a nested parameter its parent passes no value for', () => {
    // Prepare
    const root: CfnTemplate = { Resources: { Service: nestedStack('service.json') } };
    const service: CfnTemplate = {
      Parameters: { QueueUrl: { Type: 'String' } },
      Resources: { Function: { Type: 'AWS::Lambda::Function', Properties: { Url: { Ref: 'QueueUrl' } } } },
    };
    // Act
    const flatten = () => flattenNestedStacks(root, reader({ 'service.json': service }));
    // Assess
    expect(flatten).toThrow('the local cloud cannot flatten nested stack Service: its parent passes no value for parameter QueueUrl');
  });

  it('fails on a nested stack without the metadata naming its template', () => {
    // Prepare
    const root: CfnTemplate = { Resources: { Service: { Type: 'AWS::CloudFormation::Stack', Properties: {} } } };
    // Act
    const flatten = () => flattenNestedStacks(root, reader({}));
    // Assess
    expect(flatten).toThrow('the local cloud cannot flatten nested stack Service: it has no aws:asset:path metadata naming its template');
  });
});
