import { mkdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SQSClient } from '@aws-sdk/client-sqs';
import { importJWK, type CryptoKey } from 'jose';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, signingKeys } from './auth/dev-issuer.ts';
import { jwtAuthorizer } from './auth/jwt-authorizer.ts';
import { startOpenIdProvider, type RunningOpenIdProvider } from './auth/openid-provider.ts';
import { buildConsole, consolePaths, isConsoleBuildStale } from './console/console-build.ts';
import { consoleHeaders } from './console/console-headers.ts';
import { startConsoleServer, type RunningConsoleServer } from './console/console-server.ts';
import { startDynamoDbLocal, type RunningEmulator } from './emulators/dynamodb-local.ts';
import { startFauxqs } from './emulators/fauxqs.ts';
import { freePort } from './emulators/free-port.ts';
import { restartEmulator } from './emulators/restart-emulator.ts';
import { localCredentials } from './emulators/local-credentials.ts';
import { externalEndpoints } from './endpoints.ts';
import { checkJava, checkNodeVersion, checkPortFree } from './environment-check.ts';
import { httpGateway } from './gateway/http-gateway.ts';
import { localPaths, repoRoot } from './paths.ts';
import { DEFAULT_SQS_POLLER_CONCURRENCY, startSqsPoller, type Poller } from './pollers/sqs-poller.ts';
import { streamCheckpoints } from './pollers/stream-checkpoints.ts';
import { startStreamPoller } from './pollers/stream-poller.ts';
import { provision } from './provision.ts';
import { FunctionPool, type LocalFunction } from './runtime/function-pool.ts';
import { startControlServer } from './schedules/control-server.ts';
import { startRuleScheduler, type RuleScheduler } from './schedules/rule-scheduler.ts';
import { forgetEmulators, recordEmulators, stopStaleEmulators } from './stale-processes.ts';
import { synthesizeStack } from './synth.ts';
import { resolveIntrinsics, type PhysicalResources } from './wiring/intrinsics.ts';
import { readWiring } from './wiring/read-wiring.ts';
import type { CfnTemplate } from './wiring/template.ts';
import type { Wiring } from './wiring/wiring.ts';

export interface LocalCloudOptions {
  stateDir?: string;
  /** Wipe kept tables, queues and messages before starting (the signing key stays). */
  fresh?: boolean;
  /** Keep nothing on disk: fastest, for test runs. */
  inMemory?: boolean;
  apiPort?: number;
  /** The local OpenID provider's port; default the API port + 2 (a free port when the API's is 0). */
  signInPort?: number;
  /** The web console's port (default: the API's + 1; 0 asks the OS for a free one). */
  consolePort?: number;
  /**
   * Where the console is served, e.g. `http://localhost:3001` (the default: the API port + 1).
   * Each origin gets `/auth/callback` and `/` as the sign-in client's redirect URIs.
   */
  consoleOrigins?: string[];
  dynamodbPort?: number;
  sqsPort?: number;
  stackName?: string;
  region?: string;
  /**
   * The most batches at once per SQS event source whose mapping sets no `ScalingConfig.MaximumConcurrency`
   * (default 5): its pollers scale up to it while the queue has a backlog, and back to one when it is empty.
   */
  sqsPollers?: number;
  /**
   * Execution environments per function where the template reserves no concurrency
   * (default `LOCAL_FUNCTION_CONCURRENCY`, else 10); a function's `ReservedConcurrentExecutions` wins.
   */
  functionConcurrency?: number;
  progress?: (line: string) => void;
}

