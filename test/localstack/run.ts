// `pnpm test:localstack`: the integration suite against LocalStack in a container, where a
// Docker engine is present. Where none is, it says so and skips: the default suite
// (`pnpm test`) already runs the same tests against the embedded emulators.
import { spawnSync } from 'node:child_process';
import { LocalstackContainer } from '@testcontainers/localstack';
import { getContainerRuntimeClient } from 'testcontainers';

// The last community image that starts without LOCALSTACK_AUTH_TOKEN; newer tags need one.
const IMAGE = process.env.LOCALSTACK_IMAGE ?? 'localstack/localstack:4.4.0';

try {
  await getContainerRuntimeClient();
} catch (error) {
  console.log(`test:localstack skipped: no Docker engine is reachable here (${(error as Error).message.split('\n')[0]}).`);
  console.log('The same integration tests run against the embedded emulators in `pnpm test`.');
  process.exit(0);
}

const container = new LocalstackContainer(IMAGE).withEnvironment({
  SERVICES: 'dynamodb,sqs',
  ...(process.env.LOCALSTACK_AUTH_TOKEN ? { LOCALSTACK_AUTH_TOKEN: process.env.LOCALSTACK_AUTH_TOKEN } : {}),
});
console.log(`test:localstack: starting ${IMAGE}`);
const localstack = await container.start();
try {
  const result = spawnSync(
    process.execPath,
    ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '--selectProjects', 'integration', '--runInBand'],
    { stdio: 'inherit', env: { ...process.env, AWS_ENDPOINT_URL: localstack.getConnectionUri(), AWS_REGION: 'eu-west-2' } },
  );
  process.exitCode = result.status ?? 1;
} finally {
  await localstack.stop();
}
