import { createServer } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { checkJava, checkNodeVersion, checkPortFree, javaMajorVersion } from './environment-check.ts';
import { EnvironmentError } from './errors.ts';

describe('javaMajorVersion', () => {
  it('reads modern and legacy version strings', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(javaMajorVersion('nothing useful')).toBeUndefined();
  });
});

describe('checkNodeVersion', () => {
  it('accepts 22.5 and newer', () => {
    expect(() => checkNodeVersion('v22.5.0')).not.toThrow();
    expect(() => checkNodeVersion('v24.1.0')).not.toThrow();
  });

  it('fails on an older Node.js, naming the version found', () => {
    expect(() => checkNodeVersion('v20.20.2')).toThrow(new EnvironmentError(
      'Node.js 22.5 or newer is needed (24 LTS recommended); this is v20.20.2. Install it with `npm i -g node@24` or from https://nodejs.org.',
    ));
  });
});

describe('checkJava', () => {
  it('fails with install advice when there is no java on PATH', () => {
    expect(() => checkJava('no-such-java-binary')).toThrow(/no `no-such-java-binary` was found on PATH.*openjdk-17-jre-headless/);
  });
});

describe('checkPortFree', () => {
  it('fails naming the setting to change when the port is taken', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as { port: number };
    await expect(checkPortFree(port, 'PORT')).rejects.toThrow(
      new EnvironmentError(`Port ${port} is already in use (is another \`pnpm start\` running?). Stop that process or set PORT to a free port.`),
    );
    await new Promise((resolve) => server.close(resolve));
  });
});
