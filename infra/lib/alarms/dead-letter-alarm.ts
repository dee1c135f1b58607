import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { alarmNameOf } from './alarm-name.ts';
import { describeAlarm } from './runbook.ts';

export interface DeadLetterAlarmProps {
  readonly topic: ITopic;
}

/**
 * Alarms as soon as one message waits in a dead-letter queue: nothing reaches one in normal operation, so
 * each message is a record (an event, a donation) that the platform has given up on until someone replays it.
 * Built inside the queue, so it sits in the queue's own (nested) stack.
 *
 * @example
 * new DeadLetterAlarm(inbox.deadLetterQueue, 'MessagesVisibleAlarm', { topic });
 */
export class DeadLetterAlarm extends Construct {
  readonly alarm: Alarm;

  constructor(queue: Queue, id: string, props: DeadLetterAlarmProps) {
    super(queue, id);
    this.alarm = new Alarm(this, 'Alarm', {
      alarmName: alarmNameOf(queue, 'DeadLetters'),
      alarmDescription: describeAlarm(`A message is waiting in the dead-letter queue ${queue.node.path}`, 'deadLetters'),
      // Maximum, not Average: one message for one minute is enough.
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.alarm.addAlarmAction(new SnsAction(props.topic));
    this.alarm.addOkAction(new SnsAction(props.topic));
  }
}
