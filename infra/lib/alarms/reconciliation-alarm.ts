import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { FundReconciliation } from '../fund-reconciliation.ts';
import { alarmNameOf } from './alarm-name.ts';
import { describeAlarm } from './runbook.ts';

export interface ReconciliationAlarmProps {
  readonly topic: ITopic;
}

/**
 * Alarms when a scheduled reconciliation finds anything wrong: a total that its entries do not add up to, an
 * unbalanced movement, or entries not summing to zero. Finance must trust the fund to the penny, so one
 * problem is enough. A run that did not happen is not a breach (the function's own error alarm tells of
 * that); a run the fund never kept still for emits nothing and is judged by the next.
 *
 * @example
 * new ReconciliationAlarm(reconciliation, 'ProblemsAlarm', { topic });
 */
export class ReconciliationAlarm extends Construct {
  readonly alarm: Alarm;

  constructor(reconciliation: FundReconciliation, id: string, props: ReconciliationAlarmProps) {
    super(reconciliation, id);
    this.alarm = new Alarm(this, 'Alarm', {
      alarmName: alarmNameOf(reconciliation, 'Problems'),
      alarmDescription: describeAlarm('The scheduled reconciliation found the Diversity Fund does not balance', 'fundReconciliation'),
      metric: reconciliation.problems,
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.alarm.addAlarmAction(new SnsAction(props.topic));
    this.alarm.addOkAction(new SnsAction(props.topic));
  }
}
