import { beforeAll, describe, expect, it } from '@jest/globals';
import { App, Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AlarmTopic } from '../lib/alarms/alarm-topic.ts';
import { createPlatformApp } from '../lib/platform-app.ts';
import type { PlatformStack } from '../lib/platform-stack.ts';
import { STAGES } from '../lib/stage-config.ts';

type Resource = { Properties: Record<string, unknown> };
type Templates = { root: Template; all: Template[]; stacks: Stack[] };

let dev: PlatformStack;
let prod: PlatformStack;
let devTemplates: Templates;
let prodTemplates: Templates;

const templatesOf = (stack: PlatformStack): Templates => {
  const stacks: Stack[] = [stack, ...Object.values(stack.services), stack.console.hosting, stack.console.deployment];
  return { root: Template.fromStack(stack), all: stacks.map((each) => Template.fromStack(each)), stacks };
};

beforeAll(() => {
  const { stacks } = createPlatformApp({ context: { 'aws:cdk:bundling-stacks': [] } });
  dev = stacks[0]!;
  devTemplates = templatesOf(dev);
  prod = stacks[1]!;
  prodTemplates = templatesOf(prod);
});

/** Every resource of `type` in the templates, each with the template it is in (resources refer within it). */
const resourcesOf = ({ all }: Templates, type: string) =>
  all.flatMap((template, index) =>
    Object.entries(template.findResources(type) as Record<string, Resource>).map(([id, resource]) => ({ id, resource, template: index })),
  );
/** How the template at `index` names the alarm topic's ARN: a Ref to the topic in the root, a parameter in a nested stack. */
const topicRefIn = (templates: Templates, stack: PlatformStack, index: number): unknown => {
  const topicId = stack.getLogicalId(stack.alarms.topic.node.defaultChild as CfnElement);
  if (index === 0) return { Ref: topicId };
  const nested = templates.stacks[index]!;
  const parameters = (templates.root.toJSON()['Resources'] as Record<string, Resource>)[
    stack.getLogicalId((nested as unknown as { nestedStackResource: CfnElement }).nestedStackResource)
  ]!.Properties['Parameters'] as Record<string, unknown> | undefined;
  const names = Object.entries(parameters ?? {})
    .filter(([, value]) => JSON.stringify(value) === JSON.stringify({ Ref: topicId }))
    .map(([name]) => name);
  return names.length === 1 ? { Ref: names[0] } : { parameters: names };
};
/** The alarms watching `metricName` with dimension `dimension` set to `target`, each with its actions, in template `index`. */
const alarmsOn = (templates: Templates, index: number, metricName: string, dimension: string, target: unknown) =>
  resourcesOf(templates, 'AWS::CloudWatch::Alarm')
    .filter(({ template, resource }) => template === index && resource.Properties['MetricName'] === metricName)
    .filter(({ resource }) =>
      (resource.Properties['Dimensions'] as { Name: string; Value: unknown }[]).some(
        (each) => each.Name === dimension && JSON.stringify(each.Value) === JSON.stringify(target),
      ),
    )
    .map(({ resource }) => ({
      threshold: resource.Properties['Threshold'],
      operator: resource.Properties['ComparisonOperator'],
      actions: resource.Properties['AlarmActions'],
      runbook: String(resource.Properties['AlarmDescription']).replace(/^.*Runbook: /, ''),
    }));

