import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { devIssuer, type ArmedFault, type FaultSpec, type FunctionStats, type Role } from '@platform/local-cloud';

interface ReadyFile {
  apiUrl: string;
  /** The web console, as the local cloud serves its build. */
  consoleUrl: string;
  signIn: { issuer: string; clientId: string };
  region: string;
  stateDir: string;
  endpoints: { dynamodb: string; sqs: string };
  refs: Record<string, string>;
  attributes: Record<string, string>;
  served: { routes: string[]; tables: string[]; queues: string[]; eventSourceMappings: string[]; scheduleRules: string[] };
  /** The local cloud's control endpoint (scheduled rules run now). */
  controlUrl: string;
}

/**
 * What an integration test needs of the running local cloud: its URL, resources by
 * logical id, dev tokens, and SDK clients pointed at the emulators.
 *
 * @example
 * const cloud = localCloud();
 * const response = await cloud.request('GET', '/health');
 */
export const localCloud = () => {
  const file = process.env.LOCAL_CLOUD_READY_FILE;
  if (!file) throw new Error('LOCAL_CLOUD_READY_FILE is not set: integration tests run under the jest project "integration", whose global setup starts the local cloud');
  const ready = JSON.parse(readFileSync(file, 'utf8')) as ReadyFile;
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const issuer = devIssuer(join(ready.stateDir, 'keys'));

  /** The one resource whose logical id starts with the prefix (CDK appends a hash). */
  const ref = (logicalIdPrefix: string): string => {
    const matches = Object.keys(ready.refs).filter((id) => id.startsWith(logicalIdPrefix));
    if (matches.length !== 1) throw new Error(`expected one resource named ${logicalIdPrefix}*, found: ${matches.join(', ') || 'none'}`);
    return ready.refs[matches[0] as string] as string;
  };

  const functionStats = async (): Promise<Record<string, FunctionStats>> => {
    const response = await fetch(`${ready.controlUrl}/functions/stats`);
    if (!response.ok) throw new Error(`the local cloud's control endpoint answered ${response.status} to GET /functions/stats`);
    return ((await response.json()) as { functions: Record<string, FunctionStats> }).functions;
  };

  return {
    ...ready,
    ref,
    /**
     * The bodies of the messages on a queue (ready, in flight or delayed), read without receiving them: a test
     * can look for a message that a consumer may take at any moment without taking it first, and without
     * adding to its receive count. Uses the emulator's inspection endpoint (fauxqs's `/_fauxqs/queues/<name>`,
     * or LocalStack's `/_aws/sqs/messages`), since SQS itself has no way to peek.
     *
     * @example
     * const bodies = await cloud.peek(cloud.ref('SelectionsInboxQueue'));
     */
    peek: async (queueUrl: string): Promise<string[]> => {
      const name = queueUrl.split('/').at(-1) ?? '';
      const inspections = [
        `${ready.endpoints.sqs}/_fauxqs/queues/${encodeURIComponent(name)}`,
        `${ready.endpoints.sqs}/_aws/sqs/messages?QueueUrl=${encodeURIComponent(queueUrl)}&ShowInvisible=true&ShowDelayed=true`,
      ];
      for (const url of inspections) {
        const response = await fetch(url, { headers: { accept: 'application/json' } });
        if (response.ok) return messageBodiesIn(await response.json());
      }
      throw new Error(`cannot peek at ${queueUrl}: the SQS emulator at ${ready.endpoints.sqs} answers neither ${inspections.join(' nor ')}`);
    },
    /**
     * Runs a scheduled EventBridge rule of the template now, as EventBridge would at its time, and answers what
     * each target did. `name` is the rule's logical id or a part of it only that rule has.
     *
     * @example
     * const run = await cloud.runRule('EraseExpiredApplicationsSchedule');
     */
    runRule: async (name: string): Promise<{ status: number; body: { rule: string; time: string; targets: { functionLogicalId: string; attempts: number; outcome: { ok: boolean; result?: unknown; error?: string } }[] } }> => {
      const response = await fetch(`${ready.controlUrl}/rules/${encodeURIComponent(name)}/run`, { method: 'POST' });
      return { status: response.status, body: (await response.json()) as never };
    },
    /**
     * What each function's execution environments have done since the local cloud started (only functions
     * invoked so far), from its control endpoint (`GET /functions/stats`).
     *
     * @example
     * const stats = await cloud.functionStats();
     */
    functionStats,
    /**
     * Runs `act` and answers how many execution environments of the one function whose logical id starts with
     * `logicalIdPrefix` served an invocation meanwhile (a new environment, or one whose count rose): more than one
     * shows the invocations ran side by side, as in Lambda. Other suites sharing the cloud can only add to it.
     *
     * @example
     * const { result, environments } = await cloud.environmentsUsed('EmeritusAnnounceRetirement', () => Promise.all(requests));
     */
    environmentsUsed: async <T>(logicalIdPrefix: string, act: () => Promise<T>): Promise<{ result: T; environments: number }> => {
      const before = await functionStats();
      const result = await act();
      const after = await functionStats();
      const matches = Object.keys(after).filter((logicalId) => logicalId.startsWith(logicalIdPrefix));
      if (matches.length !== 1) throw new Error(`expected one invoked function named ${logicalIdPrefix}*, found: ${matches.join(', ') || 'none'}`);
      const logicalId = matches[0] as string;
      const earlier = before[logicalId]?.invocationsByEnvironment ?? {};
      const used = Object.entries(after[logicalId]?.invocationsByEnvironment ?? {}).filter(([environmentId, count]) => count > (earlier[environmentId] ?? 0));
      return { result, environments: used.length };
    },
    /**
     * Arms a fault in the local cloud's function pool: an environment of the function (logical id or a prefix)
     * ends abruptly, as a crash, at the point named (`invocation-start`, or `before-call`/`after-call` an AWS
     * call such as `AmazonSQS.SendMessage` or `TransactWriteItems`, the nth time, once by default).
     *
     * @example
     * const fault = await cloud.injectFault({ functionLogicalId: 'FundOutboxRelay', at: 'before-call', call: 'AmazonSQS.SendMessage' });
     */
    injectFault: async (spec: FaultSpec): Promise<ArmedFault> => {
      const response = await fetch(`${ready.controlUrl}/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
      const body = (await response.json()) as ArmedFault | { message: string };
      if (response.status !== 201) throw new Error(`the local cloud refused the fault (${response.status}): ${(body as { message: string }).message}`);
      return body as ArmedFault;
    },
    /**
     * The faults armed in the local cloud, with how many points each matched and when it fired; `id` for one alone.
     *
     * @example
     * const [fault] = await cloud.faults(armed.id);
     */
    faults: async (id?: string): Promise<ArmedFault[]> => {
      const { faults } = (await (await fetch(`${ready.controlUrl}/faults`)).json()) as { faults: ArmedFault[] };
      return id === undefined ? faults : faults.filter((fault) => fault.id === id);
    },
    /**
     * Disarms and forgets one fault (by id), or every fault: a suite clears what it armed, as others share the cloud.
     *
     * @example
     * await cloud.clearFault(fault.id);
     */
    clearFault: async (id?: string): Promise<void> => {
      await fetch(`${ready.controlUrl}/faults${id === undefined ? '' : `/${encodeURIComponent(id)}`}`, { method: 'DELETE' });
    },
    sqs: new SQSClient({ endpoint: ready.endpoints.sqs, region: ready.region, credentials, useQueueUrlAsEndpoint: false }),
    dynamodb: new DynamoDBClient({ endpoint: ready.endpoints.dynamodb, region: ready.region, credentials }),
    token: async (roles: Role | Role[], sub: string) => (await issuer).sign({ sub, roles: Array.isArray(roles) ? roles : [roles] }),
    /** An HTTP call to the local API, with an optional bearer token and JSON body. */
    request: async (method: string, path: string, { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
      const response = await fetch(`${ready.apiUrl}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      return { status: response.status, headers: response.headers, contentType, body: /json/.test(contentType) && text ? (JSON.parse(text) as unknown) : text };
    },
  };
};

// The emulators nest messages differently (fauxqs: `{ messages: { ready: [{ body }], inflight: [{ message:
// { body } }] } }`, LocalStack: `{ ReceiveMessageResponse: { ReceiveMessageResult: { Message: [{ Body }] } } }`),
// so every `body`/`Body` string is collected wherever it sits.
const messageBodiesIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(messageBodiesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, nested]) =>
    (key === 'body' || key === 'Body') && typeof nested === 'string' ? [nested] : messageBodiesIn(nested),
  );
};

/**
 * Polls until the check returns a value (not undefined) or the time runs out: queues and
 * stream relays deliver asynchronously.
 *
 * @example
 * const ping = await eventually(async () => (await get()).receivedAt ? ping : undefined);
 */
export const eventually = async <T>(check: () => Promise<T | undefined>, { timeoutMs = 20_000, intervalMs = 200, what = 'the condition' } = {}): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
};

/** The running local cloud as an integration test sees it. */
export type LocalCloudClient = ReturnType<typeof localCloud>;
