import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { IConstruct } from 'constructs';
import { alarmNameOf } from './alarm-name.ts';
import { describeAlarm } from './runbook.ts';

export interface FunctionAlarmsProps {
  readonly topic: ITopic;
  /** The function's name, usually a Ref to it. */
  readonly functionName: string;
  /** The construct the alarms are named after, e.g. the ServiceFunction. */
  readonly namedAfter: IConstruct;
}

/**
 * A function's errors alarm and throttles alarm: any error or throttle in five minutes notifies the topic.
 * Expected failures (a 4xx, a poison message sent to its dead-letter queue) are results, not errors, so an
 * error here is a bug or an outage. Build it in the function's scope, so it sits in the function's stack.
 *
 * @example
 * new FunctionAlarms(recordPing.function, 'Alarms', { topic, functionName: recordPing.function.functionName, namedAfter: recordPing });
 */
export class FunctionAlarms extends Construct {
  readonly errors: Alarm;
  readonly throttles: Alarm;

  constructor(scope: Construct, id: string, props: FunctionAlarmsProps) {
    super(scope, id);
    const named = props.namedAfter;
    // Built from the name rather than with `metricErrors()`, so functions that CDK adds as plain resources
    // (custom resource providers) get the same alarms.
    const metric = (metricName: string) =>
      new Metric({ namespace: 'AWS/Lambda', metricName, dimensionsMap: { FunctionName: props.functionName }, period: Duration.minutes(5), statistic: 'Sum' });
    const action = new SnsAction(props.topic);
    const common = {
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    };
    this.errors = new Alarm(this, 'Errors', {
      ...common,
      alarmName: alarmNameOf(named, 'Errors'),
      alarmDescription: describeAlarm(`The function ${named.node.path} failed (threw or timed out)`, 'functionErrors'),
      metric: metric('Errors'),
    });
    this.throttles = new Alarm(this, 'Throttles', {
      ...common,
      alarmName: alarmNameOf(named, 'Throttles'),
      alarmDescription: describeAlarm(`Lambda throttled the function ${named.node.path}`, 'functionThrottles'),
      metric: metric('Throttles'),
    });
    for (const alarm of [this.errors, this.throttles]) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
  }
}
