import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { routeKeyOf, type RouteContract } from '@platform/kit/contract';
import { repoRoot } from '@platform/local-cloud';
import type { FuzzRoute } from './route-requests.ts';

/**
 * Every route the local cloud serves, each with its contract where its service exports one from
 * `services/<service>/src/api/index.ts` (found by listing the services, so a service whose contracts land
 * later is fuzzed from its schemas as soon as they do). A served route with no contract yet is still fuzzed,
 * with the mutations that need no schema.
 *
 * @example
 * const routes = await fuzzRoutes(cloud.served.routes); // [{ method: 'GET', path: '/health', contract: getHealth }, …]
 */
export const fuzzRoutes = async (served: readonly string[]): Promise<FuzzRoute[]> => {
  const contracts = new Map<string, RouteContract>();
  const servicesDir = join(repoRoot, 'services');
  for (const service of readdirSync(servicesDir).sort()) {
    const index = join(servicesDir, service, 'src', 'api', 'index.ts');
    if (!existsSync(index)) continue;
    const module = (await import(index)) as { routes?: readonly RouteContract[] };
    for (const contract of module.routes ?? []) contracts.set(routeKeyOf(contract), contract);
  }
  return [...served].sort().map((key) => {
    const [method, path] = key.split(' ') as [string, string];
    const contract = contracts.get(key);
    return contract ? { method, path, contract } : { method, path };
  });
};
