import { describe, expect, it } from '@jest/globals';
import type { RouteWiring } from '../wiring/wiring.ts';
import { MalformedPathError } from '../errors.ts';
import { routeMatcher } from './route-matcher.ts';

const route = (routeKey: string): RouteWiring => {
  const [method = '', path = ''] = routeKey.split(' ');
  return { routeKey, method, path, functionLogicalId: `Fn ${routeKey}`, authorization: 'JWT', requiredScopes: [] };
};

describe('routeMatcher', () => {
  const match = routeMatcher([
    route('GET /fund/applications/{id}'),
    route('GET /fund/applications/mine'),
    route('ANY /fund/{proxy+}'),
    route('POST /fund/applications'),
    route('GET /health'),
  ]);

  it('prefers a literal segment to a path parameter, as API Gateway does', () => {
    expect(match('GET', '/fund/applications/mine')).toStrictEqual({ route: route('GET /fund/applications/mine'), pathParameters: undefined });
  });

  it('captures and decodes path parameters', () => {
    expect(match('GET', '/fund/applications/a%20b')?.pathParameters).toStrictEqual({ id: 'a b' });
  });

  it.each(['%ZZ', '%ED%A0%80', '%C0%AF'])('fails on the malformed percent-encoding %s with a MalformedPathError, not a URIError', (segment) => {
    const error = (() => {
      try {
        return match('GET', `/fund/applications/${segment}`);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(MalformedPathError);
    expect(error).toMatchObject({ name: 'MalformedPathError', segment, message: `the path segment "${segment}" is not valid percent-encoded UTF-8` });
  });

  it('falls back to a greedy route for any method', () => {
    expect(match('DELETE', '/fund/applications/7/notes')).toStrictEqual({
      route: route('ANY /fund/{proxy+}'),
      pathParameters: { proxy: 'applications/7/notes' },
    });
  });

  it('answers nothing for an unknown path when there is no $default route', () => {
    expect(match('GET', '/nowhere')).toBeUndefined();
  });

  it('serves the $default route when nothing else matches', () => {
    const withDefault = routeMatcher([route('GET /health'), { ...route('GET /x'), routeKey: '$default', method: '', path: '' }]);
    expect(withDefault('PUT', '/anything')?.route.routeKey).toBe('$default');
  });
});
