import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FunctionPool } from '../runtime/function-pool.ts';
import { startControlServer, type RunningControlServer } from './control-server.ts';
import { startRuleScheduler } from './rule-scheduler.ts';

const modulePath = fileURLToPath(new URL('../../test/fixtures/fixture-handlers.ts', import.meta.url));

describe('the control server', () => {
  const pool = new FunctionPool(
    [{ logicalId: 'WhichAB12', modulePath, handlerExport: 'whichEnvironment', environment: {}, timeoutSeconds: 5, memoryMb: 128, arn: 'arn:aws:lambda:eu-west-2:000000000000:function:WhichAB12' }],
    { defaultConcurrency: 10 },
  );
  const scheduler = startRuleScheduler({ rules: [], pool, region: 'eu-west-2', accountId: '000000000000', onError: () => undefined });
  const restarts: { name: string; downMs: number | undefined }[] = [];
  const emulators = {
    dynamodb: async ({ downMs }: { downMs?: number }) => {
      restarts.push({ name: 'dynamodb', downMs });
    },
    sqs: async () => {
      throw new Error('fauxqs runs in memory here: there is nothing on disk to start it again from');
    },
  };
  let control: RunningControlServer;
  beforeAll(async () => {
    control = await startControlServer({ scheduler, pool, emulators });
  });
  afterAll(async () => {
    await control.stop();
    await scheduler.stop();
    await pool.stop();
  });
  const call = async (method: string, path: string, body?: string) => {
    const response = await fetch(`${control.url}${path}`, { method, ...(body === undefined ? {} : { body }) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('answers each invoked function\'s environments at GET /functions/stats', async () => {
    await Promise.all([pool.invoke('WhichAB12', { wait: 200 }), pool.invoke('WhichAB12', { wait: 200 })]);

    await expect(call('GET', '/functions/stats')).resolves.toStrictEqual({
      status: 200,
      body: { functions: { WhichAB12: { environmentsStarted: 2, peakBusy: 2, invocations: 2, live: 2, invocationsByEnvironment: { 'WhichAB12#1': 1, 'WhichAB12#2': 1 } } } },
    });
  });

  it('arms a fault at POST /faults, lists it at GET /faults with what it did, and forgets it at DELETE /faults/{id}', async () => {
    // Act
    const armed = await call('POST', '/faults', JSON.stringify({ functionLogicalId: 'Which', at: 'invocation-start' }));
    const failed = await pool.invoke('WhichAB12', {}).then(() => 'served', (error: Error) => error.message);
    const listed = await call('GET', '/faults');
    const cleared = await call('DELETE', `/faults/${String(armed.body['id'])}`);
    // Assess
    expect(armed).toStrictEqual({
      status: 201,
      body: { id: expect.any(String), functionLogicalId: 'Which', at: 'invocation-start', nth: 1, once: true, armed: true, matched: 0, fired: [] },
    });
    expect(failed).toBe('WhichAB12 failed: Runtime.ExitError: Runtime exited with error: exit status 137');
    expect((listed.body['faults'] as { armed: boolean; matched: number }[]).map(({ armed: on, matched }) => ({ on, matched }))).toStrictEqual([{ on: false, matched: 1 }]);
    expect(cleared).toStrictEqual({ status: 200, body: { cleared: 1 } });
    await expect(call('GET', '/faults')).resolves.toStrictEqual({ status: 200, body: { faults: [] } });
  });

  it('fails a fault it could never match with a 400 naming why', async () => {
    await expect(call('POST', '/faults', JSON.stringify({ functionLogicalId: 'Nope', at: 'invocation-start' }))).resolves.toStrictEqual({
      status: 400,
      body: { message: 'the fault cannot be armed: no function\'s logical id starts with "Nope"' },
    });
    await expect(call('POST', '/faults', 'not json')).resolves.toStrictEqual({
      status: 400,
      body: { message: 'the body is not JSON: send a fault spec such as {"functionLogicalId":"FundOutboxRelay","at":"invocation-start"}' },
    });
    await expect(call('DELETE', '/faults/no-such-id')).resolves.toStrictEqual({ status: 404, body: { message: 'no fault no-such-id' } });
  });

  it('restarts an emulator at POST /emulators/{name}/restart, answering once it serves again', async () => {
    await expect(call('POST', '/emulators/dynamodb/restart?downMs=250')).resolves.toStrictEqual({ status: 200, body: { restarted: 'dynamodb', downMs: 250 } });
    expect(restarts).toStrictEqual([{ name: 'dynamodb', downMs: 250 }]);
  });

  it('fails a restart the local cloud cannot make with a 409 saying why, an unknown emulator with a 404, a bad downMs with a 400', async () => {
    await expect(call('POST', '/emulators/sqs/restart')).resolves.toStrictEqual({
      status: 409,
      body: { message: 'fauxqs runs in memory here: there is nothing on disk to start it again from' },
    });
    await expect(call('POST', '/emulators/toString/restart')).resolves.toStrictEqual({ status: 404, body: { message: 'no emulator toString to restart: dynamodb or sqs' } });
    await expect(call('POST', '/emulators/dynamodb/restart?downMs=-1')).resolves.toStrictEqual({ status: 400, body: { message: 'downMs is a whole number of milliseconds, at most 600000' } });
  });
});