export interface RunningLocalCloud {
  apiUrl: string;
  /** The local OpenID provider the console signs in with: its issuer (= base URL) and client. */
  signIn: { issuer: string; clientId: string; redirectUris: readonly string[]; postLogoutRedirectUris: readonly string[] };
  /** The web console, served from its build as CloudFront serves it. */
  consoleUrl: string;
  region: string;
  stateDir: string;
  endpoints: { dynamodb: string; sqs: string; dynamodbStreams: string };
  emulated: { dynamodb: boolean; sqs: boolean };
  template: CfnTemplate;
  wiring: Wiring;
  physical: PhysicalResources;
  pool: FunctionPool;
  /** The template's scheduled EventBridge rules, running on their schedules; `run` fires one now. */
  rules: RuleScheduler;
  /** The loopback control endpoint (`POST /rules/{name}/run`, `GET /functions/stats`, `/faults`) for tests and `pnpm ops rules`. */
  controlUrl: string;
  /**
   * Fault injection: stops DynamoDB Local and starts it again on the same port with the same data directory
   * (`downMs` apart), while everything else keeps running. Refused in memory or against an external endpoint.
   */
  restartDynamoDb(options?: { downMs?: number }): Promise<void>;
  /** Fault injection: the same for the SQS emulator (fauxqs), whose messages, in flight or not, are kept on disk. */
  restartSqs(options?: { downMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

const functionEnvironment = (
  environment: Record<string, string>,
  { region, endpoints, logicalId, memoryMb }: { region: string; endpoints: RunningLocalCloud['endpoints']; logicalId: string; memoryMb: number },
): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  TZ: 'UTC',
  AWS_REGION: region,
  AWS_DEFAULT_REGION: region,
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? localCredentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? localCredentials.secretAccessKey,
  AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
  AWS_ENDPOINT_URL_DYNAMODB_STREAMS: endpoints.dynamodbStreams,
  AWS_ENDPOINT_URL_SQS: endpoints.sqs,
  AWS_LAMBDA_FUNCTION_NAME: logicalId,
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memoryMb),
  AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  ...environment,
  ...(process.env.LOCAL_LOG_LEVEL ? { POWERTOOLS_LOG_LEVEL: process.env.LOCAL_LOG_LEVEL } : {}),
  // No CloudWatch reads the business metrics' EMF lines here, which would bury the log: they are written at
  // debug level only.
  POWERTOOLS_METRICS_DISABLED: /^debug$/i.test(process.env.LOCAL_LOG_LEVEL ?? '') ? 'false' : 'true',
});

const asStrings = (value: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((value ?? {}) as Record<string, unknown>).map(([name, item]) => [name, String(item)]));

/**
 * Starts the platform on this machine: DynamoDB Local and fauxqs as child processes (or the
 * endpoints that `AWS_ENDPOINT_URL*` name), every table and queue of the CDK app, every HTTP
 * route behind a local API Gateway, every event source mapping as a poller, and every scheduled
 * EventBridge rule on a timer (any of which `rules.run` fires now).
 *
 * @example
 * const cloud = await startLocalCloud({ apiPort: 3000 });
 * // ... curl cloud.apiUrl + '/health'
 * await cloud.stop();
 */
