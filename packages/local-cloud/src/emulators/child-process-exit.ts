import type { ChildProcess } from 'node:child_process';

/**
 * Stops a child process and resolves once it has exited, escalating to SIGKILL when it
 * ignores SIGTERM, so that Ctrl-C never leaves an emulator behind.
 *
 * @example
 * await stopChild(java);
 */
export const stopChild = async (child: ChildProcess, graceMs = 5_000): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
};

/**
 * Keeps the last lines a child wrote, to explain a failed start.
 *
 * @example
 * const tail = captureTail(child); ... tail()
 */
export const captureTail = (child: ChildProcess, maxChars = 4_000): (() => string) => {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-maxChars);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text.trim();
};

/**
 * Kills the child if this process exits without stopping it (an uncaught error, a
 * `process.exit` elsewhere), so the emulator never outlives the local cloud. Only SIGKILL
 * of this process escapes it; the next start cleans that up from the pid file.
 *
 * @example
 * const child = spawn('java', args);
 * killWithParent(child);
 */
export const killWithParent = (child: ChildProcess): void => {
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.removeListener('exit', kill));
};
