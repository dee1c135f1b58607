import { createServer } from 'node:net';

/**
 * Asks the OS for a free loopback port. A small race remains between closing the probe and
 * the emulator binding it; the emulators' start-up check reports a clash plainly.
 *
 * @example
 * const port = await freePort(); // e.g. 41235
 */
export const freePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
