import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { ScheduleRuleWiring } from '../wiring/wiring.ts';
import { startRuleScheduler, UnknownRuleError } from './rule-scheduler.ts';

const RULE: ScheduleRuleWiring = {
  logicalId: 'FundEraseExpiredApplicationsSchedule1A2B',
  scheduleExpression: 'cron(30 2 * * ? *)',
  description: undefined,
  enabled: true,
  targets: [{ id: 'Target0', functionLogicalId: 'Eraser', input: undefined, maximumRetryAttempts: 2 }],
};

const fakePool = (failures = 0) => {
  const calls: { logicalId: string; event: unknown }[] = [];
  let left = failures;
  return {
    calls,
    invoke: async (logicalId: string, event: unknown) => {
      calls.push({ logicalId, event });
      if (left-- > 0) throw new Error('Eraser failed: Error: boom');
      return { due: 0, erased: 0 };
    },
  };
};

describe('startRuleScheduler', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('invokes the target at the rule\'s time with the scheduled event EventBridge sends', async () => {
    // Prepare
    jest.useFakeTimers({ now: new Date('2027-01-01T02:29:00.000Z') });
    const pool = fakePool();
    const scheduler = startRuleScheduler({ rules: [RULE], pool, region: 'eu-west-2', accountId: '000000000000', onError: () => undefined });
    // Act
    await jest.advanceTimersByTimeAsync(59_999);
    const before = pool.calls.length;
    await jest.advanceTimersByTimeAsync(1);
    // Assess
    expect(before).toBe(0);
    expect(pool.calls).toStrictEqual([
      {
        logicalId: 'Eraser',
        event: {
          version: '0',
          id: expect.any(String),
          'detail-type': 'Scheduled Event',
          source: 'aws.events',
          account: '000000000000',
          time: '2027-01-01T02:30:00Z',
          region: 'eu-west-2',
          resources: ['arn:aws:events:eu-west-2:000000000000:rule/FundEraseExpiredApplicationsSchedule1A2B'],
          detail: {},
        },
      },
    ]);
    await scheduler.stop();
  });

  it('runs a rule now on request, found by a part of its logical id, retrying a failed target up to its policy', async () => {
    const pool = fakePool(2);
    const scheduler = startRuleScheduler({ rules: [RULE], pool, region: 'eu-west-2', accountId: '000000000000', onError: () => undefined });
    const run = await scheduler.run('EraseExpiredApplicationsSchedule');
    expect(run.targets).toStrictEqual([{ targetId: 'Target0', functionLogicalId: 'Eraser', attempts: 3, outcome: { ok: true, result: { due: 0, erased: 0 } } }]);
    await scheduler.stop();
  });

  it('reports the last error once the retries are spent', async () => {
    const pool = fakePool(5);
    const scheduler = startRuleScheduler({ rules: [RULE], pool, region: 'eu-west-2', accountId: '000000000000', onError: () => undefined });
    const run = await scheduler.run(RULE.logicalId);
    expect(run.targets).toStrictEqual([{ targetId: 'Target0', functionLogicalId: 'Eraser', attempts: 3, outcome: { ok: false, error: 'Eraser failed: Error: boom' } }]);
    await scheduler.stop();
  });

  it('fails on a name no rule has, listing the rules', async () => {
    const scheduler = startRuleScheduler({ rules: [RULE], pool: fakePool(), region: 'eu-west-2', accountId: '000000000000', onError: () => undefined });
    expect(() => scheduler.run('Nightly')).toThrow(new UnknownRuleError('Nightly', [RULE.logicalId]));
    expect(() => scheduler.run('Nightly')).toThrow("no scheduled rule matches 'Nightly'; the rules are FundEraseExpiredApplicationsSchedule1A2B");
    await scheduler.stop();
  });
});
