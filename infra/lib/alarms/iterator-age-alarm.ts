import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { OutboxRelay } from '../outbox-relay.ts';
import { alarmNameOf } from './alarm-name.ts';
import { describeAlarm } from './runbook.ts';

/** How old the oldest unrelayed outbox record may get before someone is told. */
export const MAX_ITERATOR_AGE = Duration.minutes(5);

export interface IteratorAgeAlarmProps {
  readonly topic: ITopic;
}

/**
 * Alarms when an outbox relay falls behind: the age of the last stream record its function read stays over
 * five minutes for five minutes. Events are then late (not lost: the stream keeps them 24 hours), and
 * consumers act on stale news. Built inside the relay, so it sits in the service's stack.
 *
 * @example
 * new IteratorAgeAlarm(relay, 'IteratorAgeAlarm', { topic });
 */
export class IteratorAgeAlarm extends Construct {
  readonly alarm: Alarm;

  constructor(relay: OutboxRelay, id: string, props: IteratorAgeAlarmProps) {
    super(relay, id);
    this.alarm = new Alarm(this, 'Alarm', {
      alarmName: alarmNameOf(relay, 'IteratorAge'),
      alarmDescription: describeAlarm(
        `The outbox relay ${relay.node.path} is more than ${MAX_ITERATOR_AGE.toMinutes()} minutes behind its stream`,
        'relayIteratorAge',
      ),
      metric: relay.function.function.metric('IteratorAge', { period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: MAX_ITERATOR_AGE.toMilliseconds(),
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 5,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.alarm.addAlarmAction(new SnsAction(props.topic));
    this.alarm.addOkAction(new SnsAction(props.topic));
  }
}
