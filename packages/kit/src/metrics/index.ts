export { BUSINESS_METRICS, METRICS_NAMESPACE } from './business-metrics.ts';
export type { BusinessMetric } from './business-metrics.ts';
export { emitMetrics, metricsDocument } from './emit-metrics.ts';
export type { EmfDocument, EmitMetricsOptions } from './emit-metrics.ts';
