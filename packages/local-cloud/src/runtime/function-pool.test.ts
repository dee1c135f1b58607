import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { FunctionInvocationError, FunctionPool, type LocalFunction } from './function-pool.ts';

const modulePath = fileURLToPath(new URL('../../test/fixtures/fixture-handlers.ts', import.meta.url));
const fn = (logicalId: string, handlerExport: string, environment: Record<string, string> = {}, timeoutSeconds = 5, reservedConcurrency?: number): LocalFunction => ({
  logicalId,
  modulePath,
  handlerExport,
  environment: { AWS_REGION: 'eu-west-2', ...environment },
  timeoutSeconds,
  memoryMb: 128,
  arn: `arn:aws:lambda:eu-west-2:000000000000:function:${logicalId}`,
  ...(reservedConcurrency === undefined ? {} : { reservedConcurrency }),
});

type Served = { environmentMark: string; inFlightAtStart: number };

describe('FunctionPool', () => {
  const pool = new FunctionPool([
    fn('Orders', 'echoEnvironment', { TABLE_NAME: 'orders' }),
    fn('Grants', 'echoEnvironment', { TABLE_NAME: 'grants' }),
    fn('Failing', 'fail'),
    fn('Slow', 'echoEnvironment', {}, 1),
    fn('Context', 'remainingTime'),
    fn('Missing', 'noSuchExport'),
  ]);
  afterAll(() => pool.stop());

  it('gives each function its own environment, even for module-scope reads', async () => {
    await expect(pool.invoke('Orders', {})).resolves.toStrictEqual({ tableAtColdStart: 'orders', region: 'eu-west-2' });
    await expect(pool.invoke('Grants', {})).resolves.toStrictEqual({ tableAtColdStart: 'grants', region: 'eu-west-2' });
  });

  it('passes a Lambda context with the function name and remaining time', async () => {
    await expect(pool.invoke('Context', {})).resolves.toStrictEqual({ functionName: 'Context', remainingPositive: true });
  });

  it('fails with the handler error type and message', async () => {
    await expect(pool.invoke('Failing', {})).rejects.toThrow(new FunctionInvocationError('Failing', { errorType: 'RangeError', errorMessage: 'amount out of range', stack: '' }));
  });

  it('fails an invocation that runs past the timeout, and serves the next one afresh', async () => {
    await expect(pool.invoke('Slow', { wait: 3_000 })).rejects.toThrow('Slow failed: Sandbox.Timedout: Task timed out after 1 seconds');
    await expect(pool.invoke('Slow', {})).resolves.toStrictEqual({ tableAtColdStart: undefined, region: 'eu-west-2' });
  });

  it('fails when the module does not export the named handler', async () => {
    await expect(pool.invoke('Missing', {})).rejects.toThrow(/Missing failed: TypeError: .* does not export a function named noSuchExport/);
  });
});

