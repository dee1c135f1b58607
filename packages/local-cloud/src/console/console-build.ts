import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.ts';

/**
 * Where the console's sources and its production build are. `CONSOLE_DIST_DIR` moves the build elsewhere, so
 * that two checkouts' browser tests running at once on one machine never serve each other's half-written build.
 */
export const consolePaths = (root = repoRoot) => {
  const dir = join(root, 'packages', 'console');
  return { dir, dist: process.env.CONSOLE_DIST_DIR ?? join(dir, 'dist'), sources: ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((name) => join(dir, name)) };
};

const newestChange = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
};

/**
 * Whether the console's build is missing or older than any of its sources: then `pnpm start` builds it first,
 * so what it serves is always what the sources say.
 *
 * @example
 * if (isConsoleBuildStale()) await buildConsole();
 */
export const isConsoleBuildStale = (paths = consolePaths()): boolean => {
  const built = join(paths.dist, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return paths.sources.some((source) => newestChange(source) > builtAt);
};

/**
 * Builds the console with its own Vite (`vite build` in `packages/console`), failing with Vite's own output
 * when the build does.
 *
 * @example
 * await buildConsole();
 */
export const buildConsole = (paths = consolePaths()): Promise<void> =>
  new Promise((resolve, reject) => {
    const vite = join(paths.dir, 'node_modules', 'vite', 'bin', 'vite.js');
    // A production build whoever starts it: under jest NODE_ENV is `test`, which would give React's development build.
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', paths.dist, '--emptyOutDir'], {
      cwd: paths.dir,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the console did not build (vite exited ${code}):\n${output.slice(-4_000)}`))));
  });
