// One Lambda execution environment: a worker thread with the function's own environment
// variables, which imports the handler module once (the cold start) and then serves
// invocations. Errors cross back as plain data, as the Lambda runtime reports them.
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { callMatches } from './fault-plan.ts';
import type { FaultAnswer, FaultQuestion, InvocationRequest, InvocationResponse, WorkerSetup } from './protocol.ts';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('function-worker must run as a worker thread');

// Fault injection. The AWS SDK v3's NodeHttpHandler sends every call through node:http, whose
// diagnostics channels name each request as it is created (`http.client.request.created`: its headers set,
// no byte written; by `http.client.request.start` the request has already gone out) and each response once
// it has been received (`http.client.response.finish`); the `X-Amz-Target` header says which call it is
// (the JSON protocols of DynamoDB and SQS). At a call an armed fault watches, the environment asks the
// pool and blocks until it answers, so that the call's bytes are not yet sent (before) or its result not
// yet seen by the handler (after) when it ends.
const FAULT_EXIT_CODE = 137;
const signal = new Int32Array(setup.faultSignal);
let watched: InvocationRequest['watchedCalls'] = [];
let seq = 0;
const targetOf = (request: ClientRequest | undefined): string | undefined => {
  const target = request?.getHeader('x-amz-target');
  return typeof target === 'string' ? target : undefined;
};
const askAndMaybeEnd = (point: FaultQuestion['point'], request: ClientRequest | undefined) => {
  if (!watched.length) return;
  const call = targetOf(request);
  if (!call || !watched.some((each) => each.point === point && callMatches(each.call, call))) return;
  const question: FaultQuestion = { seq: ++seq, point, call };
  Atomics.store(signal, 0, 0);
  setup.faultPort.postMessage(question);
  Atomics.wait(signal, 0, 0, 10_000);
  for (let answer = receiveMessageOnPort(setup.faultPort); answer; answer = receiveMessageOnPort(setup.faultPort)) {
    const { seq: answered, fire } = answer.message as FaultAnswer;
    // In a worker, process.exit ends this thread at once, as a crashed runtime ends: nothing after it runs.
    if (answered === question.seq && fire) process.exit(FAULT_EXIT_CODE);
  }
};
subscribe('http.client.request.created', (message) => askAndMaybeEnd('before-call', (message as { request?: ClientRequest }).request));
subscribe('http.client.response.finish', (message) => askAndMaybeEnd('after-call', (message as { request?: ClientRequest }).request));

const asInvocationError = (error: unknown) => {
  const { name = 'Error', message = String(error), stack = '' } = error instanceof Error ? error : {};
  return { errorType: name, errorMessage: message, stack };
};

const moduleExports: Record<string, unknown> = await import(pathToFileURL(setup.modulePath).href).catch((error: unknown) => {
  port.postMessage({ initError: asInvocationError(error) });
  return {};
});
const handler = moduleExports[setup.handlerExport];

port.on('message', async ({ id, event, requestId, deadline, watchedCalls, crash }: InvocationRequest) => {
  if (crash) process.exit(FAULT_EXIT_CODE);
  watched = watchedCalls;
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
