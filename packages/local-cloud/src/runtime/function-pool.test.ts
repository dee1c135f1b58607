import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { InvalidFaultError } from './fault-plan.ts';
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

describe('FunctionPool faults', () => {
  // A fake SQS endpoint that keeps the body of every SendMessage it receives.
  let server: Server;
  let endpoint: string;
  const received: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const { MessageBody = '' } = JSON.parse(body) as { MessageBody?: string };
        received.push(MessageBody);
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(JSON.stringify({ MessageId: String(received.length), MD5OfMessageBody: createHash('md5').update(MessageBody).digest('hex') }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const pools: FunctionPool[] = [];
  afterEach(async () => {
    received.splice(0);
    for (const pool of pools.splice(0)) await pool.stop();
  });
  const relayPool = () => {
    const pool = new FunctionPool([fn('RelayAB12', 'sendMessages'), fn('OtherCD34', 'sendMessages')], { defaultConcurrency: 10 });
    pools.push(pool);
    return pool;
  };
  const crashed = (logicalId: string) => new FunctionInvocationError(logicalId, { errorType: 'Runtime.ExitError', errorMessage: 'Runtime exited with error: exit status 137', stack: '' });

  it('ends the environment before the nth matching AWS call is sent, failing the invocation as a crash; the next cold-starts', async () => {
    // GIVEN a fault before the relay's second SendMessage, by a prefix of its id
    const pool = relayPool();
    pool.armFault({ functionLogicalId: 'Relay', at: 'before-call', call: 'AmazonSQS.SendMessage', nth: 2 });
    // WHEN it sends three messages, and then three again
    await expect(pool.invoke('RelayAB12', { endpoint, count: 3 })).rejects.toThrow(crashed('RelayAB12'));
    const afterCrash = [...received];
    await expect(pool.invoke('RelayAB12', { endpoint, count: 3 })).resolves.toStrictEqual({ sent: 3 });
    // THEN the second message was never sent; the retry ran in a new environment, unharmed
    expect(afterCrash).toStrictEqual(['message 0']);
    expect(received).toStrictEqual(['message 0', 'message 0', 'message 1', 'message 2']);
    expect(pool.stats().get('RelayAB12')).toMatchObject({ environmentsStarted: 2, live: 1, invocations: 2 });
    expect(pool.faults.list().map(({ armed, matched, fired }) => ({ armed, matched, fired: fired.map(({ environmentId, point, call }) => ({ environmentId, point, call })) }))).toStrictEqual([
      { armed: false, matched: 2, fired: [{ environmentId: 'RelayAB12#1', point: 'before-call', call: 'AmazonSQS.SendMessage' }] },
    ]);
  });

  it('ends the environment after a matching call has been answered: the call took effect, the handler never saw it', async () => {
    const pool = relayPool();
    pool.armFault({ functionLogicalId: 'RelayAB12', at: 'after-call', call: 'SendMessage' });

    await expect(pool.invoke('RelayAB12', { endpoint, count: 2 })).rejects.toThrow(crashed('RelayAB12'));

    expect(received).toStrictEqual(['message 0']);
  });

  it('ends the environment as an invocation starts, before the handler runs, and only the function named', async () => {
    const pool = relayPool();
    pool.armFault({ functionLogicalId: 'RelayAB12', at: 'invocation-start' });

    await expect(pool.invoke('OtherCD34', { endpoint, count: 1 })).resolves.toStrictEqual({ sent: 1 });
    await expect(pool.invoke('RelayAB12', { endpoint, count: 1 })).rejects.toThrow(crashed('RelayAB12'));
    await expect(pool.invoke('RelayAB12', { endpoint, count: 1 })).resolves.toStrictEqual({ sent: 1 });

    expect(received).toStrictEqual(['message 0', 'message 0']);
  });

  it('fails to arm a fault whose prefix names no function', () => {
    const pool = relayPool();
    expect(() => pool.armFault({ functionLogicalId: 'Nope', at: 'invocation-start' })).toThrow(new InvalidFaultError('no function\'s logical id starts with "Nope"'));
  });
});