describe('FunctionPool environments', () => {
  const pools: FunctionPool[] = [];
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.stop();
  });
  const poolOf = (functions: LocalFunction[], defaultConcurrency = 10) => {
    const pool = new FunctionPool(functions, { defaultConcurrency });
    pools.push(pool);
    return pool;
  };

  it('serves two concurrent invocations of one function in two environments, sharing no module-scope state', async () => {
    // GIVEN a function with room for ten environments
    const pool = poolOf([fn('Which', 'whichEnvironment')]);
    // WHEN two invocations overlap
    const served = (await Promise.all([pool.invoke('Which', { wait: 300 }), pool.invoke('Which', { wait: 300 })])) as Served[];
    // THEN each ran alone in an environment of its own
    expect(new Set(served.map((each) => each.environmentMark)).size).toBe(2);
    expect(served.map((each) => each.inFlightAtStart)).toStrictEqual([1, 1]);
    expect(pool.stats().get('Which')).toMatchObject({ environmentsStarted: 2, peakBusy: 2, invocations: 2, live: 2 });
  });

  it('reuses a warm environment for invocations that come one after another', async () => {
    const pool = poolOf([fn('Which', 'whichEnvironment')]);

    const first = (await pool.invoke('Which', {})) as Served;
    const second = (await pool.invoke('Which', {})) as Served;

    expect(second.environmentMark).toBe(first.environmentMark);
    expect(pool.stats().get('Which')).toStrictEqual({ environmentsStarted: 1, peakBusy: 1, invocations: 2, live: 1, invocationsByEnvironment: { 'Which#1': 2 } });
  });

  it('starts no more environments than the reserved concurrency, and serves the invocations that waited for one', async () => {
    // GIVEN a function reserving 2, in a pool whose default is 10
    const pool = poolOf([fn('Which', 'whichEnvironment', {}, 5, 2)]);
    // WHEN five invocations arrive at once
    const served = (await Promise.all(Array.from({ length: 5 }, () => pool.invoke('Which', { wait: 200 })))) as Served[];
    // THEN all five are served, by two environments, each serving one at a time
    expect(served.map((each) => each.inFlightAtStart)).toStrictEqual([1, 1, 1, 1, 1]);
    expect(new Set(served.map((each) => each.environmentMark)).size).toBe(2);
    expect(pool.stats().get('Which')).toMatchObject({ environmentsStarted: 2, peakBusy: 2, invocations: 5, live: 2 });
  });

  it('takes the default limit for a function that reserves none', async () => {
    const pool = poolOf([fn('Which', 'whichEnvironment')], 3);

    await Promise.all(Array.from({ length: 6 }, () => pool.invoke('Which', { wait: 200 })));

    expect(pool.stats().get('Which')).toMatchObject({ environmentsStarted: 3, peakBusy: 3, invocations: 6 });
  });

  it('fails a timed-out invocation and discards only its environment: the other in flight completes, and a waiting one cold-starts', async () => {
    // GIVEN a function with a 1 s timeout and room for two environments
    const pool = poolOf([fn('Slowish', 'whichEnvironment', {}, 1, 2)]);
    // WHEN one invocation runs past the timeout while another finishes in time, and a third waits
    const [late, onTime, waiting] = await Promise.allSettled([
      pool.invoke('Slowish', { wait: 3_000 }),
      pool.invoke('Slowish', { wait: 600 }),
      pool.invoke('Slowish', { wait: 0 }),
    ]);
    // THEN only the late one fails; the waiting one was served by the environment that finished
    expect(late).toStrictEqual({ status: 'rejected', reason: new FunctionInvocationError('Slowish', { errorType: 'Sandbox.Timedout', errorMessage: 'Task timed out after 1 seconds', stack: '' }) });
    const marks = [onTime, waiting].map((outcome) => (outcome.status === 'fulfilled' ? (outcome.value as Served).environmentMark : 'failed'));
    expect(marks[0]).toBe(marks[1]);
    // AND the timed-out environment is gone, the other kept: the next two invocations at once need one cold start
    await Promise.all([pool.invoke('Slowish', { wait: 200 }), pool.invoke('Slowish', { wait: 200 })]);
    expect(pool.stats().get('Slowish')).toMatchObject({ environmentsStarted: 3, live: 2, invocations: 5, invocationsByEnvironment: { 'Slowish#1': 1, 'Slowish#2': 3, 'Slowish#3': 1 } });
  });

  it('cold-starts a new environment for a waiting invocation when a busy one is discarded', async () => {
    // GIVEN one environment at most, busy past its timeout, and an invocation waiting behind it
    const pool = poolOf([fn('Single', 'whichEnvironment', {}, 1, 1)]);
    const [late, next] = await Promise.allSettled([pool.invoke('Single', { wait: 3_000 }), pool.invoke('Single', { wait: 0 })]);
    // THEN the waiting one is served by a second environment once the first is discarded
    expect([late.status, next.status]).toStrictEqual(['rejected', 'fulfilled']);
    expect(pool.stats().get('Single')).toMatchObject({ environmentsStarted: 2, peakBusy: 1, live: 1 });
  });

  it('fails every in-flight invocation of a recycled function, and serves the next one afresh', async () => {
    const pool = poolOf([fn('Which', 'whichEnvironment')]);
    const inFlight = [pool.invoke('Which', { wait: 2_000 }), pool.invoke('Which', { wait: 2_000 })];
    await new Promise((resolve) => setTimeout(resolve, 500));

    pool.recycle('Which');

    const outcomes = await Promise.allSettled(inFlight);
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as Error).message : 'served'))).toStrictEqual([
      'Which failed: Runtime.ExitError: the execution environment was discarded',
      'Which failed: Runtime.ExitError: the execution environment was discarded',
    ]);
    await expect(pool.invoke('Which', {})).resolves.toMatchObject({ inFlightAtStart: 1 });
    expect(pool.stats().get('Which')).toMatchObject({ environmentsStarted: 3, live: 1 });
  });

  it('fails an invocation whose environment exits by itself as Runtime.ExitError, and cold-starts the next', async () => {
    const pool = poolOf([fn('Exits', 'exitProcess')]);

    await expect(pool.invoke('Exits', { exit: true })).rejects.toThrow(new FunctionInvocationError('Exits', { errorType: 'Runtime.ExitError', errorMessage: 'Runtime exited with error: exit status 3', stack: '' }));
    await expect(pool.invoke('Exits', {})).resolves.toBe('still here');

    expect(pool.stats().get('Exits')).toMatchObject({ environmentsStarted: 2, live: 1, invocations: 2 });
  });

  it('logs at debug level how many environments each function used, on stop', async () => {
    const lines: string[] = [];
    const pool = new FunctionPool([fn('Which', 'whichEnvironment'), fn('Idle', 'whichEnvironment')], { defaultConcurrency: 10, debug: (line) => lines.push(line) });
    await Promise.all([pool.invoke('Which', { wait: 200 }), pool.invoke('Which', { wait: 200 })]);

    await pool.stop();

    expect(lines).toStrictEqual(['Which: 2 environments started, at most 2 busy at once, 2 invocations']);
  });
});
