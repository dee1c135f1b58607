import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { FunctionInvocationError, FunctionPool, type LocalFunction } from './function-pool.ts';

const modulePath = fileURLToPath(new URL('../../test/fixtures/fixture-handlers.ts', import.meta.url));
const fn = (logicalId: string, handlerExport: string, environment: Record<string, string> = {}, timeoutSeconds = 5): LocalFunction => ({
  logicalId,
  modulePath,
  handlerExport,
  environment: { AWS_REGION: 'eu-west-2', ...environment },
  timeoutSeconds,
  memoryMb: 128,
  arn: `arn:aws:lambda:eu-west-2:000000000000:function:${logicalId}`,
});

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
