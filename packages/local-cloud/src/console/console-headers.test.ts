import { describe, expect, it } from '@jest/globals';
import type { PhysicalResources } from '../wiring/intrinsics.ts';
import type { CfnTemplate } from '../wiring/template.ts';
import { consoleHeaders } from './console-headers.ts';

// GIVEN the headers policy as the CDK app synthesizes it: the CSP joined from the region and URL suffix
const template: CfnTemplate = {
  Resources: {
    Headers: {
      Type: 'AWS::CloudFront::ResponseHeadersPolicy',
      Properties: {
        ResponseHeadersPolicyConfig: {
          SecurityHeadersConfig: {
            ContentSecurityPolicy: {
              ContentSecurityPolicy: {
                'Fn::Join': [
                  '',
                  [
                    "default-src 'none'; connect-src 'self' https://*.execute-api.",
                    { Ref: 'AWS::Region' },
                    '.',
                    { Ref: 'AWS::URLSuffix' },
                    ' https://platform-dev.auth.',
                    { Ref: 'AWS::Region' },
                    '.amazoncognito.com https://cognito-idp.',
                    { Ref: 'AWS::Region' },
                    ".amazonaws.com; form-action 'self' https://platform-dev.auth.",
                    { Ref: 'AWS::Region' },
                    ".amazoncognito.com; frame-ancestors 'none'",
                  ],
                ],
              },
              Override: true,
            },
            ContentTypeOptions: { Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
            ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
            StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
          },
        },
      },
    },
  },
};
const physical: PhysicalResources = { region: 'eu-west-2', accountId: '000000000000', stackName: 'Platform-dev', refs: new Map(), attributes: new Map() };

describe('consoleHeaders', () => {
  it("serves CloudFront's headers, with the API's and Cognito's hosts replaced by the local gateway and provider", () => {
    // WHEN
    const headers = consoleHeaders(template, physical, { api: 'http://localhost:3000', signIn: 'http://localhost:3002' });
    // THEN
    expect(headers).toStrictEqual({
      'content-security-policy': "default-src 'none'; connect-src 'self' http://localhost:3000 http://localhost:3002 http://localhost:3002; form-action 'self' http://localhost:3002; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
    });
  });

  it('adds nothing when the template has no console', () => {
    expect(consoleHeaders({ Resources: {} }, physical, { api: 'http://localhost:3000', signIn: 'http://localhost:3002' })).toStrictEqual({});
  });
});
