import type { MessagePort } from 'node:worker_threads';

/** What the function pool tells a worker when it starts it. */
export interface WorkerSetup {
  modulePath: string;
  handlerExport: string;
  functionName: string;
  functionArn: string;
  memoryMb: number;
  /** The environment's id in the pool, e.g. `CreateRetirementFn1234#3`: the third started. */
  environmentId: string;
  /** Where the environment asks, synchronously, whether a fault fires at a watched call (see {@link FaultQuestion}). */
  faultPort: MessagePort;
  /** One Int32 the pool sets to 1 and notifies once it has answered on `faultPort`. */
  faultSignal: SharedArrayBuffer;
}

/** What an environment asks the pool at a watched AWS call; the pool answers `{ seq, fire }`. */
export interface FaultQuestion {
  seq: number;
  point: 'before-call' | 'after-call';
  call: string;
}

export interface FaultAnswer {
  seq: number;
  fire: boolean;
}

export interface InvocationRequest {
  id: number;
  event: unknown;
  requestId: string;
  deadline: number;
  /** The AWS calls an armed fault watches in this function: only at these does the environment ask the pool. */
  watchedCalls: { point: 'before-call' | 'after-call'; call: string }[];
  /** An invocation-start fault fired: the environment ends as it receives the invocation. */
  crash?: boolean;
}

/** A handler's error as the Lambda runtime reports it. */
export interface InvocationError {
  errorType: string;
  errorMessage: string;
  stack: string;
}

export type InvocationResponse = { id: number; result: unknown } | { id: number; error: InvocationError };
