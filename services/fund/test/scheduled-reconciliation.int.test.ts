import { describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';

const cloud = localCloud();

describe('the scheduled reconciliation, through the local cloud', () => {
  it("runs from the template's rule and finds the fund balanced, as GET /fund/reconciliation does", async () => {
    // Act
    const run = await cloud.runRule('ReconciliationSchedule');
    const token = await cloud.token('finance', 'fin-reconciliation');
    const read = await cloud.request('GET', '/fund/reconciliation', { token });
    // Assess: one target, the fund's function, which succeeded; a run the fund never kept still for says so
    expect(run.status).toBe(200);
    const [target] = run.body.targets;
    expect({ count: run.body.targets.length, function: target?.functionLogicalId.includes('ReconcileFund'), ok: target?.outcome.ok }).toStrictEqual({ count: 1, function: true, ok: true });
    const result = target!.outcome.result as { settled: boolean; balanced: boolean; problems: number };
    expect(result.balanced).toBe(result.problems === 0);
    if (result.settled) expect(result).toStrictEqual({ settled: true, balanced: true, problems: 0 });
    expect((read.body as { balanced: boolean }).balanced || !(read.body as { settled: boolean }).settled).toBe(true);
  }, 60_000);
});
