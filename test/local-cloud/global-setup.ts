import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Synthesis, the console's build and the emulators' start-up, on a busy two-core machine: minutes, not seconds.
const READY_TIMEOUT_MS = 300_000;

/**
 * Starts the local cloud exactly as `pnpm start` does, in memory, on free ports and in a
 * scratch state folder, so the suite runs beside a developer's own `pnpm start`.
 */
export default async function globalSetup(): Promise<void> {
  const stateDir = mkdtempSync(join(tmpdir(), 'local-cloud-test-'));
  const readyFile = join(stateDir, 'ready.json');
  const child = spawn(
    process.execPath,
    ['packages/local-cloud/bin/local-cloud.mjs', 'start', '--in-memory', '--port', '0', '--state-dir', stateDir, '--ready-file', readyFile],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOCAL_LOG_LEVEL: process.env.LOCAL_LOG_LEVEL ?? 'ERROR' } },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (process.env.LOCAL_CLOUD_VERBOSE) process.stderr.write(chunk);
  });
  (globalThis as { localCloud?: typeof child }).localCloud = child;
  const started = Date.now();
  console.log('\n[integration] starting the local cloud (DynamoDB Local, fauxqs, gateway, pollers)…');
  while (!existsSync(readyFile)) {
    if (child.exitCode !== null) throw new Error(`the local cloud exited with ${child.exitCode} before it was ready:\n${output}`);
    if (Date.now() - started > READY_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`the local cloud was not ready within ${READY_TIMEOUT_MS / 1000}s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { apiUrl } = JSON.parse(readFileSync(readyFile, 'utf8')) as { apiUrl: string };
  console.log(`[integration] local cloud ready at ${apiUrl} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  process.env.LOCAL_CLOUD_READY_FILE = readyFile;
}
