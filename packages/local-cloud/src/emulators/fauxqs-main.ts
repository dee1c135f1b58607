// Runs fauxqs in its own process, so a busy queue never slows the gateway. It reports its
// address to the parent over IPC and exits when the parent goes away, so it is never orphaned.
import { startFauxqs } from 'fauxqs';

const port = Number(process.env.FAUXQS_PORT ?? '0');
const dataDir = process.env.FAUXQS_DATA_DIR || undefined;
const server = await startFauxqs({
  port,
  logger: false,
  defaultRegion: process.env.AWS_REGION ?? 'eu-west-2',
  ...(dataDir ? { dataDir } : {}),
});
process.send?.({ ready: server.address, port: server.port });

const shutdown = async () => {
  await server.stop();
  process.exit(0);
};
process.on('disconnect', shutdown);
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
