import { beforeAll, describe, expect, it } from '@jest/globals';
import { Template } from 'aws-cdk-lib/assertions';
import { platformDocument } from '../../services/health/src/openapi/platform-document.ts';
import { createPlatformApp } from '../lib/platform-app.ts';

// The template's routes and the document's operations, each as `<METHOD> <path>` with whether it is public.
let templateRoutes: string[];
let documentedRoutes: string[];

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

beforeAll(() => {
  // As `cdk synth` builds the app, without bundling (esbuild per function would dominate the run).
  const { stacks } = createPlatformApp({ context: { 'aws:cdk:bundling-stacks': [] } });
  const routes = Template.fromStack(stacks[0]!).findResources('AWS::ApiGatewayV2::Route') as Record<string, { Properties: Record<string, unknown> }>;
  templateRoutes = Object.values(routes)
    .map(({ Properties: route }) => `${String(route['RouteKey'])} ${route['AuthorizationType'] === 'NONE' ? 'public' : 'jwt'}`)
    .sort();
  documentedRoutes = Object.entries(platformDocument().paths ?? {})
    .flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const operation = item[method];
        if (operation === undefined) return [];
        return [`${method.toUpperCase()} ${path} ${operation.security?.length === 0 ? 'public' : 'jwt'}`];
      }),
    )
    .sort();
});

describe('the OpenAPI document and the CDK app', () => {
  it('document exactly the routes the synthesized template serves, public where the template has no authorizer', () => {
    // Assess: a route in one but not the other, or public in one only, shows up on its own line
    expect({
      missingFromDocument: templateRoutes.filter((route) => !documentedRoutes.includes(route)),
      missingFromTemplate: documentedRoutes.filter((route) => !templateRoutes.includes(route)),
    }).toStrictEqual({ missingFromDocument: [], missingFromTemplate: [] });
  });

  it('serve the document itself, publicly', () => {
    expect(templateRoutes).toContain('GET /openapi.json public');
  });
});
