import { fileURLToPath } from 'node:url';
import { FunctionPool, type LocalFunction } from '../src/runtime/function-pool.ts';

const modulePath = fileURLToPath(new URL('./fixtures/poller-handlers.ts', import.meta.url));

/** A fixture function from `fixtures/poller-handlers.ts`, reporting failures as `failureReport` says. */
export const pollerFixture = (logicalId: string, handlerExport: 'sqsBatch' | 'streamBatch', failureReport: 'batch-item-failures' | 'throw' | 'malformed'): LocalFunction => ({
  logicalId,
  modulePath,
  handlerExport,
  environment: { AWS_REGION: 'eu-west-2', FAILURE_REPORT: failureReport },
  timeoutSeconds: 10,
  memoryMb: 128,
  arn: `arn:aws:lambda:eu-west-2:000000000000:function:${logicalId}`,
});

/** A real pool (handlers run in worker threads) that also keeps every event it was invoked with. */
export class RecordingPool extends FunctionPool {
  readonly events: unknown[] = [];
  /** Called as each invocation starts, with how many there have been, this one included. */
  onInvoke: (count: number) => void = () => {};

  override async invoke(logicalId: string, event: unknown): Promise<unknown> {
    this.events.push(structuredClone(event));
    this.onInvoke(this.events.length);
    return super.invoke(logicalId, event);
  }
}

/** Polls until `check` returns a value, or fails naming what it waited for. */
export const waitFor = async <T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 8_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
