import { BUSINESS_METRICS, METRICS_NAMESPACE } from './business-metrics.ts';
import type { BusinessMetric } from './business-metrics.ts';

/** The CloudWatch embedded metric format document of one emission. */
export interface EmfDocument {
  readonly _aws: {
    readonly Timestamp: number;
    readonly CloudWatchMetrics: readonly [
      {
        readonly Namespace: string;
        readonly Dimensions: readonly [readonly ['service', 'stage']];
        readonly Metrics: readonly { readonly Name: BusinessMetric; readonly Unit: 'Count' }[];
      },
    ];
  };
  readonly service: string;
  readonly stage: string;
  readonly [metric: string]: unknown;
}

export interface EmitMetricsOptions {
  /** @default new Date() */
  readonly now?: Date;
  /** The stage dimension. @default process.env.PLATFORM_STAGE, else 'local' */
  readonly stage?: string;
  /** Where the line goes. @default process.stdout */
  readonly write?: (line: string) => void;
}

/**
 * The EMF document for `values`, all metrics of one service: namespace `SelectionsPlatform`, dimensions
 * `service` and `stage`.
 *
 * @example
 * metricsDocument({ GrantsPaid: 1 }, { now: new Date(0), stage: 'dev' });
 * // { _aws: { Timestamp: 0, CloudWatchMetrics: [{ Namespace: 'SelectionsPlatform', Dimensions: [['service', 'stage']],
 * //   Metrics: [{ Name: 'GrantsPaid', Unit: 'Count' }] }] }, service: 'fund', stage: 'dev', GrantsPaid: 1 }
 */
export const metricsDocument = (
  values: Partial<Record<BusinessMetric, number>>,
  options: Pick<EmitMetricsOptions, 'now' | 'stage'> = {},
): EmfDocument => {
  const names = Object.keys(values) as BusinessMetric[];
  const services = [...new Set(names.map((name) => BUSINESS_METRICS[name].service))];
  if (names.length === 0 || services.length !== 1) {
    throw new Error(`metrics of one emission must be at least one, all of one service; got [${names.join(', ')}] of [${services.join(', ')}]`);
  }
  return {
    _aws: {
      Timestamp: (options.now ?? new Date()).getTime(),
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [['service', 'stage']],
          Metrics: names.map((name) => ({ Name: name, Unit: BUSINESS_METRICS[name].unit })),
        },
      ],
    },
    service: services[0]!,
    stage: options.stage ?? process.env['PLATFORM_STAGE'] ?? 'local',
    ...values,
  };
};

/**
 * Emits business metrics as one line of CloudWatch's embedded metric format on standard output, which Lambda
 * sends to the function's log group and CloudWatch turns into metrics. Call it once the write being counted
 * has committed, never before: a metric for a rolled-back write would count something that did not happen.
 *
 * Written by hand rather than with `@aws-lambda-powertools/metrics`, which the workspace does not install; the
 * line goes straight to `process.stdout`, as Powertools' does, because Lambda's patched `console` would
 * prefix it with a timestamp and request id, and CloudWatch reads only a line that is a JSON object.
 *
 * @example
 * emitMetrics({ DonationsLevied: 1, LevyUnits: levied.donation.levyUnits });
 */
export const emitMetrics = (values: Partial<Record<BusinessMetric, number>>, options: EmitMetricsOptions = {}): void => {
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  write(`${JSON.stringify(metricsDocument(values, options))}\n`);
};
