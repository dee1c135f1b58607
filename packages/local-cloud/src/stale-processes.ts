import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKERS = ['DynamoDBLocal', 'fauxqs-main'];

const isOurEmulator = (pid: number): boolean => {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return false;
  const command = readFileSync(cmdline, 'utf8');
  return MARKERS.some((marker) => command.includes(marker));
};

/**
 * Emulators of an earlier run that was killed outright (SIGKILL gives no chance to clean
 * up) would hold the ports and the data files; this stops them before a new start.
 *
 * @example
 * stopStaleEmulators('.local'); ... recordEmulators('.local', [java.pid, fauxqs.pid]);
 */
export const stopStaleEmulators = (stateDir: string): void => {
  const file = join(stateDir, 'emulators.pid.json');
  if (!existsSync(file)) return;
  for (const pid of JSON.parse(readFileSync(file, 'utf8')) as number[]) {
    if (isOurEmulator(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(file, { force: true });
};

export const recordEmulators = (stateDir: string, pids: (number | undefined)[]): void => {
  writeFileSync(join(stateDir, 'emulators.pid.json'), JSON.stringify(pids.filter((pid) => pid !== undefined)));
};

export const forgetEmulators = (stateDir: string): void => rmSync(join(stateDir, 'emulators.pid.json'), { force: true });
