import { randomUUID } from 'node:crypto';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { FaultPlan, InvalidFaultError, type ArmedFault, type FaultSpec } from './fault-plan.ts';
import type { FaultAnswer, FaultQuestion, InvocationError, InvocationRequest, InvocationResponse, WorkerSetup } from './protocol.ts';

export interface LocalFunction {
  logicalId: string;
  modulePath: string;
  handlerExport: string;
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
  arn: string;
  /** The template's `ReservedConcurrentExecutions`: at most this many environments at once. */
  reservedConcurrency?: number;
}

/** The handler threw, or its module failed to load, or it ran past its timeout, or its environment died. */
export class FunctionInvocationError extends Error {
  readonly errorType: string;
  constructor(functionName: string, error: InvocationError) {
    super(`${functionName} failed: ${error.errorType}: ${error.errorMessage}`);
    this.name = 'FunctionInvocationError';
    this.errorType = error.errorType;
    this.stack = error.stack || this.stack;
  }
}

/**
 * What one function's environments have done since the pool started.
 *
 * @example
 * pool.stats().get('CreateRetirementFn1234'); // { environmentsStarted: 3, peakBusy: 3, invocations: 7, live: 3, invocationsByEnvironment: { ... } }
 */
export interface FunctionStats {
  /** Cold starts: every environment ever started, the discarded included. */
  environmentsStarted: number;
  /** The most environments serving an invocation at the same moment. */
  peakBusy: number;
  invocations: number;
  /** Environments alive now, idle or busy. */
  live: number;
  /** Invocations served by each environment (by its id), the discarded included. */
  invocationsByEnvironment: Record<string, number>;
}

/** The default limit of environments per function, where the template reserves no concurrency. */
export const DEFAULT_FUNCTION_CONCURRENCY = 10;

export interface FunctionPoolOptions {
  /** Environments per function where the template reserves none (default `LOCAL_FUNCTION_CONCURRENCY`, else 10). */
  defaultConcurrency?: number;
  /** Where debug lines go (how many environments each function used); nothing is logged without it. */
  debug?: (line: string) => void;
  /** The faults to inject (default: a plan of its own, empty until armed). */
  faults?: FaultPlan;
}

interface Invocation {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Environment {
  id: string;
  worker: Worker;
  /** The pool's end of the channel where the environment asks whether a fault fires. */
  faultPort: MessagePort;
  ready: Promise<void>;
  /** The one invocation it is serving, if any. */
  current: Invocation | undefined;
  discarded: boolean;
}

interface FunctionState {
  fn: LocalFunction;
  limit: number;
  idle: Environment[];
  all: Set<Environment>;
  /** Invocations waiting for an environment, first come first served. */
  waiting: { take: (environment: Environment) => void; fail: (error: Error) => void }[];
  stats: FunctionStats;
}

const exitError = (logicalId: string, errorMessage: string) => new FunctionInvocationError(logicalId, { errorType: 'Runtime.ExitError', errorMessage, stack: '' });

const concurrencyFromEnv = (): number | undefined => {
  const value = process.env.LOCAL_FUNCTION_CONCURRENCY;
  if (value === undefined || value === '') return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`LOCAL_FUNCTION_CONCURRENCY must be a whole number of at least 1; got "${value}"`);
  return limit;
};

/**
 * Runs each Lambda function of the app as a pool of execution environments, as Lambda does: each
 * environment is a worker thread with the function's own environment variables, serves one invocation
 * at a time, and is started on demand (a cold start) while every other is busy, up to the function's
 * reserved concurrency or the pool's default. So module-scope state (a cache, a logger's per-request
 * keys) is never shared between two invocations in flight, and two functions reading `TABLE_NAME` at
 * module scope each see their own table.
 *
 * Where Lambda would throttle an invocation beyond the limit (a 429 to a synchronous caller, a retry
 * for a poller), the pool queues it until an environment is free: locally the limit stands for the
 * machine's capacity, not an account quota, and a test or a burst from the console should see the
 * same outcome as a slower Lambda, not errors that AWS's own retries would hide.
 *
 * @example
 * const pool = new FunctionPool(functions, { defaultConcurrency: 10 });
 * const response = await pool.invoke('GetHealthFn1234', httpEvent);
 */
export class FunctionPool {
  readonly #functions: Map<string, FunctionState>;
  readonly #debug: ((line: string) => void) | undefined;
  /** The faults armed in this pool; {@link FunctionPool.armFault} arms one, `faults.list()` says which fired. */
  readonly faults: FaultPlan;
  #stopped = false;

