/** The CloudWatch namespace of every business metric of the platform. */
export const METRICS_NAMESPACE = 'SelectionsPlatform';

/**
 * Each business metric, with the service that emits it and its unit. The platform's dashboard graphs exactly
 * these; a handler emits one with `emitMetric` after the write it counts has committed.
 *
 * @example
 * BUSINESS_METRICS.DonationsLevied; // { service: 'fund', unit: 'Count', description: ... }
 */
export const BUSINESS_METRICS = {
  DonationsLevied: { service: 'fund', unit: 'Count', description: 'donations levied (each exactly once)' },
  LevyUnits: { service: 'fund', unit: 'Count', description: 'levy units taken from the donations levied' },
  DonationsRefunded: { service: 'fund', unit: 'Count', description: 'donations refunded' },
  GrantsApproved: { service: 'fund', unit: 'Count', description: 'grant applications approved' },
  GrantsPaid: { service: 'fund', unit: 'Count', description: 'grants disbursed' },
  ReconciliationProblems: { service: 'fund', unit: 'Count', description: 'what the scheduled reconciliation found wrong (0 when the fund balances)' },
  SelectionsScheduled: { service: 'selections', unit: 'Count', description: 'selections scheduled' },
  SelectionsCancelled: { service: 'selections', unit: 'Count', description: 'selections cancelled' },
  RetirementsRecorded: { service: 'emeritus', unit: 'Count', description: 'retirements announced and recorded' },
  RetirementsWithdrawn: { service: 'emeritus', unit: 'Count', description: 'retirements withdrawn' },
} as const satisfies Record<string, { service: string; unit: 'Count'; description: string }>;

export type BusinessMetric = keyof typeof BUSINESS_METRICS;
