import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import type { NestedStack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import {
  ASSETS_CACHE_CONTROL,
  CONSOLE_PLACEHOLDER_PATH,
  ConsoleDeployment,
  ENTRY_CACHE_CONTROL,
} from '../lib/console-deployment.ts';
import { createPlatformApp } from '../lib/platform-app.ts';
import type { PlatformStack } from '../lib/platform-stack.ts';
import { STAGES } from '../lib/stage-config.ts';

type Resource = { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] };
type Statement = { Effect: string; Action: string | string[]; Principal?: unknown; Resource: unknown; Condition?: unknown };

// One dev environment, synthesized as `cdk synth` does (cdk-nag included: synthesis throws on any
// unacknowledged finding) with a console build of two files in a temporary directory.
let buildPath: string;
let app: App;
let dev: PlatformStack;
let root: Template;
let hosting: Template;
let deployment: Template;

beforeAll(() => {
  buildPath = mkdtempSync(join(tmpdir(), 'console-dist-'));
  writeFileSync(join(buildPath, 'index.html'), '<!doctype html><script type="module" src="/assets/app-abc.js"></script>');
  mkdirSync(join(buildPath, 'assets'));
  writeFileSync(join(buildPath, 'assets', 'app-abc.js'), 'console.log("console")');
  let stacks: PlatformStack[];
  ({ app, stacks } = createPlatformApp({ context: { 'aws:cdk:bundling-stacks': [] }, stages: [STAGES.dev], consoleBuildPath: buildPath }));
  dev = stacks[0]!;
  root = Template.fromStack(dev);
  hosting = Template.fromStack(dev.console.hosting);
  deployment = Template.fromStack(dev.console.deployment);
});

afterAll(() => rmSync(buildPath, { recursive: true, force: true }));

/** The logical id of the CloudFormation resource behind a construct path relative to `stack`. */
const idOf = (stack: Stack, path: string): string => {
  let construct: IConstruct = path.split('/').reduce<IConstruct>((scope, id) => scope.node.findChild(id), stack);
  while (!(construct instanceof CfnElement)) construct = construct.node.defaultChild!;
  return stack.getLogicalId(construct);
};
const resourcesOf = (template: Template, type: string) => template.findResources(type) as Record<string, Resource>;
const onlyResourceOf = (template: Template, type: string): Resource => {
  const all = Object.values(resourcesOf(template, type));
  expect({ type, count: all.length }).toStrictEqual({ type, count: 1 });
  return all[0]!;
};
/** A CloudFormation value as text: `Ref` as `${Name}`, `Fn::GetAtt` as `${Name.Attribute}`, `Fn::Join` joined. */
const text = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const intrinsic = value as { Ref?: string; 'Fn::GetAtt'?: string[]; 'Fn::Join'?: [string, unknown[]] };
  if (intrinsic.Ref !== undefined) return `\${${intrinsic.Ref}}`;
  if (intrinsic['Fn::GetAtt'] !== undefined) return `\${${intrinsic['Fn::GetAtt'].join('.')}}`;
  if (intrinsic['Fn::Join'] !== undefined) return intrinsic['Fn::Join'][1].map(text).join(intrinsic['Fn::Join'][0]);
  throw new Error(`no text for ${JSON.stringify(value)}`);
};
/** The logical id of a nested stack's resource in the root template. */
const nestedStackId = (nested: NestedStack) => dev.getLogicalId(nested.nestedStackResource as CfnElement);
/** What the root passes to a nested stack's parameter. */
const parameterPassed = (nested: NestedStack, name: string): unknown => {
  const resource = (root.toJSON()['Resources'] as Record<string, Resource>)[nestedStackId(nested)]!;
  return (resource.Properties['Parameters'] as Record<string, unknown>)[name];
};
/** The text of the hosting stack's output that the root reads with `${<nested id>.Outputs.<name>}`. */
const hostingOutput = (reference: string): string => {
  const [, name] = /\.Outputs\.([A-Za-z0-9]+)\}/.exec(reference) ?? [];
  const outputs = hosting.toJSON()['Outputs'] as Record<string, { Value: unknown }>;
  return text(outputs[name!]!.Value);
};

