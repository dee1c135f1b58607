import { randomUUID } from 'node:crypto';
import type { FunctionPool } from '../runtime/function-pool.ts';
import type { ScheduleRuleWiring } from '../wiring/wiring.ts';
import { nextFiring, parseScheduleExpression } from './schedule-expression.ts';

/** What one target of a rule did on one run: its result, or the error of its last attempt. */
export interface TargetRun {
  targetId: string;
  functionLogicalId: string;
  attempts: number;
  outcome: { ok: true; result: unknown } | { ok: false; error: string };
}

/** One run of a rule, on its schedule or on request. */
export interface RuleRun {
  rule: string;
  time: string;
  targets: TargetRun[];
}

/**
 * Runs the template's scheduled rules: each at its times, and any one now, on request.
 *
 * @example
 * const run = await scheduler.run('FundEraseExpiredApplicationsSchedule'); // by logical id or a unique part of it
 */
export interface RuleScheduler {
  readonly rules: readonly ScheduleRuleWiring[];
  /** Runs a rule now, whatever its schedule (a disabled one too), as EventBridge would at its time. */
  run(name: string): Promise<RuleRun>;
  stop(): Promise<void>;
}

export class UnknownRuleError extends Error {
  constructor(name: string, known: readonly string[]) {
    super(`no scheduled rule matches '${name}'${known.length ? `; the rules are ${known.join(', ')}` : '; the template has none'}`);
    this.name = 'UnknownRuleError';
  }
}

// setTimeout takes at most 2^31 - 1 ms (about 24.8 days); a later firing is waited for in steps.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Starts timers for every enabled scheduled rule. A firing invokes each target with the event EventBridge
 * sends (`detail-type: Scheduled Event`, `source: aws.events`) or the target's constant input, retrying a
 * failed invocation up to the target's `MaximumRetryAttempts` (EventBridge retries asynchronous failures;
 * here the retries follow at once). Errors go to `onError`; the schedule carries on.
 *
 * @example
 * const scheduler = startRuleScheduler({ rules: wiring.scheduleRules, pool, region, accountId: '000000000000', onError: console.error });
 */
export const startRuleScheduler = ({
  rules,
  pool,
  region,
  accountId,
  onError,
  now = () => new Date(),
}: {
  rules: readonly ScheduleRuleWiring[];
  pool: Pick<FunctionPool, 'invoke'>;
  region: string;
  accountId: string;
  onError: (error: unknown) => void;
  now?: () => Date;
}): RuleScheduler => {
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<unknown>>();
  let stopped = false;

  const fire = async (rule: ScheduleRuleWiring): Promise<RuleRun> => {
    const time = now().toISOString();
    const event = {
      version: '0',
      id: randomUUID(),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: accountId,
      time: `${time.slice(0, 19)}Z`,
      region,
      resources: [`arn:aws:events:${region}:${accountId}:rule/${rule.logicalId}`],
      detail: {},
    };
    const targets: TargetRun[] = [];
    for (const target of rule.targets) {
      let attempts = 0;
      let outcome: TargetRun['outcome'] = { ok: false, error: 'not invoked' };
      while (attempts <= target.maximumRetryAttempts) {
        attempts += 1;
        try {
          outcome = { ok: true, result: await pool.invoke(target.functionLogicalId, target.input ?? event) };
          break;
        } catch (error) {
          outcome = { ok: false, error: (error as Error).message ?? String(error) };
          if (stopped) break;
        }
      }
      targets.push({ targetId: target.id, functionLogicalId: target.functionLogicalId, attempts, outcome });
    }
    return { rule: rule.logicalId, time, targets };
  };

  const track = <T>(promise: Promise<T>): Promise<T> => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  };

  const schedule = (rule: ScheduleRuleWiring, since: Date) => {
    if (stopped) return;
    const at = nextFiring(parseScheduleExpression(rule.scheduleExpression), now(), since);
    if (at === undefined) return;
    const wait = Math.min(at.getTime() - now().getTime(), MAX_TIMER_MS);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (now().getTime() < at.getTime()) return schedule(rule, since);
      track(fire(rule))
        .then((run) => {
          for (const target of run.targets) if (!target.outcome.ok) onError(new Error(`scheduled rule ${rule.logicalId}, target ${target.targetId}: ${target.outcome.error}`));
        })
        .catch(onError)
        .finally(() => schedule(rule, since));
    }, Math.max(wait, 0));
    // The schedule alone never keeps the process alive: Ctrl-C and the end of a test still stop it.
    timer.unref();
    timers.add(timer);
  };

  const started = now();
  for (const rule of rules) if (rule.enabled) schedule(rule, started);

  return {
    rules,
    run: (name: string) => {
      const exact = rules.find((rule) => rule.logicalId === name);
      const matching = exact ? [exact] : rules.filter((rule) => rule.logicalId.includes(name));
      const [rule] = matching;
      if (rule === undefined || matching.length > 1) throw new UnknownRuleError(name, rules.map((known) => known.logicalId));
      return track(fire(rule));
    },
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...inFlight]);
    },
  };
};
