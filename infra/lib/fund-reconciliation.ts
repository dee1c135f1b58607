import { Duration } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { BUSINESS_METRICS, METRICS_NAMESPACE } from '../../packages/kit/src/metrics/business-metrics.ts';
import { ServiceFunction } from './service-function.ts';
import type { StageConfig } from './stage-config.ts';

/** How often the fund is reconciled on its own: often enough that a fault is seen the same working day. */
export const RECONCILIATION_INTERVAL = Duration.hours(6);

export interface FundReconciliationProps {
  readonly stage: StageConfig;
  /** The fund's table: the check only reads it. */
  readonly table: ITable;
}

/**
 * The fund's scheduled reconciliation: a rule that runs the reconciliation every six hours, and the metric it
 * emits (`ReconciliationProblems`, 0 when the fund balances), on which the platform's alarms hang the fund's
 * reconciliation alarm.
 *
 * @example
 * new FundReconciliation(this, 'Reconciliation', { stage, table });
 */
export class FundReconciliation extends Construct {
  readonly function: ServiceFunction;
  /** The problems each run found, at their worst over the interval. */
  readonly problems: Metric;

  constructor(scope: Construct, id: string, props: FundReconciliationProps) {
    super(scope, id);
    // A run reads the whole ledger (tens of thousands of movements over a Parliament): the longest a route would get.
    this.function = new ServiceFunction(this, 'ReconcileFund', {
      service: 'fund',
      stage: props.stage,
      entry: 'services/fund/src/handlers/reconcile-fund-scheduled.ts',
      timeout: Duration.minutes(5),
      memorySize: 512,
    });
    this.function.bindTable(props.table, 'read', 'TABLE_NAME');
    new Rule(this, 'Schedule', {
      description: 'Reconciles the Diversity Fund: every total recomputed from the ledger and compared with the running totals',
      schedule: Schedule.rate(RECONCILIATION_INTERVAL),
      targets: [new LambdaFunction(this.function.function, { retryAttempts: 2 })],
    });
    this.problems = new Metric({
      namespace: METRICS_NAMESPACE,
      metricName: 'ReconciliationProblems',
      dimensionsMap: { service: BUSINESS_METRICS.ReconciliationProblems.service, stage: props.stage.name },
      statistic: 'Maximum',
      period: RECONCILIATION_INTERVAL,
    });
  }
}
