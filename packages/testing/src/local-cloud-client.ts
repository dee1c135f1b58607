import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { devIssuer, type Role } from '@platform/local-cloud';

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
