export { BUSINESS_METRICS, METRICS_NAMESPACE } from './business-metrics.ts';
export type { BusinessMetric } from './business-metrics.ts';
export { emitMetrics } from './emit-metrics.ts';
export type { EmitMetricsOptions } from './emit-metrics.ts';
