// One Lambda execution environment: a worker thread with the function's own environment
// variables, which imports the handler module once (the cold start) and then serves
// invocations. Errors cross back as plain data, as the Lambda runtime reports them.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { InvocationRequest, InvocationResponse, WorkerSetup } from './protocol.ts';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('function-worker must run as a worker thread');

const asInvocationError = (error: unknown) => {
  const { name = 'Error', message = String(error), stack = '' } = error instanceof Error ? error : {};
  return { errorType: name, errorMessage: message, stack };
};

const moduleExports: Record<string, unknown> = await import(pathToFileURL(setup.modulePath).href).catch((error: unknown) => {
  port.postMessage({ initError: asInvocationError(error) });
  return {};
});
const handler = moduleExports[setup.handlerExport];

port.on('message', async ({ id, event, requestId, deadline }: InvocationRequest) => {
  const context = {
    awsRequestId: requestId,
    functionName: setup.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: setup.functionArn,
    memoryLimitInMB: String(setup.memoryMb),
    logGroupName: `/aws/lambda/${setup.functionName}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  let response: InvocationResponse;
  try {
    if (typeof handler !== 'function') throw new TypeError(`${setup.modulePath} does not export a function named ${setup.handlerExport}`);
    response = { id, result: await handler(event, context) };
  } catch (error) {
    response = { id, error: asInvocationError(error) };
  }
  port.postMessage(response);
});
port.postMessage({ ready: true });
