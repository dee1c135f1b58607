/** The seed `pnpm test` fuzzes with, so a run in CI is the same run on any machine. */
export const DEFAULT_SEED = 20_261_111;

/**
 * Requests per route for each caller the route admits, in `pnpm test`. Callers it does not admit get a
 * quarter as many (they are refused before anything is read). Chosen to keep the fuzzing under a minute on
 * the 2-core CI machine; `pnpm fuzz --runs N` sends more.
 */
export const DEFAULT_RUNS = 12;

/**
 * The seed and count of this run: `FUZZ_SEED` and `FUZZ_RUNS`, which `pnpm fuzz --seed S --runs N` sets.
 *
 * @example
 * const { seed, runs } = fuzzSettings(); // { seed: 20261111, runs: 12 } unless told otherwise
 */
export const fuzzSettings = (env: NodeJS.ProcessEnv = process.env) => {
  const seed = env.FUZZ_SEED === undefined || env.FUZZ_SEED === '' ? DEFAULT_SEED : Number(env.FUZZ_SEED);
  const runs = env.FUZZ_RUNS === undefined || env.FUZZ_RUNS === '' ? DEFAULT_RUNS : Number(env.FUZZ_RUNS);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${env.FUZZ_SEED}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, not ${env.FUZZ_RUNS}`);
  return { seed, runs, route: env.FUZZ_ROUTE };
};
