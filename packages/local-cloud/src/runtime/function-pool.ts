import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { InvocationError, InvocationResponse, WorkerSetup } from './protocol.ts';

export interface LocalFunction {
  logicalId: string;
  modulePath: string;
  handlerExport: string;
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
  arn: string;
}

/** The handler threw, or its module failed to load, or it ran past its timeout. */
export class FunctionInvocationError extends Error {
  readonly errorType: string;
  constructor(functionName: string, error: InvocationError) {
    super(`${functionName} failed: ${error.errorType}: ${error.errorMessage}`);
    this.name = 'FunctionInvocationError';
    this.errorType = error.errorType;
    this.stack = error.stack || this.stack;
  }
}

interface Environment {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
}

/**
 * Runs each Lambda function of the app in its own worker thread, started on first use (a
 * cold start) and kept warm. Each worker has the function's own environment variables, so
 * two functions reading `TABLE_NAME` at module scope each see their own table, as in Lambda.
 *
 * @example
 * const pool = new FunctionPool(functions);
 * const response = await pool.invoke('GetHealthFn1234', httpEvent);
 */
export class FunctionPool {
  readonly #functions: Map<string, LocalFunction>;
  readonly #environments = new Map<string, Environment>();
  #nextId = 0;

  constructor(functions: Iterable<LocalFunction>) {
    this.#functions = new Map([...functions].map((fn) => [fn.logicalId, fn]));
  }

  /** Invokes a function with an event, as Lambda's synchronous invoke does. */
  async invoke(logicalId: string, event: unknown): Promise<unknown> {
    const fn = this.#functions.get(logicalId);
    if (!fn) throw new Error(`no local function ${logicalId}`);
    const environment = this.#environment(fn);
    await environment.ready;
    const id = this.#nextId++;
    const deadline = Date.now() + fn.timeoutSeconds * 1_000;
    const result = new Promise<unknown>((resolve, reject) => environment.pending.set(id, { resolve, reject }));
    environment.worker.postMessage({ id, event, requestId: randomUUID(), deadline });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new FunctionInvocationError(logicalId, { errorType: 'Sandbox.Timedout', errorMessage: `Task timed out after ${fn.timeoutSeconds} seconds`, stack: '' }));
        // Lambda discards a timed-out environment; so does the pool.
        this.recycle(logicalId);
      }, fn.timeoutSeconds * 1_000);
    });
    try {
      return await Promise.race([result, timeout]);
    } finally {
      clearTimeout(timer);
      environment.pending.delete(id);
    }
  }

  /** Discards a function's environment, failing its in-flight invocations, as a crash would. */
  recycle(logicalId: string): void {
    const environment = this.#environments.get(logicalId);
    if (!environment) return;
    this.#environments.delete(logicalId);
    for (const { reject } of environment.pending.values()) {
      reject(new FunctionInvocationError(logicalId, { errorType: 'Runtime.ExitError', errorMessage: 'the execution environment was discarded', stack: '' }));
    }
    void environment.worker.terminate();
  }

  async stop(): Promise<void> {
    const workers = [...this.#environments.values()].map(({ worker }) => worker);
    this.#environments.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #environment(fn: LocalFunction): Environment {
    const existing = this.#environments.get(fn.logicalId);
    if (existing) return existing;
    const setup: WorkerSetup = {
      modulePath: fn.modulePath,
      handlerExport: fn.handlerExport,
      functionName: fn.logicalId,
      functionArn: fn.arn,
      memoryMb: fn.memoryMb,
    };
    const worker = new Worker(new URL('./function-worker.ts', import.meta.url), {
      workerData: setup,
      env: fn.environment,
      name: fn.logicalId,
    });
    const pending: Environment['pending'] = new Map();
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: InvocationResponse | { ready: true } | { initError: InvocationError }) => {
        if ('ready' in message) return resolve();
        if ('initError' in message) {
          this.recycle(fn.logicalId);
          return reject(new FunctionInvocationError(fn.logicalId, { ...message.initError, errorType: `Runtime.ImportModuleError: ${message.initError.errorType}` }));
        }
        const waiting = pending.get(message.id);
        if (!waiting) return;
        if ('error' in message) waiting.reject(new FunctionInvocationError(fn.logicalId, message.error));
        else waiting.resolve(message.result);
      });
      worker.on('error', (error) => {
        this.recycle(fn.logicalId);
        reject(error);
      });
    });
    // A rejected start is reported to the invocation that awaits it, not as an unhandled rejection.
    ready.catch(() => undefined);
    const environment = { worker, ready, pending };
    this.#environments.set(fn.logicalId, environment);
    return environment;
  }
}

