// The platform's local entry point: `pnpm start` runs the local cloud; `pnpm --silent token`
// prints a dev token. Problems with the machine print as one plain message, not a stack.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { devIssuer, ROLES, type Role } from './auth/dev-issuer.ts';
import { readyBanner } from './banner.ts';
import { loadDemoData } from './demo/index.ts';
import { DemoDataError, EnvironmentError } from './errors.ts';
import { startLocalCloud } from './local-cloud.ts';
import { localPaths } from './paths.ts';

const USAGE = `Usage:
  pnpm start [--fresh] [--demo] [--in-memory] [--port 3000] [--state-dir .local] [--ready-file FILE]
  pnpm --silent token --role <${ROLES.join('|')}> [--role ...] --sub <user id> [--expires-in 12h]`;

const portOption = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new EnvironmentError(`${name} must be a port number (0-65535); got "${value}".`);
  return port;
};

const start = async (args: string[]) => {
  const { values } = parseArgs({
    args,
    options: {
      fresh: { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      'in-memory': { type: 'boolean', default: false },
      port: { type: 'string' },
      'state-dir': { type: 'string' },
      'ready-file': { type: 'string' },
    },
  });
  const inMemory = values['in-memory'];
  const cloud = await startLocalCloud({
    fresh: values.fresh,
    inMemory,
    ...(values['state-dir'] ? { stateDir: values['state-dir'] } : {}),
    apiPort: portOption(values.port, '--port') ?? portOption(process.env.PORT, 'PORT') ?? 3000,
    ...(portOption(process.env.LOCAL_SIGNIN_PORT, 'LOCAL_SIGNIN_PORT') !== undefined ? { signInPort: portOption(process.env.LOCAL_SIGNIN_PORT, 'LOCAL_SIGNIN_PORT') } : {}),
    ...(portOption(process.env.LOCAL_CONSOLE_PORT, 'LOCAL_CONSOLE_PORT') !== undefined ? { consolePort: portOption(process.env.LOCAL_CONSOLE_PORT, 'LOCAL_CONSOLE_PORT') } : {}),
    ...(portOption(process.env.LOCAL_DYNAMODB_PORT, 'LOCAL_DYNAMODB_PORT') !== undefined ? { dynamodbPort: portOption(process.env.LOCAL_DYNAMODB_PORT, 'LOCAL_DYNAMODB_PORT') } : {}),
    ...(portOption(process.env.LOCAL_SQS_PORT, 'LOCAL_SQS_PORT') !== undefined ? { sqsPort: portOption(process.env.LOCAL_SQS_PORT, 'LOCAL_SQS_PORT') } : {}),
    progress: (line) => console.log(`… ${line}`),
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the local cloud`);
    await cloud.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  if (values.demo) {
    // Through the API with dev tokens, as a client would; a failed step leaves the platform running with
    // what was loaded, and says how to start again from empty.
    const issuer = await devIssuer(localPaths(values['state-dir']).keys);
    try {
      const outcome = await loadDemoData({
        apiUrl: cloud.apiUrl,
        token: (role, sub) => issuer.sign({ sub, roles: [role] }),
        progress: (line) => console.log(`… ${line}`),
      });
      console.log(`… ${outcome.message}`);
    } catch (error) {
      if (!(error instanceof DemoDataError)) throw error;
      console.error(`
${error.message}
The platform keeps what was loaded; pnpm start --fresh --demo starts again from empty.`);
    }
  }
  {
    // Always written (by default beside the state) so that `pnpm ops` finds the running cloud without flags.
    writeFileSync(
      values['ready-file'] ?? join(cloud.stateDir, 'ready.json'),
      JSON.stringify({
        apiUrl: cloud.apiUrl,
        consoleUrl: cloud.consoleUrl,
        signIn: cloud.signIn,
        region: cloud.region,
        stateDir: cloud.stateDir,
        endpoints: cloud.endpoints,
        controlUrl: cloud.controlUrl,
        refs: Object.fromEntries(cloud.physical.refs),
        attributes: Object.fromEntries(cloud.physical.attributes),
        served: {
          routes: cloud.wiring.routes.map((route) => route.routeKey),
          tables: cloud.wiring.tables.map((table) => table.logicalId),
          queues: cloud.wiring.queues.map((queue) => queue.logicalId),
          eventSourceMappings: [...cloud.wiring.queueMappings, ...cloud.wiring.streamMappings].map((mapping) => mapping.logicalId),
          scheduleRules: cloud.wiring.scheduleRules.map((rule) => rule.logicalId),
        },
        pid: process.pid,
      }),
    );
  }
  console.log(readyBanner(cloud, { inMemory }));
};

const token = async (args: string[]) => {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string', multiple: true },
      sub: { type: 'string' },
      'expires-in': { type: 'string', default: '12h' },
      'state-dir': { type: 'string' },
    },
  });
  const roles = (values.role ?? []).flatMap((role) => role.split(','));
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (!roles.length || unknown.length || !values.sub) {
    throw new EnvironmentError(
      `${unknown.length ? `Unknown role ${unknown.join(', ')}. ` : ''}A dev token needs --role (one of ${ROLES.join(', ')}) and --sub (the user id).\n${USAGE}`,
    );
  }
  const issuer = await devIssuer(localPaths(values['state-dir']).keys);
  process.stdout.write(`${await issuer.sign({ sub: values.sub, roles: roles as Role[], expiresIn: values['expires-in'] })}\n`);
};

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'start') await start(rest);
  else if (command === 'token') await token(rest);
  else throw new EnvironmentError(USAGE);
} catch (error) {
  if (error instanceof EnvironmentError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
  throw error;
}