  constructor(functions: Iterable<LocalFunction>, options: FunctionPoolOptions = {}) {
    const defaultLimit = options.defaultConcurrency ?? concurrencyFromEnv() ?? DEFAULT_FUNCTION_CONCURRENCY;
    this.#debug = options.debug;
    this.faults = options.faults ?? new FaultPlan();
    this.#functions = new Map(
      [...functions].map((fn) => [
        fn.logicalId,
        {
          fn,
          limit: fn.reservedConcurrency ?? defaultLimit,
          idle: [],
          all: new Set(),
          waiting: [],
          stats: { environmentsStarted: 0, peakBusy: 0, invocations: 0, live: 0, invocationsByEnvironment: {} },
        },
      ]),
    );
  }

  /** Invokes a function with an event, as Lambda's synchronous invoke does. */
  async invoke(logicalId: string, event: unknown): Promise<unknown> {
    const state = this.#functions.get(logicalId);
    if (!state) throw new Error(`no local function ${logicalId}`);
    const { fn } = state;
    const environment = await this.#acquire(state);
    state.stats.invocations++;
    state.stats.invocationsByEnvironment[environment.id] = (state.stats.invocationsByEnvironment[environment.id] ?? 0) + 1;
    let timer: NodeJS.Timeout | undefined;
    try {
      await environment.ready;
      const deadline = Date.now() + fn.timeoutSeconds * 1_000;
      const result = new Promise<unknown>((resolve, reject) => (environment.current = { resolve, reject }));
      const crash = this.faults.decide({ functionLogicalId: logicalId, environmentId: environment.id, point: 'invocation-start' });
      const request: InvocationRequest = { id: 0, event, requestId: randomUUID(), deadline, watchedCalls: this.faults.watchedCalls(logicalId), ...(crash ? { crash } : {}) };
      environment.worker.postMessage(request);
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new FunctionInvocationError(logicalId, { errorType: 'Sandbox.Timedout', errorMessage: `Task timed out after ${fn.timeoutSeconds} seconds`, stack: '' }));
          // Lambda discards a timed-out environment, and only that one.
          this.#discard(state, environment);
        }, fn.timeoutSeconds * 1_000);
      });
      return await Promise.race([result, timeout]);
    } finally {
      clearTimeout(timer);
      environment.current = undefined;
      this.#release(state, environment);
    }
  }

  /** Discards every environment of a function, failing its in-flight invocations, as a crash would. */
  recycle(logicalId: string): void {
    const state = this.#functions.get(logicalId);
    if (!state) return;
    for (const environment of [...state.all]) this.#discard(state, environment);
  }

  /**
   * Arms a fault that ends an environment of the function abruptly, as a crash: its invocation fails
   * with `Runtime.ExitError`, the environment is discarded and the next invocation cold-starts. Fails
   * with {@link InvalidFaultError} when the prefix names no function of the pool, or the spec is invalid.
   */
  armFault(spec: FaultSpec): ArmedFault {
    const prefix = (spec as { functionLogicalId?: unknown }).functionLogicalId;
    if (typeof prefix === 'string' && prefix && ![...this.#functions.keys()].some((logicalId) => logicalId.startsWith(prefix))) {
      throw new InvalidFaultError(`no function's logical id starts with ${JSON.stringify(prefix)}`);
    }
    return this.faults.arm(spec);
  }

  /** Per function that has been invoked: environments started, peak busy at once, invocations. */
  stats(): Map<string, FunctionStats> {
    return new Map(
      [...this.#functions]
        .filter(([, state]) => state.stats.environmentsStarted > 0)
        .map(([logicalId, state]) => [logicalId, { ...state.stats, live: state.all.size, invocationsByEnvironment: { ...state.stats.invocationsByEnvironment } }]),
    );
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#debug) {
      for (const [logicalId, { environmentsStarted, peakBusy, invocations }] of this.stats()) {
        this.#debug(`${logicalId}: ${environmentsStarted} environment${environmentsStarted === 1 ? '' : 's'} started, at most ${peakBusy} busy at once, ${invocations} invocations`);
      }
    }
    const workers: Worker[] = [];
    for (const state of this.#functions.values()) {
      for (const waiter of state.waiting.splice(0)) waiter.fail(new Error(`${state.fn.logicalId}: the function pool stopped`));
      for (const environment of state.all) {
        environment.discarded = true;
        environment.faultPort.close();
        workers.push(environment.worker);
      }
      state.all.clear();
      state.idle = [];
    }
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #acquire(state: FunctionState): Promise<Environment> {
    if (this.#stopped) return Promise.reject(new Error(`${state.fn.logicalId}: the function pool stopped`));
    const idle = state.idle.pop();
    const environment = idle ?? (state.all.size < state.limit ? this.#start(state) : undefined);
    if (environment) return Promise.resolve(this.#markBusy(state, environment));
    return new Promise((resolve, reject) => state.waiting.push({ take: (next) => resolve(this.#markBusy(state, next)), fail: reject }));
  }

  #markBusy(state: FunctionState, environment: Environment): Environment {
    // Busy = alive and not idle: a discarded environment stops counting at once, before its invocation settles.
    state.stats.peakBusy = Math.max(state.stats.peakBusy, state.all.size - state.idle.length);
    return environment;
  }

  /** After an invocation: the environment serves the next waiting one, or waits idle; a discarded one makes room for a new one. */
  #release(state: FunctionState, environment: Environment): void {
    if (environment.discarded) return;
    const waiter = state.waiting.shift();
    if (waiter) waiter.take(environment);
    else state.idle.push(environment);
  }

  #discard(state: FunctionState, environment: Environment): void {
    if (environment.discarded) return;
    environment.discarded = true;
    state.all.delete(environment);
    state.idle = state.idle.filter((each) => each !== environment);
    environment.current?.reject(exitError(state.fn.logicalId, 'the execution environment was discarded'));
    environment.faultPort.close();
    void environment.worker.terminate();
    // Its slot is free: an invocation waiting for one gets a new environment (a cold start).
    const waiter = !this.#stopped && state.waiting.shift();
    if (waiter) waiter.take(this.#start(state));
  }

  #start(state: FunctionState): Environment {
    const { fn } = state;
    const id = `${fn.logicalId}#${state.stats.environmentsStarted + 1}`;
    const { port1: faultPort, port2: workerFaultPort } = new MessageChannel();
    const faultSignal = new SharedArrayBuffer(4);
    const setup: WorkerSetup = {
      modulePath: fn.modulePath,
      handlerExport: fn.handlerExport,
      functionName: fn.logicalId,
      functionArn: fn.arn,
      memoryMb: fn.memoryMb,
      environmentId: id,
      faultPort: workerFaultPort,
      faultSignal,
    };
    const worker = new Worker(new URL('./function-worker.ts', import.meta.url), { workerData: setup, transferList: [workerFaultPort], env: fn.environment, name: id });
    const environment: Environment = { id, worker, faultPort, ready: Promise.resolve(), current: undefined, discarded: false };
    // The environment blocks until this answers; the answer is posted before the signal, so it is there when it wakes.
    faultPort.on('message', ({ seq, point, call }: FaultQuestion) => {
      const answer: FaultAnswer = { seq, fire: this.faults.decide({ functionLogicalId: fn.logicalId, environmentId: id, point, call }) };
      faultPort.postMessage(answer);
      const signal = new Int32Array(faultSignal);
      Atomics.store(signal, 0, 1);
      Atomics.notify(signal, 0);
    });
    faultPort.unref();
    environment.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: InvocationResponse | { ready: true } | { initError: InvocationError }) => {
        if ('ready' in message) return resolve();
        if ('initError' in message) {
          const error = new FunctionInvocationError(fn.logicalId, { ...message.initError, errorType: `Runtime.ImportModuleError: ${message.initError.errorType}` });
          reject(error);
          return this.#discard(state, environment);
        }
        if ('error' in message) environment.current?.reject(new FunctionInvocationError(fn.logicalId, message.error));
        else environment.current?.resolve(message.result);
      });
      worker.on('error', (error) => {
        reject(error);
        environment.current?.reject(exitError(fn.logicalId, `Runtime exited with error: ${error.message}`));
        this.#discard(state, environment);
      });
      // An environment that ends by itself (process.exit in the handler, or an injected fault) crashed.
      worker.on('exit', (code) => {
        if (environment.discarded) return;
        const error = exitError(fn.logicalId, `Runtime exited with error: exit status ${code}`);
        reject(error);
        environment.current?.reject(error);
        this.#discard(state, environment);
      });
    });
    // A rejected start is reported to the invocation that awaits it, not as an unhandled rejection.
    environment.ready.catch(() => undefined);
    state.all.add(environment);
    state.stats.environmentsStarted++;
    state.stats.invocationsByEnvironment[id] = 0;
    return environment;
  }
}
