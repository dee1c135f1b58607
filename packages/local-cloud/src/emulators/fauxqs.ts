import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { EnvironmentError } from '../errors.ts';
import { captureTail, killWithParent, stopChild } from './child-process-exit.ts';
import type { RunningEmulator } from './dynamodb-local.ts';

// Seconds on an idle machine; much longer on two cores already busy with browsers and other clouds.
const START_TIMEOUT_MS = 120_000;

/**
 * Starts the fauxqs SQS emulator as a child process and waits for its ready message. With
 * a `dataDir`, queues and messages persist in SQLite across restarts.
 *
 * @example
 * const sqs = await startFauxqs({ port: 0, dataDir: '.local/sqs', region: 'eu-west-2' });
 */
export const startFauxqs = async ({ port, dataDir, region }: { port: number; dataDir?: string; region: string }): Promise<RunningEmulator> => {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const child = fork(new URL('./fauxqs-main.ts', import.meta.url), [], {
    env: { ...process.env, FAUXQS_PORT: String(port), FAUXQS_DATA_DIR: dataDir ?? '', AWS_REGION: region },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  killWithParent(child);
  const tail = captureTail(child);
  const boundPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new EnvironmentError(`fauxqs did not start within ${START_TIMEOUT_MS / 1000}s:\n${tail()}`)), START_TIMEOUT_MS);
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      resolve(message.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const detail = tail();
      reject(
        new EnvironmentError(
          /EADDRINUSE/.test(detail)
            ? `The SQS emulator's port ${port} is already in use. Free it or set LOCAL_SQS_PORT to another port.`
            : `fauxqs exited during start-up (code ${code}):\n${detail}`,
        ),
      );
    });
  }).catch(async (error: unknown) => {
    await stopChild(child);
    throw error;
  });
  child.removeAllListeners('exit');
  return { endpoint: `http://127.0.0.1:${boundPort}`, pid: child.pid, stop: () => stopChild(child) };
};
