import type { ChildProcess } from 'node:child_process';

/** Stops the local cloud the suite started, and with it every emulator and worker. */
export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { localCloud?: ChildProcess }).localCloud;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(forced);
}
