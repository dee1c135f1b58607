import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidFaultError, type FaultSpec } from '../runtime/fault-plan.ts';
import type { FunctionPool } from '../runtime/function-pool.ts';
import { type RuleScheduler, UnknownRuleError } from './rule-scheduler.ts';

const MAX_BODY_BYTES = 16_384;

/** The local cloud's own control endpoint, on loopback: what AWS does on its own schedule, done now on request. */
export interface RunningControlServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves, on 127.0.0.1 only, `GET /rules` (the scheduled rules and their schedules) and
 * `POST /rules/{name}/run` (run that rule now; `name` is its logical id or a part only it has), answering
 * the run's outcome per target as JSON. It is not part of the API: the gateway serves only the template's
 * routes, and this port is written only to the ready file.
 *
 * With the function pool it also serves `GET /functions/stats` (per function: environments started, peak
 * busy at once, invocations, invocations per environment), and fault injection: `POST /faults` arms one
 * (a {@link FaultSpec} as JSON; 201 with the armed fault, 400 naming what is wrong), `GET /faults` lists them
 * with what each matched and when it fired, `DELETE /faults` (or `/faults/{id}`) disarms and forgets them.
 * `POST /emulators/{dynamodb|sqs}/restart?downMs=N` stops that emulator and starts it again on its data,
 * answering once it serves again.
 *
 * @example
 * await fetch(`${control.url}/rules/EraseExpiredApplications/run`, { method: 'POST' });
 * await fetch(`${control.url}/faults`, { method: 'POST', body: JSON.stringify({ functionLogicalId: 'FundOutboxRelay', at: 'before-call', call: 'AmazonSQS.SendMessage' }) });
 */
export const startControlServer = async ({
  scheduler,
  pool,
  emulators = {},
  port = 0,
}: {
  scheduler: RuleScheduler;
  pool?: FunctionPool;
  /** Restarts of the emulators, for fault injection: `POST /emulators/{name}/restart`. */
  emulators?: Partial<Record<'dynamodb' | 'sqs', (options: { downMs?: number }) => Promise<void>>>;
  port?: number;
}): Promise<RunningControlServer> => {
  const server: Server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pool && path === '/functions/stats' && request.method === 'GET') return answer(200, { functions: Object.fromEntries(pool.stats()) });
    if (pool && path === '/faults' && request.method === 'GET') return answer(200, { faults: pool.faults.list() });
    if (pool && path === '/faults' && request.method === 'DELETE') return answer(200, { cleared: pool.faults.clear() });
    const oneFault = /^\/faults\/([^/]+)$/.exec(path);
    if (pool && oneFault && request.method === 'DELETE') {
      const cleared = pool.faults.clear(oneFault[1]);
      return cleared ? answer(200, { cleared }) : answer(404, { message: `no fault ${oneFault[1]}` });
    }
    const restart = /^\/emulators\/([^/]+)\/restart$/.exec(path);
    if (restart && request.method === 'POST') {
      const name = restart[1] as 'dynamodb' | 'sqs';
      const restartEmulator = Object.hasOwn(emulators, name) ? emulators[name] : undefined;
      if (restartEmulator === undefined) return answer(404, { message: `no emulator ${restart[1]} to restart: ${Object.keys(emulators).join(' or ') || 'none runs here'}` });
      const downMs = Number(new URL(request.url ?? '/', 'http://localhost').searchParams.get('downMs') ?? '0');
      if (!Number.isInteger(downMs) || downMs < 0 || downMs > 600_000) return answer(400, { message: 'downMs is a whole number of milliseconds, at most 600000' });
      // Answered once the emulator serves again; refused (409) in memory or against an external endpoint.
      restartEmulator({ downMs })
        .then(() => answer(200, { restarted: name, downMs }))
        .catch((error: unknown) => answer(409, { message: (error as Error).message }));
      return;
    }
    if (pool && path === '/faults' && request.method === 'POST') {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => {
        body += chunk;
        if (body.length > MAX_BODY_BYTES) request.destroy();
      });
      request.on('end', () => {
        let spec: unknown;
        try {
          spec = JSON.parse(body);
        } catch {
          return answer(400, { message: 'the body is not JSON: send a fault spec such as {"functionLogicalId":"FundOutboxRelay","at":"invocation-start"}' });
        }
        try {
          return answer(201, pool.armFault(spec as FaultSpec));
        } catch (error) {
          if (error instanceof InvalidFaultError) return answer(400, { message: error.message });
          return answer(500, { message: (error as Error).message });
        }
      });
      return;
    }
    if (request.method === 'GET' && path === '/rules') {
      return answer(
        200,
        scheduler.rules.map(({ logicalId, scheduleExpression, description, enabled, targets }) => ({
          logicalId,
          scheduleExpression,
          description,
          enabled,
          targets: targets.map(({ id, functionLogicalId }) => ({ id, functionLogicalId })),
        })),
      );
    }
    const run = /^\/rules\/([^/]+)\/run$/.exec(path);
    if (request.method === 'POST' && run) {
      let name: string;
      try {
        name = decodeURIComponent(run[1] ?? '');
      } catch {
        return answer(400, { message: 'the rule name is not a valid percent-encoded path segment' });
      }
      try {
        scheduler
          .run(name)
          .then((outcome) => answer(outcome.targets.every((target) => target.outcome.ok) ? 200 : 502, outcome))
          .catch((error: unknown) => answer(500, { message: (error as Error).message }));
      } catch (error) {
        if (error instanceof UnknownRuleError) return answer(404, { message: error.message });
        throw error;
      }
      return;
    }
    answer(404, { message: 'GET /rules, POST /rules/{name}/run, GET /functions/stats, GET|POST|DELETE /faults, POST /emulators/{dynamodb|sqs}/restart' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
