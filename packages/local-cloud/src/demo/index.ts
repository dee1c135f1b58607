export { loadDemoData, type DemoDataOutcome, type DemoSummary, type LoadDemoDataOptions } from './load-demo-data.ts';
export { demoPlan, DEFAULT_DEMO_SEED, type DemoPlan } from './demo-plan.ts';
export { APPLICATION_STATES, STATUS_OF, type ApplicationState } from './demo-applications.ts';
