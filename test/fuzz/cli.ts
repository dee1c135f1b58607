// `pnpm fuzz [--runs N] [--seed S] [--route 'POST /fund/donations']`: the fuzzer of every route, for longer
// than `pnpm test` runs it. It runs the same jest tests in the integration project, whose global setup starts
// the local cloud in memory on free ports (beside any `pnpm start`) and whose teardown stops it. Without
// --seed it takes a new one each time, printed first, so a failure can be replayed with the same seed.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { repoRoot } from '@platform/local-cloud';
import { DEFAULT_RUNS } from './fuzz-settings.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, seed: { type: 'string' }, route: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log('pnpm fuzz [--runs N] [--seed S] [--route "METHOD /path"]\n  N requests per route and admitted caller (default 100); S replays a run.');
  process.exit(0);
}
const runs = values.runs ?? String(Math.max(100, DEFAULT_RUNS));
const seed = values.seed ?? String(Date.now() % 2_147_483_647);
if (!/^\d+$/.test(runs) || !/^-?\d+$/.test(seed)) {
  console.error('--runs takes a positive whole number and --seed a whole number');
  process.exit(2);
}
console.log(`[fuzz] seed ${seed}, ${runs} requests per route and admitted caller${values.route ? `, route ${values.route}` : ''}`);
console.log(`[fuzz] replay: pnpm fuzz --seed ${seed} --runs ${runs}${values.route ? ` --route '${values.route}'` : ''}`);
const jest = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '--selectProjects', 'integration', '--', 'test/fuzz/'],
  { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, ...(values.route ? { FUZZ_ROUTE: values.route } : {}) } },
);
console.log(`[fuzz] seed ${seed}: ${jest.status === 0 ? 'no defect found' : 'failed, see above (a defect found, or the local cloud did not start)'}`);
process.exit(jest.status ?? 1);
