import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RuleScheduler, UnknownRuleError } from './rule-scheduler.ts';

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
 * @example
 * await fetch(`${control.url}/rules/EraseExpiredApplications/run`, { method: 'POST' });
 */
export const startControlServer = async ({ scheduler, port = 0 }: { scheduler: RuleScheduler; port?: number }): Promise<RunningControlServer> => {
  const server: Server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
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
    answer(404, { message: 'GET /rules, or POST /rules/{name}/run' });
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
