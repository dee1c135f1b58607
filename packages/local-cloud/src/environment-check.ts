import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { EnvironmentError } from './errors.ts';

const MIN_NODE_MAJOR = 22;
const MIN_NODE_MINOR = 5;
const MIN_JAVA_MAJOR = 17;

/**
 * Fails with a plain message when this Node.js cannot run the platform (fauxqs needs
 * `node:sqlite`, which arrived in 22.5).
 *
 * @example
 * checkNodeVersion('v20.11.0'); // throws EnvironmentError
 */
export const checkNodeVersion = (version = process.version): void => {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major < MIN_NODE_MAJOR || (major === MIN_NODE_MAJOR && minor < MIN_NODE_MINOR)) {
    throw new EnvironmentError(
      `Node.js ${MIN_NODE_MAJOR}.${MIN_NODE_MINOR} or newer is needed (24 LTS recommended); this is ${version}. ` +
        'Install it with `npm i -g node@24` or from https://nodejs.org.',
    );
  }
};

/**
 * Reads the major version from `java -version` output, which differs between vendors
 * (`openjdk version "17.0.15"`, `java version "1.8.0_392"`).
 *
 * @example
 * javaMajorVersion('openjdk version "21.0.2" 2024-01-16'); // 21
 */
export const javaMajorVersion = (versionOutput: string): number | undefined => {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
};

/**
 * Fails with a plain message when there is no Java 17+ for DynamoDB Local.
 *
 * @example
 * checkJava(); // throws EnvironmentError when `java` is missing or too old
 */
export const checkJava = (javaCommand = 'java'): void => {
  const result = spawnSync(javaCommand, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new EnvironmentError(
      `DynamoDB Local needs Java ${MIN_JAVA_MAJOR} or newer, and no \`${javaCommand}\` was found on PATH. ` +
        'On Debian or Ubuntu: `apt-get install openjdk-17-jre-headless`. ' +
        'Or point the platform at another DynamoDB with AWS_ENDPOINT_URL_DYNAMODB.',
    );
  }
  const major = javaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new EnvironmentError(
      `DynamoDB Local needs Java ${MIN_JAVA_MAJOR} or newer; \`${javaCommand} -version\` reports ` +
        `${major === undefined ? 'an unknown version' : `Java ${major}`}. Install openjdk-17-jre-headless or newer.`,
    );
  }
};

/**
 * Fails with a plain message, naming the setting to change, when a port is taken.
 *
 * @example
 * await checkPortFree(3000, 'PORT'); // throws EnvironmentError if something listens on 3000
 */
export const checkPortFree = async (port: number, setting: string): Promise<void> => {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new EnvironmentError(
              `Port ${port} is already in use (is another \`pnpm start\` running?). Stop that process or set ${setting} to a free port.`,
            )
          : error,
      );
    });
    probe.listen({ port, host: '127.0.0.1' }, () => probe.close(() => resolve()));
  });
};
