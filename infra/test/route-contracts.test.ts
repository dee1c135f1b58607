import { beforeAll, describe, expect, it } from '@jest/globals';
import { Template } from 'aws-cdk-lib/assertions';
import { routeKeyOf } from '../../packages/kit/src/contract.ts';
import type { RouteContract } from '../../packages/kit/src/contract.ts';
import { routes as emeritusRoutes } from '../../services/emeritus/src/api/index.ts';
import { routes as fundRoutes } from '../../services/fund/src/api/index.ts';
import { routes as healthRoutes } from '../../services/health/src/api/index.ts';
import { routes as selectionsRoutes } from '../../services/selections/src/api/index.ts';
import { createPlatformApp } from '../lib/platform-app.ts';

/** Every route contract of the platform, as the services declare them. */
const contracts: readonly RouteContract[] = [...healthRoutes, ...emeritusRoutes, ...selectionsRoutes, ...fundRoutes];

/** Each route of dev's templates (the root stack and every nested one): its key and authorization type. */
let templateRoutes: { routeKey: string; auth: string }[];

beforeAll(() => {
  // As `cdk synth` builds it, but with bundling skipped: esbuild per function would dominate the run.
  const { stacks } = createPlatformApp({ context: { 'aws:cdk:bundling-stacks': [] } });
  const dev = stacks[0]!;
  const templates = [Template.fromStack(dev), ...Object.values(dev.services).map((nested) => Template.fromStack(nested))];
  templateRoutes = templates.flatMap((template) =>
    Object.values(template.findResources('AWS::ApiGatewayV2::Route') as Record<string, { Properties: { RouteKey: string; AuthorizationType: string } }>).map(
      ({ Properties }) => ({ routeKey: Properties.RouteKey, auth: Properties.AuthorizationType }),
    ),
  );
});

describe('route contracts and the CDK app', () => {
  it('has every route of every service in the template exactly once, and no route without a contract', () => {
    // Assess: sorted with repeats kept, so a route twice on either side fails too
    expect(templateRoutes.map(({ routeKey }) => routeKey).sort()).toStrictEqual(contracts.map(routeKeyOf).sort());
  });

  it('has no two contracts for one route key', () => {
    const keys = contracts.map(routeKeyOf);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toStrictEqual([]);
  });

  it('takes no token on exactly the routes whose contracts are public, and the JWT authorizer on every other', () => {
    const expected = Object.fromEntries(contracts.map((contract) => [routeKeyOf(contract), contract.access === 'public' ? 'NONE' : 'JWT']));
    expect(Object.fromEntries(templateRoutes.map(({ routeKey, auth }) => [routeKey, auth]))).toStrictEqual(expected);
  });
});
