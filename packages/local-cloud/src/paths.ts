import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, from which the CDK app and handler modules are resolved. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Where the local cloud keeps its state between runs (`pnpm start --fresh` wipes it).
 *
 * @example
 * localPaths('/tmp/state').dynamodb // '/tmp/state/dynamodb'
 */
export const localPaths = (stateDir = join(repoRoot, '.local')) => ({
  stateDir,
  dynamodb: join(stateDir, 'dynamodb'),
  sqs: join(stateDir, 'sqs'),
  keys: join(stateDir, 'keys'),
  cloudAssembly: join(stateDir, 'cdk.out'),
  streamCheckpoints: join(stateDir, 'stream-checkpoints.json'),
});

export type LocalPaths = ReturnType<typeof localPaths>;