const distributionId = () => idOf(dev.console.hosting, 'Console/Distribution');
/** The console's origin as the root stack writes it: `https://` and the distribution's domain, a hosting output. */
const consoleOrigin = (): string => {
  const origin = text((root.toJSON()['Outputs'] as Record<string, { Value: unknown }>)['ConsoleUrl']!.Value);
  expect(hostingOutput(origin.replace(/^https:\/\//, ''))).toBe(`\${${distributionId()}.DomainName}`);
  return origin;
};

describe('ConsoleHosting', () => {
  it('keeps the console bucket private: public access blocked, encrypted, logged to the log bucket', () => {
    // Prepare
    const bucket = resourcesOf(hosting, 'AWS::S3::Bucket')[idOf(dev.console.hosting, 'Console/Bucket')]!;
    // Assess
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: idOf(dev.console.hosting, 'Console/LogBucket') }, LogFilePrefix: 'console-bucket/' },
    });
  });

  it('denies every request to either bucket without TLS 1.2, and lets only S3 logging write the log bucket', () => {
    // Prepare
    const policies = Object.values(resourcesOf(hosting, 'AWS::S3::BucketPolicy'));
    const policyOf = (bucketPath: string) => {
      const policy = policies.find((each) => text(each.Properties['Bucket']) === `\${${idOf(dev.console.hosting, bucketPath)}}`)!;
      return (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement;
    };
    const denials = (bucketPath: string) =>
      policyOf(bucketPath)
        .filter((statement) => statement.Effect === 'Deny')
        .map((statement) => ({ action: statement.Action, principal: statement.Principal, condition: statement.Condition }));
    // Assess
    for (const bucketPath of ['Console/Bucket', 'Console/LogBucket']) {
      expect(denials(bucketPath)).toStrictEqual([
        { action: 's3:*', principal: { AWS: '*' }, condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        { action: 's3:*', principal: { AWS: '*' }, condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } },
      ]);
    }
    const logDelivery = policyOf('Console/LogBucket').filter((statement) => JSON.stringify(statement.Principal).includes('logging.s3.amazonaws.com'));
    expect(logDelivery.map((statement) => ({ action: statement.Action, resource: text(statement.Resource) }))).toStrictEqual([
      { action: 's3:PutObject', resource: `\${${idOf(dev.console.hosting, 'Console/LogBucket')}.Arn}/console-bucket/*` },
    ]);
  });

  it('reads the bucket through Origin Access Control, which alone may get its objects', () => {
    // Prepare
    const oac = onlyResourceOf(hosting, 'AWS::CloudFront::OriginAccessControl');
    const [origin] = (onlyResourceOf(hosting, 'AWS::CloudFront::Distribution').Properties['DistributionConfig'] as { Origins: Record<string, unknown>[] }).Origins;
    const bucketPolicy = Object.values(resourcesOf(hosting, 'AWS::S3::BucketPolicy')).find(
      (each) => text(each.Properties['Bucket']) === `\${${idOf(dev.console.hosting, 'Console/Bucket')}}`,
    )!;
    const allows = (bucketPolicy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement.filter(
      (statement) => statement.Effect === 'Allow' && JSON.stringify(statement.Principal).includes('cloudfront'),
    );
    // Assess
    expect(oac.Properties['OriginAccessControlConfig']).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    expect(origin!['OriginAccessControlId']).toStrictEqual({ 'Fn::GetAtt': [Object.keys(resourcesOf(hosting, 'AWS::CloudFront::OriginAccessControl'))[0], 'Id'] });
    expect(origin!['S3OriginConfig']).toStrictEqual({ OriginAccessIdentity: '' });
    expect(allows.map((statement) => ({ action: statement.Action, principal: statement.Principal, resource: text(statement.Resource), condition: statement.Condition }))).toStrictEqual([
      {
        action: 's3:GetObject',
        principal: { Service: 'cloudfront.amazonaws.com' },
        resource: `\${${idOf(dev.console.hosting, 'Console/Bucket')}.Arn}/*`,
        condition: {
          StringEquals: {
            'AWS:SourceArn': {
              'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudfront::', { Ref: 'AWS::AccountId' }, ':distribution/', { Ref: distributionId() }]],
            },
          },
        },
      },
    ]);
  });

  it('rewrites the console routes to /index.html on viewer request, with no distribution-wide error responses', () => {
    // Prepare
    const config = onlyResourceOf(hosting, 'AWS::CloudFront::Distribution').Properties['DistributionConfig'] as Record<string, unknown>;
    const behaviour = config['DefaultCacheBehavior'] as Record<string, unknown>;
    // Assess
    expect(behaviour['FunctionAssociations']).toStrictEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [idOf(dev.console.hosting, 'Console/RouteRewrite'), 'FunctionARN'] } },
    ]);
    expect(onlyResourceOf(hosting, 'AWS::CloudFront::Function').Properties['FunctionConfig']).toMatchObject({ Runtime: 'cloudfront-js-2.0' });
    expect(config['CustomErrorResponses']).toBeUndefined();
    expect({ viewer: behaviour['ViewerProtocolPolicy'], methods: behaviour['AllowedMethods'], root: config['DefaultRootObject'] }).toStrictEqual({
      viewer: 'redirect-to-https',
      methods: ['GET', 'HEAD'],
      root: 'index.html',
    });
  });

  it.each([
    ['/applications/123', '/index.html'],
    ['/auth/callback', '/index.html'],
    ['/', '/index.html'],
    ['/assets/app-abc.js', '/assets/app-abc.js'],
    ['/assets/missing', '/assets/missing'],
    ['/config.json', '/config.json'],
    ['/favicon.ico', '/favicon.ico'],
  ])('serves %s from %s', (uri, served) => {
    // Prepare: the function's code exactly as the template deploys it, run with a viewer-request event
    const code = String(onlyResourceOf(hosting, 'AWS::CloudFront::Function').Properties['FunctionCode']);
    const handler = runInNewContext(`${code}; handler`) as (event: unknown) => { uri: string; querystring: unknown };
    const event = { version: '1.0', request: { method: 'GET', uri, querystring: { code: { value: 'abc' } }, headers: {}, cookies: {} } };
    // Act
    const request = handler(event);
    // Assess: only the path changes
    expect({ uri: request.uri, querystring: request.querystring }).toStrictEqual({ uri: served, querystring: { code: { value: 'abc' } } });
  });

  it('adds a CSP allowing only the console, the API hosts and Cognito, with HSTS, DENY framing, nosniff and no referrer', () => {
    // Prepare
    const headers = onlyResourceOf(hosting, 'AWS::CloudFront::ResponseHeadersPolicy').Properties['ResponseHeadersPolicyConfig'] as {
      SecurityHeadersConfig: Record<string, Record<string, unknown>>;
    };
    const { ContentSecurityPolicy: csp, ...others } = headers.SecurityHeadersConfig;
    const signIn = 'https://selections-platform-dev.auth.${AWS::Region}.amazoncognito.com';
    // Assess
    expect({ ...csp, ContentSecurityPolicy: text(csp!['ContentSecurityPolicy']).split('; ') }).toStrictEqual({
      Override: true,
      ContentSecurityPolicy: [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "manifest-src 'self'",
        `connect-src 'self' https://*.execute-api.\${AWS::Region}.\${AWS::URLSuffix} ${signIn} https://cognito-idp.\${AWS::Region}.\${AWS::URLSuffix}`,
        `form-action 'self' ${signIn}`,
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ],
    });
    expect(others).toStrictEqual({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
    });
    const behaviour = (onlyResourceOf(hosting, 'AWS::CloudFront::Distribution').Properties['DistributionConfig'] as { DefaultCacheBehavior: Record<string, unknown> })
      .DefaultCacheBehavior;
    expect(behaviour['ResponseHeadersPolicyId']).toStrictEqual({ Ref: idOf(dev.console.hosting, 'Console/SecurityHeaders') });
  });

  it('caches by the objects’ own Cache-Control: no minimum TTL', () => {
    expect(onlyResourceOf(hosting, 'AWS::CloudFront::CachePolicy').Properties['CachePolicyConfig']).toMatchObject({
      MinTTL: 0,
      DefaultTTL: 86_400,
      MaxTTL: 31_536_000,
    });
  });
});

