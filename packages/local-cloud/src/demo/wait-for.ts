import { DemoDataError } from '../errors.ts';

/** How often a wait says how far it has got. */
const PROGRESS_EVERY_MS = 5_000;

/** What a wait looks at each time: done with a value, or not yet, with a word on where it stands. */
export type WaitCheck<T> = () => Promise<{ done: true; value: T } | { done: false; status: string }>;

/** How long a wait may take, how often it looks, and where it reports. */
export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  progress?: (line: string) => void;
}

/**
 * Polls until the check is done, for at most `timeoutMs`: the platform levies donations and passes events
 * between services asynchronously. Every few seconds it reports where it stands; when the time runs out it
 * fails with a {@link DemoDataError} naming the step and the last status seen.
 *
 * @example
 * await waitFor('wait for the levy', async () => (await levied()) ? { done: true, value: undefined } : { done: false, status: '12 of 300' }, { timeoutMs: 60_000, progress: console.log });
 */
export const waitFor = async <T>(
  step: string,
  check: WaitCheck<T>,
  { timeoutMs, intervalMs = 250, progress = () => undefined }: WaitOptions,
): Promise<T> => {
  const started = Date.now();
  let reported = started;
  for (;;) {
    const outcome = await check();
    if (outcome.done) return outcome.value;
    const now = Date.now();
    if (now - started >= timeoutMs) throw new DemoDataError(step, `not done after ${Math.round(timeoutMs / 1000)} s (${outcome.status})`);
    if (now - reported >= PROGRESS_EVERY_MS) {
      progress(`  still waiting: ${outcome.status}`);
      reported = now;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
};
