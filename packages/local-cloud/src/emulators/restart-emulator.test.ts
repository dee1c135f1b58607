import { describe, expect, it } from '@jest/globals';
import type { RunningEmulator } from './dynamodb-local.ts';
import { EmulatorRestartError, restartEmulator } from './restart-emulator.ts';

const emulator = (name: string, events: string[]): RunningEmulator => ({
  endpoint: 'http://127.0.0.1:4566',
  pid: 1,
  stop: async () => void events.push(`${name} stopped`),
});

describe('restartEmulator', () => {
  it('stops the running emulator, waits out the outage, and answers the one started again', async () => {
    // Prepare
    const events: string[] = [];
    const again = emulator('second', events);
    const stoppedAt: number[] = [];
    const first: RunningEmulator = { ...emulator('first', events), stop: async () => void (events.push('first stopped'), stoppedAt.push(Date.now())) };
    // Act
    const restarted = await restartEmulator('fauxqs', first, async () => (events.push(`started after ${Date.now() - (stoppedAt[0] ?? 0) >= 50 ? 'the outage' : 'no outage'}`), again), { downMs: 50, keepsState: true });
    // Assess
    expect({ restarted, events }).toStrictEqual({ restarted: again, events: ['first stopped', 'started after the outage'] });
  });

  it('fails for an emulator that keeps its state in memory, without stopping it: that would be a wipe', async () => {
    const events: string[] = [];
    await expect(restartEmulator('fauxqs', emulator('first', events), async () => emulator('second', events), { keepsState: false })).rejects.toThrow(
      new EmulatorRestartError('fauxqs keeps its state in memory (inMemory): restarting it would lose every table and message'),
    );
    expect(events).toStrictEqual([]);
  });

  it('fails for an emulator this cloud did not start (an external endpoint)', async () => {
    await expect(restartEmulator('DynamoDB Local', undefined, async () => emulator('second', []), { keepsState: true })).rejects.toThrow(
      new EmulatorRestartError('DynamoDB Local is not emulated by this local cloud (an AWS_ENDPOINT_URL* variable names it), so it cannot be restarted'),
    );
  });
});