describe('ConsoleDeployment', () => {
  const deployments = () => resourcesOf(deployment, 'Custom::CDKBucketDeployment');
  const deploymentOf = (path: string) => deployments()[idOf(dev.console.deployment, path)]!;

  it('deploys the hashed assets immutable and unpruned first, then index.html and config.json revalidated', () => {
    // Prepare
    const summary = (resource: Resource) => ({
      cacheControl: (resource.Properties['SystemMetadata'] as Record<string, unknown>)['cache-control'],
      prefix: resource.Properties['DestinationBucketKeyPrefix'],
      prune: resource.Properties['Prune'],
      exclude: resource.Properties['Exclude'],
      bucket: resource.Properties['DestinationBucketName'],
    });
    // Assess
    expect(Object.keys(deployments())).toHaveLength(2);
    expect(summary(deploymentOf('Console/Assets/CustomResource'))).toStrictEqual({
      cacheControl: 'public, max-age=31536000, immutable',
      prefix: 'assets/',
      prune: false,
      exclude: undefined,
      bucket: { Ref: 'ConsoleBucketName' },
    });
    expect(summary(deploymentOf('Console/Entry/CustomResource'))).toStrictEqual({
      cacheControl: 'no-cache',
      prefix: undefined,
      prune: true,
      exclude: ['assets/*'],
      bucket: { Ref: 'ConsoleBucketName' },
    });
    expect([ASSETS_CACHE_CONTROL, ENTRY_CACHE_CONTROL]).toStrictEqual(['public, max-age=31536000, immutable', 'no-cache']);
    expect(deploymentOf('Console/Entry/CustomResource').DependsOn).toEqual(
      expect.arrayContaining([idOf(dev.console.deployment, 'Console/Assets/CustomResource')]),
    );
    expect(parameterPassed(dev.console.deployment, 'ConsoleBucketName')).toStrictEqual({
      'Fn::GetAtt': [nestedStackId(dev.console.hosting), expect.stringMatching(/^Outputs\..*ConsoleBucket.*Ref$/)],
    });
  });

  it('writes config.json with the API URL, user pool, console client, sign-in domain and region of the stage', () => {
    // Prepare: the jsonData source is the entry deployment's second; its staged directory holds config.json
    // with a marker per token, which the deployment replaces by the values in SourceMarkers
    const entry = deploymentOf('Console/Entry/CustomResource').Properties;
    const objectKey = (entry['SourceObjectKeys'] as string[])[1]!;
    const assembly = app.synth().directory;
    const staged = readFileSync(join(assembly, `asset.${objectKey.replace(/\.zip$/, '')}`, 'config.json'), 'utf8');
    const markers = (entry['SourceMarkers'] as Record<string, unknown>[])[1]!;
    // Act: each marker as the root-stack value its nested-stack parameter receives
    const resolved = Object.entries(markers).reduce((json, [marker, value]) => {
      const name = (value as { Ref: string }).Ref;
      const passed = name.startsWith('AWS::') ? { Ref: name } : parameterPassed(dev.console.deployment, name);
      return json.split(marker).join(text(passed));
    }, staged);
    // Assess
    const ref = (path: string) => `\${${idOf(dev, path)}}`;
    expect(JSON.parse(resolved)).toStrictEqual({
      apiUrl: `https://${ref('Api/HttpApi')}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/`,
      userPoolId: ref('Api/UserPool'),
      clientId: ref('Api/UserPool/ConsoleClient'),
      signInDomain: `https://${ref('Api/UserPool/ConsoleDomain')}.auth.\${AWS::Region}.amazoncognito.com`,
      region: '${AWS::Region}',
    });
  });

  it('deploys a placeholder page and warns when the console is not built, with the same resources', () => {
    // Prepare
    const stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Unbuilt');
    const config = { apiUrl: 'https://api.example/', userPoolId: 'pool', clientId: 'client', signInDomain: 'https://sign-in.example', region: 'eu-west-2' };
    // Act
    const unbuilt = new ConsoleDeployment(stack, 'Console', { stage: STAGES.dev, bucketName: 'console-bucket', config, buildPath: join(buildPath, 'missing') });
    // Assess
    expect(unbuilt.sourcePath).toBe(CONSOLE_PLACEHOLDER_PATH);
    expect(readFileSync(join(CONSOLE_PLACEHOLDER_PATH, 'index.html'), 'utf8')).toContain('pnpm --filter @platform/console build');
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('console is not built'));
    expect(warnings.map((warning) => `${warning.id}: ${String(warning.entry.data)}`)).toStrictEqual([
      '/Unbuilt/Console: ' +
      `The console is not built (no ${join(buildPath, 'missing', 'index.html')}): this synthesis deploys a placeholder page saying so. ` +
        'Run `pnpm --filter @platform/console build` before deploying. [ack: @platform/infra:consoleNotBuilt]',
    ]);
    expect(Object.keys(Template.fromStack(stack).findResources('Custom::CDKBucketDeployment'))).toHaveLength(2);
  });
});

