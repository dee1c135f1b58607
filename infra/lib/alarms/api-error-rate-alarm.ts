import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { PlatformApi } from '../http-api.ts';
import { alarmNameOf } from './alarm-name.ts';
import { describeAlarm } from './runbook.ts';

/** The share of requests, in percent, that may end in a 5xx over five minutes. */
export const MAX_5XX_PERCENT = 5;
/** Fewer requests than this in five minutes are too few for a rate to mean anything. */
export const MIN_REQUESTS = 20;

export interface ApiErrorRateAlarmProps {
  readonly topic: ITopic;
}

/**
 * Alarms when more than 5% of the API's requests in five minutes end in a 5xx, once at least 20 were made.
 * A rate rather than a count, so one bad request at night does not page anyone while a broken route does.
 *
 * @example
 * new ApiErrorRateAlarm(api, 'ServerErrorRateAlarm', { topic });
 */
export class ApiErrorRateAlarm extends Construct {
  readonly alarm: Alarm;

  constructor(api: PlatformApi, id: string, props: ApiErrorRateAlarmProps) {
    super(api, id);
    const period = Duration.minutes(5);
    this.alarm = new Alarm(this, 'Alarm', {
      alarmName: alarmNameOf(api, 'ServerErrorRate'),
      alarmDescription: describeAlarm(`More than ${MAX_5XX_PERCENT}% of the API's requests failed with a 5xx`, 'api5xxRate'),
      metric: new MathExpression({
        label: '5xx rate (%)',
        expression: `IF(requests >= ${MIN_REQUESTS}, 100 * errors / requests, 0)`,
        usingMetrics: {
          errors: api.httpApi.metricServerError({ period, statistic: 'Sum' }),
          requests: api.httpApi.metricCount({ period, statistic: 'Sum' }),
        },
        period,
      }),
      threshold: MAX_5XX_PERCENT,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.alarm.addAlarmAction(new SnsAction(props.topic));
    this.alarm.addOkAction(new SnsAction(props.topic));
  }
}
