import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A local cloud running as a child process, as `pnpm start` runs it, with its ready file. */
export interface LocalCloudProcess {
  readyFile: string;
  stateDir: string;
  /** Stops it (SIGTERM, then SIGKILL after 15 s) and removes its state folder. */
  stop(): Promise<void>;
}

/**
 * Starts `pnpm start`'s local cloud as a child process on free ports in a scratch state folder (`--in-memory`
 * unless `inMemory` is false, so that its emulators keep their data on disk), waits for its ready file and sets
 * `LOCAL_CLOUD_READY_FILE`, so that `localCloud()` reaches it. For benches: the jest suites start theirs in
 * their global setup.
 *
 * @example
 * const cloudProcess = await startLocalCloudProcess({ name: 'bench-levy', env: { AWS_ENDPOINT_URL_DYNAMODB: proxy } });
 * try { const cloud = localCloud(); … } finally { await cloudProcess.stop(); }
 */
export const startLocalCloudProcess = async ({
  name,
  inMemory = true,
  env = {},
  timeoutMs = 300_000,
}: {
  name: string;
  inMemory?: boolean;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<LocalCloudProcess> => {
  const stateDir = mkdtempSync(join(tmpdir(), `${name}-`));
  const readyFile = join(stateDir, 'ready.json');
  const child = spawn(
    process.execPath,
    ['packages/local-cloud/bin/local-cloud.mjs', 'start', ...(inMemory ? ['--in-memory'] : []), '--port', '0', '--state-dir', stateDir, '--ready-file', readyFile],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LOCAL_LOG_LEVEL: 'ERROR', ...env } },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(forced);
    }
    rmSync(stateDir, { recursive: true, force: true });
  };
  const started = Date.now();
  while (!existsSync(readyFile)) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the local cloud exited with ${child.exitCode} before it was ready`);
    }
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`the local cloud was not ready within ${timeoutMs / 1_000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.env.LOCAL_CLOUD_READY_FILE = readyFile;
  return { readyFile, stateDir, stop };
};
