import type { RunningEmulator } from './dynamodb-local.ts';

/**
 * An emulator that cannot be restarted without losing what it holds, or that this cloud did not start.
 *
 * @example
 * await expect(cloud.restartSqs()).rejects.toThrow(EmulatorRestartError); // a cloud started with inMemory
 */
export class EmulatorRestartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmulatorRestartError';
  }
}

/**
 * Stops an emulator and starts it again with `start` (which must reuse its port and data directory), after
 * `downMs` of outage: what the fault-injection tests do to DynamoDB Local and fauxqs while the platform runs.
 * Clients keep their endpoint, so every caller sees connections refused, then the same service again.
 *
 * @example
 * const next = await restartEmulator('DynamoDB Local', current, () => startDynamoDbLocal({ port, dataDir }), { downMs: 2_000, keepsState: true });
 */
export const restartEmulator = async (
  name: string,
  current: RunningEmulator | undefined,
  start: () => Promise<RunningEmulator>,
  { downMs = 0, keepsState }: { downMs?: number; keepsState: boolean },
): Promise<RunningEmulator> => {
  if (current === undefined) throw new EmulatorRestartError(`${name} is not emulated by this local cloud (an AWS_ENDPOINT_URL* variable names it), so it cannot be restarted`);
  // A restart of an in-memory emulator is a wipe, not an outage: nothing a test could check would survive it.
  if (!keepsState) throw new EmulatorRestartError(`${name} keeps its state in memory (inMemory): restarting it would lose every table and message`);
  await current.stop();
  if (downMs > 0) await new Promise((resolve) => setTimeout(resolve, downMs));
  return start();
};
