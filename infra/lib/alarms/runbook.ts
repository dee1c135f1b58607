/**
 * The README's runbook section for each kind of alarm. An alarm's description names its section, so the
 * email that reaches whoever is on call says where to look first.
 */
export const RUNBOOK = {
  deadLetters: 'README.md#runbook-dead-letters',
  functionErrors: 'README.md#runbook-function-errors',
  functionThrottles: 'README.md#runbook-function-throttles',
  relayIteratorAge: 'README.md#runbook-relay-iterator-age',
  api5xxRate: 'README.md#runbook-api-5xx-rate',
  fundReconciliation: 'README.md#runbook-fund-reconciliation',
} as const;

export type RunbookSection = keyof typeof RUNBOOK;

/** `<what the alarm means>. Runbook: <section>`, the shape of every alarm description. */
export const describeAlarm = (meaning: string, section: RunbookSection): string => `${meaning}. Runbook: ${RUNBOOK[section]}`;