describe('platform alarms', () => {
  it.each([
    ['dev', () => ({ templates: devTemplates, stack: dev })],
    ['prod', () => ({ templates: prodTemplates, stack: prod })],
  ])('alarms on a first message in every dead-letter queue of %s, relay on-failure queues included, notifying the topic', (_, get) => {
    // Prepare: every queue some queue names as its dead-letter target, and every relay's on-failure queue
    const { templates, stack } = get();
    const queueArnsNamed = (index: number): string[] => {
      const named = resourcesOf(templates, 'AWS::SQS::Queue')
        .filter(({ template }) => template === index)
        .map(({ resource }) => (resource.Properties['RedrivePolicy'] as { deadLetterTargetArn?: { 'Fn::GetAtt': [string, string] } } | undefined)?.deadLetterTargetArn)
        .flatMap((arn) => (arn === undefined ? [] : [arn['Fn::GetAtt'][0]]));
      const onFailure = resourcesOf(templates, 'AWS::Lambda::EventSourceMapping')
        .filter(({ template }) => template === index)
        .map(({ resource }) => (resource.Properties['DestinationConfig'] as { OnFailure?: { Destination: { 'Fn::GetAtt': [string, string] } } } | undefined)?.OnFailure)
        .flatMap((target) => (target === undefined ? [] : [target.Destination['Fn::GetAtt'][0]]));
      return [...named, ...onFailure];
    };
    const deadLetterQueues = templates.all.flatMap((_template, index) => queueArnsNamed(index).map((queue) => ({ index, queue })));
    // Act
    const alarms = deadLetterQueues.map(({ index, queue }) => ({
      queue,
      alarms: alarmsOn(templates, index, 'ApproximateNumberOfMessagesVisible', 'QueueName', { 'Fn::GetAtt': [queue, 'QueueName'] }),
    }));
    // Assess: four inboxes and four relays
    expect(alarms.length).toBe(8);
    expect(alarms).toStrictEqual(
      deadLetterQueues.map(({ index, queue }) => ({
        queue,
        alarms: [{ threshold: 0, operator: 'GreaterThanThreshold', actions: [topicRefIn(templates, stack, index)], runbook: 'README.md#runbook-dead-letters' }],
      })),
    );
  });

  it('gives every Lambda function of both stages an errors alarm and a throttles alarm notifying the topic', () => {
    for (const [templates, stack] of [[devTemplates, dev], [prodTemplates, prod]] as const) {
      // Prepare
      const functions = resourcesOf(templates, 'AWS::Lambda::Function');
      // Act
      const alarms = functions.map(({ id, template }) => ({
        id,
        errors: alarmsOn(templates, template, 'Errors', 'FunctionName', { Ref: id }).map((alarm) => alarm.runbook),
        throttles: alarmsOn(templates, template, 'Throttles', 'FunctionName', { Ref: id }).map((alarm) => alarm.runbook),
        notifies: alarmsOn(templates, template, 'Errors', 'FunctionName', { Ref: id }).map((alarm) => JSON.stringify(alarm.actions)),
      }));
      // Assess
      expect(functions.length).toBeGreaterThan(40);
      expect(alarms).toStrictEqual(
        functions.map(({ id, template }) => ({
          id,
          errors: ['README.md#runbook-function-errors'],
          throttles: ['README.md#runbook-function-throttles'],
          notifies: [JSON.stringify([topicRefIn(templates, stack, template)])],
        })),
      );
    }
  });

  it("alarms when an outbox relay's iterator age passes five minutes, for each of the four relays", () => {
    // Prepare
    const mappings = resourcesOf(devTemplates, 'AWS::Lambda::EventSourceMapping').filter(
      ({ resource }) => resource.Properties['StartingPosition'] === 'TRIM_HORIZON',
    );
    // Act
    const alarms = mappings.map(({ resource, template }) =>
      alarmsOn(devTemplates, template, 'IteratorAge', 'FunctionName', resource.Properties['FunctionName']).map(({ threshold, runbook }) => ({ threshold, runbook })),
    );
    // Assess
    expect(alarms).toStrictEqual(mappings.map(() => [{ threshold: 300_000, runbook: 'README.md#runbook-relay-iterator-age' }]));
  });

  it.each([
    ['dev', () => ({ templates: devTemplates, stack: dev })],
    ['prod', () => ({ templates: prodTemplates, stack: prod })],
  ])('reconciles the fund of %s every six hours and alarms on the first problem it finds, notifying the topic', (stageName, get) => {
    // Prepare
    const { templates, stack } = get();
    const rules = resourcesOf(templates, 'AWS::Events::Rule').filter(({ resource }) => resource.Properties['ScheduleExpression'] === 'rate(6 hours)');
    // Act
    const alarms = resourcesOf(templates, 'AWS::CloudWatch::Alarm')
      .filter(({ resource }) => resource.Properties['MetricName'] === 'ReconciliationProblems')
      .map(({ resource, template }) => ({
        namespace: resource.Properties['Namespace'],
        dimensions: resource.Properties['Dimensions'],
        statistic: resource.Properties['Statistic'],
        period: resource.Properties['Period'],
        threshold: resource.Properties['Threshold'],
        operator: resource.Properties['ComparisonOperator'],
        missing: resource.Properties['TreatMissingData'],
        actions: resource.Properties['AlarmActions'],
        runbook: String(resource.Properties['AlarmDescription']).replace(/^.*Runbook: /, ''),
        beside: template === rules[0]?.template,
      }));
    // Assess: one rule, and one alarm in the same stack on the metric it emits
    expect(rules.length).toBe(1);
    expect(alarms).toStrictEqual([
      {
        namespace: 'SelectionsPlatform',
        dimensions: [
          { Name: 'service', Value: 'fund' },
          { Name: 'stage', Value: stageName },
        ],
        statistic: 'Maximum',
        period: 21_600,
        threshold: 0,
        operator: 'GreaterThanThreshold',
        missing: 'notBreaching',
        actions: [topicRefIn(templates, stack, rules[0]!.template)],
        runbook: 'README.md#runbook-fund-reconciliation',
        beside: true,
      },
    ]);
  });

  it("alarms when more than 5% of the API's requests in five minutes end in a 5xx", () => {
    // Act
    const alarms = Object.values(devTemplates.root.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>).filter(
      (alarm) => Array.isArray(alarm.Properties['Metrics']),
    );
    // Assess
    expect(
      alarms.map((alarm) => ({
        threshold: alarm.Properties['Threshold'],
        expression: (alarm.Properties['Metrics'] as { Expression?: string }[]).flatMap((metric) => metric.Expression ?? []),
        runbook: alarm.Properties['AlarmDescription'],
      })),
    ).toStrictEqual([
      {
        threshold: 5,
        expression: ['IF(requests >= 20, 100 * errors / requests, 0)'],
        runbook: "More than 5% of the API's requests failed with a 5xx. Runbook: README.md#runbook-api-5xx-rate",
      },
    ]);
  });

  it('builds one dashboard per stage, with the business metrics and every alarm of the stage by name', () => {
    for (const [templates, name] of [[devTemplates, 'dev'], [prodTemplates, 'prod']] as const) {
      // Prepare
      const alarmNames = resourcesOf(templates, 'AWS::CloudWatch::Alarm').map(({ resource }) => String(resource.Properties['AlarmName']));
      // Act
      const dashboards = Object.values(templates.root.findResources('AWS::CloudWatch::Dashboard') as Record<string, Resource>);
      const body = JSON.stringify(dashboards.map((dashboard) => dashboard.Properties['DashboardBody']));
      // Assess
      expect(dashboards.map((dashboard) => dashboard.Properties['DashboardName'])).toStrictEqual([`Platform-${name}`]);
      for (const metric of ['DonationsLevied', 'LevyUnits', 'DonationsRefunded', 'GrantsApproved', 'GrantsPaid', 'SelectionsScheduled', 'SelectionsCancelled', 'RetirementsRecorded', 'RetirementsWithdrawn']) {
        expect({ metric, shown: body.includes(`[\\"SelectionsPlatform\\",\\"${metric}\\",\\"service\\"`) }).toStrictEqual({ metric, shown: true });
      }
      expect(alarmNames.filter((alarmName) => !body.includes(`:alarm:${alarmName}\\"`))).toStrictEqual([]);
    }
  });

  it("has no email subscription in either stage's configuration yet", () => {
    // Act
    const subscriptions = [devTemplates, prodTemplates].map((templates) => resourcesOf(templates, 'AWS::SNS::Subscription').length);
    // Assess
    expect(subscriptions).toStrictEqual([STAGES.dev.alarmEmails.length, STAGES.prod.alarmEmails.length]);
  });
});

describe('AlarmTopic', () => {
  it("subscribes each of the stage's alarm emails and denies publishing without TLS", () => {
    // Prepare
    const stack = new Stack(new App(), 'Test');
    // Act
    new AlarmTopic(stack, 'Alarms', { stage: { ...STAGES.prod, alarmEmails: ['on-call@example.org', 'ops@example.org'] } });
    // Assess
    const template = Template.fromStack(stack);
    const subscriptions = Object.values(template.findResources('AWS::SNS::Subscription') as Record<string, Resource>);
    expect(subscriptions.map((each) => [each.Properties['Protocol'], each.Properties['Endpoint']])).toStrictEqual([
      ['email', 'on-call@example.org'],
      ['email', 'ops@example.org'],
    ]);
    const policies = Object.values(template.findResources('AWS::SNS::TopicPolicy') as Record<string, Resource>);
    const statements = policies.flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: { Effect: string; Condition?: unknown }[] }).Statement);
    expect(statements.map((statement) => ({ effect: statement.Effect, condition: statement.Condition }))).toStrictEqual([
      { effect: 'Deny', condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    ]);
  });
});
