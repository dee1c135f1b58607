import { CfnResource, Stack } from 'aws-cdk-lib';
import type { Alarm, CfnAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { PlatformApi } from '../http-api.ts';
import { FundReconciliation } from '../fund-reconciliation.ts';
import { OutboxRelay } from '../outbox-relay.ts';
import { ApiErrorRateAlarm } from './api-error-rate-alarm.ts';
import { DeadLetterAlarm } from './dead-letter-alarm.ts';
import { FunctionAlarms } from './function-alarms.ts';
import { IteratorAgeAlarm } from './iterator-age-alarm.ts';
import { ReconciliationAlarm } from './reconciliation-alarm.ts';

export interface PlatformAlarmsProps {
  readonly topic: ITopic;
  readonly api: PlatformApi;
}

/** The name of every alarm of one environment, by the stack that holds it (its node path: `Platform-dev/FundService`). */
export type AlarmsByStack = ReadonlyMap<string, readonly string[]>;

/**
 * Gives every Lambda function, dead-letter queue, outbox relay and fund reconciliation under `scope` its alarms, and
 * the API its 5xx rate alarm, all notifying `topic`. It finds them by walking the construct tree once everything is built, so a
 * queue or function added later gets its alarms without anyone remembering to: a dead-letter queue is any
 * queue named as another's `deadLetterQueue`, or a relay's on-failure queue. Each alarm is built inside the
 * resource it watches, so it lands in that resource's (nested) stack and counts against that stack's 500.
 *
 * @example
 * const alarms = addPlatformAlarms(this, { topic, api: this.api }); // last, in PlatformStack
 */
export const addPlatformAlarms = (scope: Construct, props: PlatformAlarmsProps): AlarmsByStack => {
  const { topic } = props;
  const byStack = new Map<string, string[]>();
  const keep = (...alarms: Alarm[]) => {
    for (const alarm of alarms) {
      const path = Stack.of(alarm).node.path;
      // The name as given, a plain string: `alarm.alarmName` is a Ref, which only resolves in the alarm's stack.
      const name = (alarm.node.defaultChild as CfnAlarm).alarmName!;
      byStack.set(path, [...(byStack.get(path) ?? []), name]);
    }
  };

  const all = scope.node.findAll();
  const deadLetterQueues = new Set<Queue>();
  for (const construct of all) {
    if (construct instanceof Queue && construct.deadLetterQueue?.queue instanceof Queue) {
      deadLetterQueues.add(construct.deadLetterQueue.queue);
    }
    if (construct instanceof OutboxRelay) deadLetterQueues.add(construct.deadLetterQueue);
  }

  keep(new ApiErrorRateAlarm(props.api, 'ServerErrorRateAlarm', { topic }).alarm);
  for (const queue of deadLetterQueues) keep(new DeadLetterAlarm(queue, 'DeadLettersAlarm', { topic }).alarm);
  for (const construct of all) {
    if (construct instanceof OutboxRelay) keep(new IteratorAgeAlarm(construct, 'IteratorAgeAlarm', { topic }).alarm);
    if (construct instanceof FundReconciliation) keep(new ReconciliationAlarm(construct, 'ProblemsAlarm', { topic }).alarm);
    // Every Lambda function: the platform's own and those CDK adds, as a Function (the console's deployment
    // handler) or as a plain resource (the S3 auto-delete provider), found by its CloudFormation type.
    if (construct instanceof CfnResource && construct.cfnResourceType === 'AWS::Lambda::Function') {
      const parent = construct.node.scope!;
      const fn = parent instanceof LambdaFunction ? parent : undefined;
      // A ServiceFunction's Lambda function is its `Default` child: its alarms are named after the ServiceFunction.
      const namedAfter = fn === undefined ? construct : fn.node.id === 'Default' ? fn.node.scope! : fn;
      const alarms = new FunctionAlarms(fn ?? parent, fn === undefined ? `${construct.node.id}Alarms` : 'Alarms', {
        topic,
        functionName: construct.ref,
        namedAfter,
      });
      keep(alarms.errors, alarms.throttles);
    }
  }
  return byStack;
};
