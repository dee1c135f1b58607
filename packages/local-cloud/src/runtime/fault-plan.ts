import { randomUUID } from 'node:crypto';

/** Where in an invocation a fault can end the environment. */
export type FaultPoint = 'invocation-start' | 'before-call' | 'after-call';

/**
 * A fault to inject: end the environment of a function, abruptly as a crash, at a chosen point.
 *
 * @example
 * const spec: FaultSpec = { functionLogicalId: 'FundOutboxRelay', at: 'after-call', call: 'AmazonSQS.SendMessage', nth: 2 };
 */
export interface FaultSpec {
  /** The function's logical id, or a prefix of it (CDK appends a hash). */
  functionLogicalId: string;
  at: FaultPoint;
  /**
   * For `before-call` and `after-call`: the AWS call, as its `X-Amz-Target` header names it
   * (`DynamoDB_20120810.TransactWriteItems`, `AmazonSQS.SendMessageBatch`) or its operation alone (`TransactWriteItems`).
   */
  call?: string;
  /** Fire on the nth matching point (counted across the function's environments since arming); default 1. */
  nth?: number;
  /** Fire once and disarm (the default), or on the nth matching point and every one after. */
  once?: boolean;
}

/** One time a fault ended an environment. */
export interface FiredFault {
  at: string;
  functionLogicalId: string;
  environmentId: string;
  point: FaultPoint;
  call?: string;
}

/**
 * An armed fault and what it has done: how many points matched, and when it fired.
 *
 * @example
 * plan.list()[0]; // { id: '…', functionLogicalId: 'FundOutboxRelay', at: 'before-call', call: 'AmazonSQS.SendMessage', nth: 1, once: true, armed: false, matched: 1, fired: [...] }
 */
export interface ArmedFault {
  id: string;
  functionLogicalId: string;
  at: FaultPoint;
  call?: string;
  nth: number;
  once: boolean;
  /** False once a `once` fault has fired. */
  armed: boolean;
  matched: number;
  fired: FiredFault[];
}

/** A point an environment reached, which may be where a fault ends it. */
export interface FaultCheck {
  functionLogicalId: string;
  environmentId: string;
  point: FaultPoint;
  call?: string;
}

/** A fault spec that cannot be armed. */
export class InvalidFaultError extends Error {
  constructor(reason: string) {
    super(`the fault cannot be armed: ${reason}`);
    this.name = 'InvalidFaultError';
  }
}

const POINTS: readonly FaultPoint[] = ['invocation-start', 'before-call', 'after-call'];

/** Whether a call as named in a fault (`TransactWriteItems` or `DynamoDB_20120810.TransactWriteItems`) is the target called. */
export const callMatches = (wanted: string, target: string): boolean => wanted === target || target.endsWith(`.${wanted}`);

const matches = (fault: ArmedFault, check: Omit<FaultCheck, 'environmentId'>): boolean =>
  fault.armed &&
  check.functionLogicalId.startsWith(fault.functionLogicalId) &&
  fault.at === check.point &&
  (fault.call === undefined || (check.call !== undefined && callMatches(fault.call, check.call)));

/**
 * The faults armed in a local cloud, and the one place that decides whether a point an environment
 * reached is where one fires: counting there, across environments, is what makes "the second
 * `SendMessage` of the relay, whichever environment makes it" mean one call.
 *
 * @example
 * const plan = new FaultPlan();
 * plan.arm({ functionLogicalId: 'FundInboxConsumer', at: 'after-call', call: 'TransactWriteItems', nth: 2 });
 * plan.decide({ functionLogicalId: 'FundInboxConsumerAB12', environmentId: 'FundInboxConsumerAB12#1', point: 'after-call', call: 'DynamoDB_20120810.TransactWriteItems' }); // false, then true
 */
export class FaultPlan {
  readonly #faults: ArmedFault[] = [];
  readonly #now: () => Date;

  constructor({ now = () => new Date() }: { now?: () => Date } = {}) {
    this.#now = now;
  }

  /** Arms a fault; it fails with {@link InvalidFaultError} on a spec it could never match. */
  arm(spec: FaultSpec): ArmedFault {
    const { functionLogicalId, at, call, nth = 1, once = true } = spec;
    if (typeof functionLogicalId !== 'string' || !functionLogicalId) throw new InvalidFaultError('functionLogicalId must name a function, or a prefix of its logical id');
    if (!POINTS.includes(at)) throw new InvalidFaultError(`at must be one of ${POINTS.join(', ')}; got ${JSON.stringify(at)}`);
    if (at === 'invocation-start' && call !== undefined) throw new InvalidFaultError('an invocation-start fault names no call');
    if (at !== 'invocation-start' && (typeof call !== 'string' || !call)) throw new InvalidFaultError(`a ${at} fault names the call, e.g. DynamoDB_20120810.TransactWriteItems or AmazonSQS.SendMessage`);
    if (!Number.isInteger(nth) || nth < 1) throw new InvalidFaultError(`nth must be a whole number of at least 1; got ${JSON.stringify(nth)}`);
    if (typeof once !== 'boolean') throw new InvalidFaultError(`once must be true or false; got ${JSON.stringify(once)}`);
    const fault: ArmedFault = { id: randomUUID(), functionLogicalId, at, ...(call === undefined ? {} : { call }), nth, once, armed: true, matched: 0, fired: [] };
    this.#faults.push(fault);
    return structuredClone(fault);
  }

  /** Every fault armed since the last clear, with what it matched and when it fired. */
  list(): ArmedFault[] {
    return structuredClone(this.#faults);
  }

  /** Disarms and forgets every fault, or the one with this id; answers how many went. */
  clear(id?: string): number {
    const before = this.#faults.length;
    for (let index = this.#faults.length - 1; index >= 0; index--) if (id === undefined || this.#faults[index]?.id === id) this.#faults.splice(index, 1);
    return before - this.#faults.length;
  }

  /** The calls a function's environment must ask about (armed faults that could match it), so that it asks about no other. */
  watchedCalls(functionLogicalId: string): { point: 'before-call' | 'after-call'; call: string }[] {
    return this.#faults.flatMap((fault) =>
      fault.armed && functionLogicalId.startsWith(fault.functionLogicalId) && fault.at !== 'invocation-start' && fault.call !== undefined ? [{ point: fault.at, call: fault.call }] : [],
    );
  }

  /** Counts the point against every armed fault it matches; true if one fires there (the environment is to end now). */
  decide(check: FaultCheck): boolean {
    let fire = false;
    for (const fault of this.#faults) {
      if (!matches(fault, check)) continue;
      fault.matched++;
      if (fault.matched < fault.nth || fire) continue;
      fire = true;
      fault.fired.push({ at: this.#now().toISOString(), ...check });
      if (fault.once) fault.armed = false;
    }
    return fire;
  }
}