export const startLocalCloud = async (options: LocalCloudOptions = {}): Promise<RunningLocalCloud> => {
  const progress = options.progress ?? (() => undefined);
  const region = options.region ?? process.env.AWS_REGION ?? 'eu-west-2';
  const stackName = options.stackName ?? process.env.PLATFORM_STACK ?? 'Platform-dev';
  const paths = localPaths(options.stateDir);
  const external = externalEndpoints();
  const apiPort = options.apiPort ?? Number(process.env.PORT ?? 3000);
  const signInPort = options.signInPort ?? (apiPort === 0 ? 0 : apiPort + 2);
  const consolePort = options.consolePort ?? (apiPort === 0 ? await freePort() : apiPort + 1);
  const consoleOrigin = `http://localhost:${consolePort === 0 ? await freePort() : consolePort}`;
  const consoleOrigins = options.consoleOrigins ?? [consoleOrigin];
  process.env.TZ = 'UTC';

  checkNodeVersion();
  if (!external.dynamodb) checkJava();
  await checkPortFree(apiPort, 'PORT');
  if (signInPort) await checkPortFree(signInPort, 'LOCAL_SIGNIN_PORT');
  await checkPortFree(Number(new URL(consoleOrigin).port), 'LOCAL_CONSOLE_PORT');
  if (options.dynamodbPort) await checkPortFree(options.dynamodbPort, 'LOCAL_DYNAMODB_PORT');
  if (options.sqsPort) await checkPortFree(options.sqsPort, 'LOCAL_SQS_PORT');

  mkdirSync(paths.stateDir, { recursive: true });
  stopStaleEmulators(paths.stateDir);
  if (options.fresh) {
    progress('Wiping kept local state (tables, queues, messages, stream positions)');
    for (const dir of [paths.dynamodb, paths.sqs, paths.cloudAssembly, paths.streamCheckpoints]) rmSync(dir, { recursive: true, force: true });
  }

  const emulators: RunningEmulator[] = [];
  let signIn: RunningOpenIdProvider | undefined;
  let webConsole: RunningConsoleServer | undefined;
  const stopEmulators = async () => {
    await Promise.all([...emulators.map((emulator) => emulator.stop()), signIn?.stop(), webConsole?.stop()]);
    forgetEmulators(paths.stateDir);
  };
  try {
    progress('Synthesizing the CDK app and starting the emulators');
    const consoleBuild = consolePaths();
    // Kept, so that a restart (fault injection) starts each emulator again on its port with its data.
    const dynamodbPort = options.dynamodbPort ?? (await freePort());
    const startDynamoDb = () => startDynamoDbLocal({ port: dynamodbPort, ...(options.inMemory ? {} : { dataDir: paths.dynamodb }) });
    const startSqs = (port: number) => startFauxqs({ port, region, ...(options.inMemory ? {} : { dataDir: paths.sqs }) });
    const [template, startedDynamoDb, startedSqs] = await Promise.all([
      synthesizeStack({ repoRoot, outDir: paths.cloudAssembly, stackName }),
      external.dynamodb ? undefined : startDynamoDb().then((emulator) => (emulators.push(emulator), emulator)),
      external.sqs ? undefined : startSqs(options.sqsPort ?? 0).then((emulator) => (emulators.push(emulator), emulator)),
      // What is served is what the console's sources say: built again whenever they changed.
      isConsoleBuildStale(consoleBuild) ? (progress('Building the web console'), buildConsole(consoleBuild)) : undefined,
    ]);
    recordEmulators(paths.stateDir, emulators.map((emulator) => emulator.pid));
    let [dynamodbEmulator, sqsEmulator] = [startedDynamoDb, startedSqs];
    const dynamodbEndpoint = external.dynamodb ?? dynamodbEmulator?.endpoint ?? '';
    const endpoints = {
      dynamodb: dynamodbEndpoint,
      dynamodbStreams: external.dynamodbStreams ?? dynamodbEndpoint,
      sqs: external.sqs ?? sqsEmulator?.endpoint ?? '',
    };

    const wiring = readWiring(template);
    const clientConfig = { region, credentials: localCredentials };
    const dynamodb = new DynamoDBClient({ ...clientConfig, endpoint: endpoints.dynamodb });
    const streams = new DynamoDBStreamsClient({ ...clientConfig, endpoint: endpoints.dynamodbStreams });
    const sqs = new SQSClient({ ...clientConfig, endpoint: endpoints.sqs, useQueueUrlAsEndpoint: false });
    progress(`Creating ${wiring.tables.length} tables and ${wiring.queues.length} queues`);
    const physical = await provision(wiring, { dynamodb, sqs, region, stackName });

    const functions: LocalFunction[] = [...wiring.functions.values()].map((fn) => ({
      logicalId: fn.logicalId,
      modulePath: join(repoRoot, fn.entry),
      handlerExport: fn.handlerExport,
      environment: functionEnvironment(asStrings(resolveIntrinsics(fn.environment, template, physical)), {
        region,
        endpoints,
        logicalId: fn.logicalId,
        memoryMb: fn.memoryMb,
      }),
      timeoutSeconds: fn.timeoutSeconds,
      memoryMb: fn.memoryMb,
      arn: physical.attributes.get(`${fn.logicalId}.Arn`) ?? '',
      ...(fn.reservedConcurrency === undefined ? {} : { reservedConcurrency: fn.reservedConcurrency }),
    }));
    const debug = process.env.LOCAL_LOG_LEVEL?.toUpperCase() === 'DEBUG' ? (line: string) => console.error(`[local-cloud] ${line}`) : undefined;
    const pool = new FunctionPool(functions, {
      ...(options.functionConcurrency === undefined ? {} : { defaultConcurrency: options.functionConcurrency }),
      ...(debug ? { debug } : {}),
    });
    const onError = (error: unknown) => console.error(`[local-cloud] ${(error as Error).message ?? String(error)}`);

    // One key signs `pnpm --silent token` tokens and the provider's: the gateway trusts both
    // issuers, and the console's client id as an audience as the API's authorizer does in AWS.
    const keys = await signingKeys(paths.keys);
    signIn = await startOpenIdProvider({ keys, port: signInPort, consoleOrigins, onError });
    const authorizer = jwtAuthorizer({
      key: (await importJWK(keys.publicJwk, 'ES256')) as CryptoKey,
      issuers: [LOCAL_ISSUER, signIn.issuer],
      audiences: [LOCAL_AUDIENCE, signIn.clientId],
    });
    // The template's CORS policy, its deploy-time origin (the console's distribution) served locally by the console.
    const cors = wiring.cors && {
      ...wiring.cors,
      allowOrigins: [...wiring.cors.allowOrigins, ...wiring.cors.deployTimeOrigins.map(() => consoleOrigin)],
    };
    const server = httpGateway({ routes: wiring.routes, pool, authorizer, onError, ...(cors ? { cors } : {}) });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(apiPort, '127.0.0.1', () => resolve());
    });
    const apiUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
    webConsole = await startConsoleServer({
      dist: consoleBuild.dist,
      port: Number(new URL(consoleOrigin).port),
      config: { apiUrl, authority: signIn.issuer, clientId: signIn.clientId },
      headers: consoleHeaders(template, physical, { api: apiUrl, signIn: signIn.issuer }),
    });

    const attribute = (logicalId: string, name: string) => physical.attributes.get(`${logicalId}.${name}`) ?? '';
    const checkpoints = streamCheckpoints(options.inMemory ? undefined : paths.streamCheckpoints);
    const pollers: Poller[] = [
      ...wiring.queueMappings.map((mapping) =>
        startSqsPoller({
          mapping,
          queueUrl: attribute(mapping.queueLogicalId, 'QueueUrl'),
          queueArn: attribute(mapping.queueLogicalId, 'Arn'),
          sqs,
          pool,
          region,
          concurrency: options.sqsPollers ?? DEFAULT_SQS_POLLER_CONCURRENCY,
          onError,
        }),
      ),
      ...wiring.streamMappings.map((mapping) =>
        startStreamPoller({
          mapping,
          streamArn: attribute(mapping.tableLogicalId, 'StreamArn'),
          functionArn: attribute(mapping.functionLogicalId, 'Arn'),
          streams,
          sqs,
          pool,
          region,
          checkpoints,
          onFailureQueueUrl: mapping.onFailureQueueLogicalId ? attribute(mapping.onFailureQueueLogicalId, 'QueueUrl') : undefined,
          onError,
        }),
      ),
    ];

    const rules = startRuleScheduler({ rules: wiring.scheduleRules, pool, region, accountId: physical.accountId, onError });

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await Promise.all([...pollers.map((poller) => poller.stop()), rules.stop(), control.stop()]);
        await pool.stop();
        for (const client of [dynamodb, streams, sqs]) client.destroy();
        await stopEmulators();
      })());

    const restarted = (before: RunningEmulator | undefined, after: RunningEmulator) => {
      emulators.splice(emulators.indexOf(before as RunningEmulator), 1, after);
      recordEmulators(paths.stateDir, emulators.map((emulator) => emulator.pid));
      return after;
    };
    const keepsState = !options.inMemory;
    const restartDynamoDb = async ({ downMs }: { downMs?: number } = {}) => {
      const before = dynamodbEmulator;
      dynamodbEmulator = restarted(before, await restartEmulator('DynamoDB Local', before, startDynamoDb, { keepsState, ...(downMs === undefined ? {} : { downMs }) }));
    };
    const restartSqs = async ({ downMs }: { downMs?: number } = {}) => {
      const before = sqsEmulator;
      const port = Number(new URL(endpoints.sqs).port);
      sqsEmulator = restarted(before, await restartEmulator('fauxqs', before, () => startSqs(port), { keepsState, ...(downMs === undefined ? {} : { downMs }) }));
    };

    const control = await startControlServer({ scheduler: rules, pool, emulators: { dynamodb: restartDynamoDb, sqs: restartSqs } });

    const { issuer, clientId, redirectUris, postLogoutRedirectUris } = signIn;
    return {
      apiUrl,
      signIn: { issuer, clientId, redirectUris, postLogoutRedirectUris },
      consoleUrl: webConsole.url,
      region,
      stateDir: paths.stateDir,
      endpoints,
      emulated: { dynamodb: !external.dynamodb, sqs: !external.sqs },
      template,
      wiring,
      physical,
      pool,
      rules,
      controlUrl: control.url,
      restartDynamoDb,
      restartSqs,
      stop,
    };
  } catch (error) {
    await stopEmulators();
    throw error;
  }
};