describe('Console sign-in', () => {
  it('gives the console a public client with the code grant only, OpenID scopes and URLs under its origin', () => {
    // Prepare
    const client = resourcesOf(root, 'AWS::Cognito::UserPoolClient')[idOf(dev, 'Api/UserPool/ConsoleClient')]!.Properties;
    const urls = (key: string) => (client[key] as unknown[]).map(text);
    // Assess
    expect({
      secret: client['GenerateSecret'],
      flows: client['AllowedOAuthFlows'],
      oauth: client['AllowedOAuthFlowsUserPoolClient'],
      scopes: client['AllowedOAuthScopes'],
      authFlows: client['ExplicitAuthFlows'],
      providers: client['SupportedIdentityProviders'],
    }).toStrictEqual({
      secret: false,
      flows: ['code'],
      oauth: true,
      scopes: ['openid', 'email', 'profile'],
      authFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      providers: ['COGNITO'],
    });
    expect(urls('CallbackURLs')).toStrictEqual([`${consoleOrigin()}/auth/callback`]);
    expect(urls('LogoutURLs')).toStrictEqual([`${consoleOrigin()}/`]);
  });

  it('serves managed login v2 on the stage’s Cognito domain, branded with Cognito’s own look for the console client', () => {
    // Prepare
    const branding = onlyResourceOf(root, 'AWS::Cognito::ManagedLoginBranding');
    // Assess
    expect(onlyResourceOf(root, 'AWS::Cognito::UserPoolDomain').Properties).toStrictEqual({
      Domain: 'selections-platform-dev',
      ManagedLoginVersion: 2,
      UserPoolId: { Ref: idOf(dev, 'Api/UserPool') },
    });
    expect(branding.Properties).toStrictEqual({
      ClientId: { Ref: idOf(dev, 'Api/UserPool/ConsoleClient') },
      UserPoolId: { Ref: idOf(dev, 'Api/UserPool') },
      UseCognitoProvidedValues: true,
    });
    expect(branding.DependsOn).toEqual(expect.arrayContaining([idOf(dev, 'Api/UserPool/ConsoleDomain')]));
  });

  it('lets exactly the console origin call the API, with the headers the console sends and reads', () => {
    // Prepare
    const cors = onlyResourceOf(root, 'AWS::ApiGatewayV2::Api').Properties['CorsConfiguration'] as Record<string, unknown>;
    // Assess
    expect({ ...cors, AllowOrigins: (cors['AllowOrigins'] as unknown[]).map(text) }).toStrictEqual({
      AllowOrigins: [consoleOrigin()],
      AllowCredentials: false,
      AllowHeaders: ['authorization', 'content-type', 'x-correlation-id'],
      AllowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      ExposeHeaders: ['x-correlation-id', 'location'],
      MaxAge: 3600,
    });
  });

  it('outputs the console URL, its sign-in domain and its client id', () => {
    // Prepare
    const outputs = root.toJSON()['Outputs'] as Record<string, { Value: unknown }>;
    // Assess
    const url = text(outputs['ConsoleUrl']!.Value);
    expect({ scheme: url.slice(0, 'https://'.length), host: hostingOutput(url) }).toStrictEqual({
      scheme: 'https://',
      host: `\${${distributionId()}.DomainName}`,
    });
    expect(text(outputs['ConsoleSignInDomain']!.Value)).toBe(`https://\${${idOf(dev, 'Api/UserPool/ConsoleDomain')}}.auth.\${AWS::Region}.amazoncognito.com`);
    expect(outputs['ConsoleClientId']!.Value).toStrictEqual({ Ref: idOf(dev, 'Api/UserPool/ConsoleClient') });
  });
});

describe('Console cdk-nag', () => {
  it('leaves no unacknowledged AWS Solutions finding on the console hosting, deployment and sign-in', () => {
    // Act
    const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(app);
    // Assess
    expect(report).toStrictEqual({ success: true, violations: [] });
  });
});
