/** What the function pool tells a worker when it starts it. */
export interface WorkerSetup {
  modulePath: string;
  handlerExport: string;
  functionName: string;
  functionArn: string;
  memoryMb: number;
  /** The environment's id in the pool, e.g. `CreateRetirementFn1234#3`: the third started. */
  environmentId: string;
}

export interface InvocationRequest {
  id: number;
  event: unknown;
  requestId: string;
  deadline: number;
}

/** A handler's error as the Lambda runtime reports it. */
export interface InvocationError {
  errorType: string;
  errorMessage: string;
  stack: string;
}

export type InvocationResponse = { id: number; result: unknown } | { id: number; error: InvocationError };
