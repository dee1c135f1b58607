import { describe, expect, it } from '@jest/globals';
import { callMatches, FaultPlan, InvalidFaultError, type FaultCheck } from './fault-plan.ts';

const AT = new Date('2026-12-01T10:00:00.000Z');
const sendAfter = (environmentId = 'FundOutboxRelayAB12#1'): FaultCheck => ({ functionLogicalId: 'FundOutboxRelayAB12', environmentId, point: 'after-call', call: 'AmazonSQS.SendMessage' });

describe('FaultPlan', () => {
  it('fires on the nth matching call, counted across environments, then disarms', () => {
    // GIVEN a fault on the relay's second SendMessage, named by a prefix of its logical id
    const plan = new FaultPlan({ now: () => AT });
    const { id } = plan.arm({ functionLogicalId: 'FundOutboxRelay', at: 'after-call', call: 'SendMessage', nth: 2 });
    // WHEN three calls are made, the first two by different environments
    const decisions = [plan.decide(sendAfter('FundOutboxRelayAB12#1')), plan.decide(sendAfter('FundOutboxRelayAB12#2')), plan.decide(sendAfter('FundOutboxRelayAB12#3'))];
    // THEN only the second fires, and the fault says so
    expect(decisions).toStrictEqual([false, true, false]);
    expect(plan.list()).toStrictEqual([
      {
        id,
        functionLogicalId: 'FundOutboxRelay',
        at: 'after-call',
        call: 'SendMessage',
        nth: 2,
        once: true,
        armed: false,
        matched: 2,
        fired: [{ at: AT.toISOString(), ...sendAfter('FundOutboxRelayAB12#2') }],
      },
    ]);
  });

  it('keeps firing from the nth call on when not once', () => {
    const plan = new FaultPlan();
    plan.arm({ functionLogicalId: 'FundOutboxRelay', at: 'after-call', call: 'AmazonSQS.SendMessage', nth: 2, once: false });

    expect([1, 2, 3].map(() => plan.decide(sendAfter()))).toStrictEqual([false, true, true]);
  });

  it('matches only its function, its point and its call', () => {
    const plan = new FaultPlan();
    plan.arm({ functionLogicalId: 'FundOutboxRelay', at: 'after-call', call: 'AmazonSQS.SendMessage' });

    const misses = [
      { ...sendAfter(), functionLogicalId: 'EmeritusOutboxRelayCD34' },
      { ...sendAfter(), point: 'before-call' as const },
      { ...sendAfter(), call: 'AmazonSQS.SendMessageBatch' },
      { ...sendAfter(), call: 'DynamoDB_20120810.TransactWriteItems' },
      { ...sendAfter(), point: 'invocation-start' as const, call: undefined },
    ].map((check) => plan.decide(check));

    expect({ misses, hit: plan.decide(sendAfter()) }).toStrictEqual({ misses: [false, false, false, false, false], hit: true });
  });

  it('fires an invocation-start fault as an invocation starts', () => {
    const plan = new FaultPlan();
    plan.arm({ functionLogicalId: 'FundInboxConsumer', at: 'invocation-start' });

    const start = { functionLogicalId: 'FundInboxConsumerEF56', environmentId: 'FundInboxConsumerEF56#1', point: 'invocation-start' as const };
    expect([plan.decide(start), plan.decide(start)]).toStrictEqual([true, false]);
  });

  it('tells an environment which calls to ask about, and forgets cleared faults', () => {
    const plan = new FaultPlan();
    const kept = plan.arm({ functionLogicalId: 'FundInboxConsumer', at: 'before-call', call: 'TransactWriteItems' });
    const cleared = plan.arm({ functionLogicalId: 'FundInbox', at: 'after-call', call: 'AmazonSQS.SendMessage' });
    plan.arm({ functionLogicalId: 'FundInboxConsumer', at: 'invocation-start' });

    expect(plan.watchedCalls('FundInboxConsumerEF56')).toStrictEqual([
      { point: 'before-call', call: 'TransactWriteItems' },
      { point: 'after-call', call: 'AmazonSQS.SendMessage' },
    ]);
    expect(plan.clear(cleared.id)).toBe(1);
    expect(plan.watchedCalls('FundInboxConsumerEF56')).toStrictEqual([{ point: 'before-call', call: 'TransactWriteItems' }]);
    expect(plan.watchedCalls('FundOutboxRelayAB12')).toStrictEqual([]);
    expect(plan.list().map(({ id }) => id)).toContain(kept.id);
    expect(plan.clear()).toBe(2);
    expect(plan.list()).toStrictEqual([]);
  });

  it.each([
    [{ functionLogicalId: '', at: 'invocation-start' }, 'the fault cannot be armed: functionLogicalId must name a function, or a prefix of its logical id'],
    [{ functionLogicalId: 'Fund', at: 'mid-call' }, 'the fault cannot be armed: at must be one of invocation-start, before-call, after-call; got "mid-call"'],
    [{ functionLogicalId: 'Fund', at: 'before-call' }, 'the fault cannot be armed: a before-call fault names the call, e.g. DynamoDB_20120810.TransactWriteItems or AmazonSQS.SendMessage'],
    [{ functionLogicalId: 'Fund', at: 'invocation-start', call: 'SendMessage' }, 'the fault cannot be armed: an invocation-start fault names no call'],
    [{ functionLogicalId: 'Fund', at: 'after-call', call: 'SendMessage', nth: 0 }, 'the fault cannot be armed: nth must be a whole number of at least 1; got 0'],
  ])('fails to arm %j', (spec, message) => {
    const plan = new FaultPlan();
    expect(() => plan.arm(spec as never)).toThrow(new InvalidFaultError(message.replace('the fault cannot be armed: ', '')));
    expect(() => plan.arm(spec as never)).toThrow(message);
  });
});

describe('callMatches', () => {
  it('takes a call by its full target or its operation alone, never a longer operation', () => {
    expect([
      callMatches('DynamoDB_20120810.TransactWriteItems', 'DynamoDB_20120810.TransactWriteItems'),
      callMatches('TransactWriteItems', 'DynamoDB_20120810.TransactWriteItems'),
      callMatches('SendMessage', 'AmazonSQS.SendMessageBatch'),
      callMatches('Message', 'AmazonSQS.SendMessage'),
    ]).toStrictEqual([true, true, false, false]);
  });
});
