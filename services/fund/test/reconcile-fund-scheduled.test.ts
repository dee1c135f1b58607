import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { reconcileFundScheduledHandler } from '../src/handlers/reconcile-fund-scheduled.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

const metricLines = (write: jest.SpiedFunction<typeof process.stdout.write>) =>
  write.mock.calls.map(([line]) => String(line)).filter((line) => line.startsWith('{"_aws"')).map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the scheduled reconciliation', () => {
  beforeEach(() => {
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  });

  it('finds an empty fund balanced and emits ReconciliationProblems 0', async () => {
    // Prepare
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    // Act
    const run = await reconcileFundScheduledHandler(new InMemoryFundStore())();
    // Assess
    expect(run).toStrictEqual({ settled: true, balanced: true, problems: 0 });
    expect(metricLines(write).map((line) => ({ service: line['service'], problems: line['ReconciliationProblems'] }))).toStrictEqual([{ service: 'fund', problems: 0 }]);
  });

  it('counts a running total its entries do not add up to as a problem, and emits it', async () => {
    // Prepare: the totals say 100 units are available, and no movement put them there
    const funds = new InMemoryFundStore();
    funds.state = { ...funds.state, totals: { ...funds.state.totals, availableUnits: 100 } };
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    // Act
    const run = await reconcileFundScheduledHandler(funds)();
    // Assess
    expect(run).toStrictEqual({ settled: true, balanced: false, problems: 1 });
    expect(metricLines(write).map((line) => line['ReconciliationProblems'])).toStrictEqual([1]);
  });
});
