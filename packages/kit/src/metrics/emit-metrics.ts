import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { BUSINESS_METRICS, METRICS_NAMESPACE } from './business-metrics.ts';
import type { BusinessMetric } from './business-metrics.ts';

export interface EmitMetricsOptions {
  /** The timestamp of the emission. @default the time of the emission */
  readonly now?: Date;
  /** The stage dimension. @default process.env.PLATFORM_STAGE, else 'local' */
  readonly stage?: string;
}

// A Powertools Metrics per emission: it reads POWERTOOLS_METRICS_DISABLED and POWERTOOLS_DEV when made, so a
// test can turn metrics on for itself, and making one is a few objects, nothing next to the write it counts.
const emitterFor = (service: string, stage: string): Metrics =>
  new Metrics({ namespace: METRICS_NAMESPACE, serviceName: service, defaultDimensions: { stage } });

/**
 * Emits business metrics, all of one service, as one line of CloudWatch's embedded metric format on standard
 * output, through Powertools Metrics: namespace `SelectionsPlatform`, dimensions `service` and `stage`. Lambda
 * sends the line to the function's log group and CloudWatch turns it into metrics, with no API call. Call it
 * once the write being counted has committed, never before: a metric for a rolled-back write would count
 * something that did not happen. `POWERTOOLS_METRICS_DISABLED=true` silences it (the local cloud and the unit
 * tests set it, unless their log level is debug).
 *
 * @example
 * emitMetrics({ DonationsLevied: 1, LevyUnits: levied.donation.levyUnits });
 */
export const emitMetrics = (values: Partial<Record<BusinessMetric, number>>, options: EmitMetricsOptions = {}): void => {
  const names = Object.keys(values) as BusinessMetric[];
  const services = [...new Set(names.map((name) => BUSINESS_METRICS[name].service))];
  if (names.length === 0 || services.length !== 1) {
    throw new Error(`metrics of one emission must be at least one, all of one service; got [${names.join(', ')}] of [${services.join(', ')}]`);
  }
  const emitter = emitterFor(services[0]!, options.stage ?? process.env['PLATFORM_STAGE'] ?? 'local');
  for (const name of names) emitter.addMetric(name, MetricUnit[BUSINESS_METRICS[name].unit], values[name]!);
  if (options.now !== undefined) emitter.setTimestamp(options.now);
  emitter.publishStoredMetrics();
};
