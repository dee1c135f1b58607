import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { consoleContentSecurityPolicy } from './console-content-security-policy.ts';
import { CONSOLE_ROUTE_REWRITE } from './console-route-rewrite.ts';
import type { StageConfig } from './stage-config.ts';

export interface ConsoleHostingProps {
  readonly stage: StageConfig;
  /** The Cognito managed-login origin the console sends users to, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly signInOrigin: string;
}

/**
 * Where the web console is served from: a private S3 bucket behind a CloudFront distribution that reads it
 * with Origin Access Control, rewrites the console's client-side routes to `/index.html` in a viewer-request
 * function, and adds the security headers (CSP, HSTS, frame and type options, referrer policy) to every
 * response. The build itself is put in the bucket by `ConsoleDeployment`.
 *
 * @example
 * const hosting = new ConsoleHosting(nested, 'Console', { stage, signInOrigin });
 * hosting.origin; // https://d111111abcdef8.cloudfront.net, for CORS and the OAuth callback URLs
 */
export class ConsoleHosting extends Construct {
  readonly bucket: Bucket;
  /** Receives the console bucket's server access logs. */
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<distribution domain>`: the console's origin, as browsers send it in `Origin`. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    // S3 may deliver server access logs by bucket policy or by the log-delivery ACL. ACLs are off here
    // (BucketOwnerEnforced), so this construct takes the bucket-policy way whatever the app's flags say
    // (context set before any child exists applies to this subtree only).
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    const { stage } = props;
    const stack = Stack.of(this);
    // Dev stacks are torn down whole; their buckets must empty themselves first or deletion fails.
    const autoDeleteObjects = stage.removalPolicy === RemovalPolicy.DESTROY;
    const privateBucket = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: stage.removalPolicy,
      autoDeleteObjects,
    };

    this.logBucket = new Bucket(this, 'LogBucket', {
      ...privateBucket,
      lifecycleRules: [{ expiration: Duration.days(stage.logRetention) }],
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket is the target of the console bucket’s server access logs; logging it to itself would log ' +
        'every log delivery, and to another bucket only moves the finding there.',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      ...privateBucket,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'console-bucket/',
    });

    const rewrite = new CloudFrontFunction(this, 'RouteRewrite', {
      comment: 'Serves /index.html for the console routes (paths without a file extension, not under /assets/)',
      code: FunctionCode.fromInline(CONSOLE_ROUTE_REWRITE),
      runtime: FunctionRuntime.JS_2_0,
    });

    // The API's exact origin (its id) cannot be named here: the API's CORS names this distribution, and
    // CloudFormation refuses the cycle. So the CSP allows the API Gateway hosts of this region and account
    // partition only; the README's known limits say so.
    const contentSecurityPolicy = consoleContentSecurityPolicy({
      api: `https://*.execute-api.${stack.region}.${stack.urlSuffix}`,
      signIn: props.signInOrigin,
      issuer: `https://cognito-idp.${stack.region}.${stack.urlSuffix}`,
    });
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: `Security headers of the console (${stage.name})`,
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        // The callback URL carries the authorization code: no URL of the console leaves in a Referer.
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });
    // CachingOptimized keeps objects at least 1 s whatever the origin says; a minimum of 0 lets
    // `no-cache` on index.html and config.json mean revalidate every time, so a deployment shows at once.
    const cachePolicy = new CachePolicy(this, 'CachePolicy', {
      comment: `Console (${stage.name}): honours the objects' Cache-Control`,
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.days(1),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Web console (${stage.name})`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        compress: true,
        cachePolicy,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: rewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;

    const acknowledge = (ruleId: string, reason: string) => Validations.of(this.distribution).acknowledge({ id: ruleId, reason });
    acknowledge(
      'AwsSolutions-CFR1',
      'The console is for staff and candidates wherever they are; its data sits behind the API, which needs a token.',
    );
    acknowledge(
      'AwsSolutions-CFR2',
      'The distribution serves only the static console build (GET and HEAD); a web ACL for CloudFront must live ' +
        'in us-east-1, and the API it calls has its own throttling and JWT authorizer.',
    );
    acknowledge(
      'AwsSolutions-CFR3',
      'CloudFront access logs record every viewer’s IP address and user agent: personal data the platform does ' +
        'not log (see the API access log format). Reads of the bucket are in its server access logs.',
    );
    acknowledge(
      'AwsSolutions-CFR4',
      'The distribution uses the default *.cloudfront.net certificate (no custom domain yet), for which ' +
        'CloudFront fixes the minimum viewer protocol; a custom domain with a TLSv1.2_2021 policy removes this.',
    );
  }
}
