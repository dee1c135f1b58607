import { MalformedPathError } from '../errors.ts';
import type { RouteWiring } from '../wiring/wiring.ts';

export interface RouteMatch {
  route: RouteWiring;
  pathParameters: Record<string, string> | undefined;
}

interface CompiledRoute {
  route: RouteWiring;
  pattern: RegExp;
  names: string[];
  /** Higher wins: literal segments beat parameters, which beat a greedy tail, as in API Gateway. */
  specificity: number[];
}

const compile = (route: RouteWiring): CompiledRoute => {
  const names: string[] = [];
  const segments = route.path.split('/').filter(Boolean);
  const specificity = segments.map((segment) => (segment.endsWith('+}') ? 0 : segment.startsWith('{') ? 1 : 2));
  const source = segments
    .map((segment) => {
      const parameter = /^\{(.+?)(\+)?\}$/.exec(segment);
      if (!parameter) return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      names.push(parameter[1] ?? '');
      return parameter[2] ? '/(.+)' : '/([^/]+)';
    })
    .join('');
  return { route, pattern: new RegExp(`^${source || '/'}$`), names, specificity };
};

const decoded = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch (error) {
    // A URIError here used to escape the request handler and take the whole gateway down.
    throw new MalformedPathError(value, { cause: error });
  }
};

const moreSpecific = (a: CompiledRoute, b: CompiledRoute): number => {
  for (let index = 0; index < Math.max(a.specificity.length, b.specificity.length); index += 1) {
    const difference = (b.specificity[index] ?? -1) - (a.specificity[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return (a.route.method === 'ANY' ? 1 : 0) - (b.route.method === 'ANY' ? 1 : 0);
};

/**
 * Matches requests to HTTP API routes the way API Gateway does: exact method before `ANY`,
 * the most specific path first, `{name+}` as a greedy tail, `$default` as the catch-all.
 *
 * @example
 * const match = routeMatcher(routes)('GET', '/health/pings/42');
 * // { route: { routeKey: 'GET /health/pings/{pingId}', ... }, pathParameters: { pingId: '42' } }
 *
 * @throws {MalformedPathError} when a captured path parameter is not valid percent-encoded UTF-8.
 */
export const routeMatcher = (routes: RouteWiring[]) => {
  const fallback = routes.find((route) => route.routeKey === '$default');
  const compiled = routes.filter((route) => route !== fallback).map(compile).sort(moreSpecific);
  return (method: string, path: string): RouteMatch | undefined => {
    for (const candidate of compiled) {
      if (candidate.route.method !== method && candidate.route.method !== 'ANY') continue;
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      const values = match.slice(1).map(decoded);
      const pathParameters = candidate.names.length
        ? Object.fromEntries(candidate.names.map((name, index) => [name, values[index] ?? '']))
        : undefined;
      return { route: candidate.route, pathParameters };
    }
    return fallback ? { route: fallback, pathParameters: undefined } : undefined;
  };
};
