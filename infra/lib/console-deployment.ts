import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { REPO_ROOT } from './service-function.ts';
import type { StageConfig } from './stage-config.ts';

/** Where `pnpm --filter @platform/console build` writes the console. */
export const CONSOLE_BUILD_PATH = join(REPO_ROOT, 'packages/console/dist');
/** Deployed instead of the console when it was not built: an `index.html` that says so, and an `assets/` note. */
export const CONSOLE_PLACEHOLDER_PATH = join(REPO_ROOT, 'infra/console-placeholder');

/** What the console reads from `/config.json` at start-up: one build serves every stage. */
export interface ConsoleConfig {
  /** The API's base URL, `https://<id>.execute-api.<region>.amazonaws.com/`. */
  readonly apiUrl: string;
  readonly userPoolId: string;
  /** The console's public app client. */
  readonly clientId: string;
  /** The Cognito managed-login domain URL, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly signInDomain: string;
  readonly region: string;
}

export interface ConsoleDeploymentProps {
  readonly stage: StageConfig;
  /** The console bucket (`ConsoleHosting`), by name: this construct lives in a stack of its own. */
  readonly bucketName: string;
  readonly config: ConsoleConfig;
  /** The console's production build (`index.html` and `assets/`); defaults to `packages/console/dist`. */
  readonly buildPath?: string;
}

/** Immutable: Vite names every file under `assets/` after a hash of its content. */
export const ASSETS_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Revalidated on every load, so a deployment shows at once; they name the current assets and stage. */
export const ENTRY_CACHE_CONTROL = 'no-cache';

/**
 * Puts the console's build in its bucket in two deployments: the hashed `assets/` first, cached for a year
 * and never pruned (a browser still running the previous `index.html` can load its chunks), then
 * `index.html`, any other top-level file and the stage's `config.json`, revalidated on every load.
 *
 * When the build is missing (CI runs the infra tests without building the console), a placeholder page that
 * says so is deployed instead and synthesis warns; the template has the same resources either way.
 *
 * @example
 * new ConsoleDeployment(nested, 'Console', { stage, bucketName, config: { apiUrl, userPoolId, clientId, signInDomain, region } });
 */
export class ConsoleDeployment extends Construct {
  /** The directory actually deployed: the build, or the placeholder when the build is missing. */
  readonly sourcePath: string;
  readonly assets: BucketDeployment;
  readonly entry: BucketDeployment;

  constructor(scope: Construct, id: string, props: ConsoleDeploymentProps) {
    super(scope, id);
    const buildPath = props.buildPath ?? CONSOLE_BUILD_PATH;
    const built = existsSync(join(buildPath, 'index.html'));
    this.sourcePath = built ? buildPath : CONSOLE_PLACEHOLDER_PATH;
    if (!built) {
      Annotations.of(this).addWarningV2(
        '@platform/infra:consoleNotBuilt',
        `The console is not built (no ${join(buildPath, 'index.html')}): this synthesis deploys a placeholder page ` +
          'saying so. Run `pnpm --filter @platform/console build` before deploying.',
      );
    }

    const bucket = Bucket.fromBucketName(this, 'Bucket', props.bucketName);
    // One log group and role for the deployments' shared handler. Our own role, as ServiceFunction does:
    // CDK's default takes AWSLambdaBasicExecutionRole, which may create and write any log group.
    const logGroup = new LogGroup(this, 'HandlerLogs', {
      retention: props.stage.logRetention,
      removalPolicy: props.stage.removalPolicy,
    });
    const role = new Role(this, 'HandlerRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    this.assets = new BucketDeployment(this, 'Assets', {
      sources: [Source.asset(join(this.sourcePath, 'assets'))],
      destinationBucket: bucket,
      destinationKeyPrefix: 'assets/',
      cacheControl: [CacheControl.fromString(ASSETS_CACHE_CONTROL)],
      prune: false,
      logGroup,
      role,
    });
    this.entry = new BucketDeployment(this, 'Entry', {
      sources: [
        Source.asset(this.sourcePath, { exclude: ['assets', 'assets/**'] }),
        Source.jsonData('config.json', props.config),
      ],
      destinationBucket: bucket,
      // Kept out of this deployment's sync, so its pruning never deletes the assets of the other one.
      exclude: ['assets/*'],
      cacheControl: [CacheControl.fromString(ENTRY_CACHE_CONTROL)],
      prune: true,
      logGroup,
      role,
    });
    // index.html names the new chunks: they must be in the bucket before it is.
    this.entry.node.addDependency(this.assets);
    this.acknowledgeHandler(role, cdkNagText(Stack.of(this).resolve(bucket.arnForObjects('*'))));
  }

  /**
   * The findings on the handler CDK builds for all BucketDeployments of a stack (one singleton function,
   * outside this construct): its runtime, and the wildcards of the grants CDK gives it.
   */
  private acknowledgeHandler(role: Role, consoleObjects: string): void {
    // The singleton is a child of the stack, named after CDK's fixed uuid for it.
    const handlers: IConstruct[] = Stack.of(this).node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    for (const handler of handlers) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-L1',
        reason: 'The runtime of CDK’s BucketDeployment handler (Python, with the AWS CLI layer) is chosen by aws-cdk-lib and moves with it; the function runs only during deployments.',
      });
    }
    const grants: [string, string][] = [
      ['Action::s3:GetObject*', 'CDK’s grantRead of the source assets and grantReadWrite of the console bucket: reads of objects (and their ACLs, tags, versions) in those two buckets only.'],
      ['Action::s3:GetBucket*', 'CDK’s grantRead/grantReadWrite: bucket metadata reads (location, versioning) of the asset and console buckets only, which `aws s3 sync` makes.'],
      ['Action::s3:List*', 'CDK’s grantRead/grantReadWrite: listing of the asset and console buckets only, which `aws s3 sync` needs to compare and prune.'],
      ['Action::s3:DeleteObject*', 'CDK’s grantReadWrite of the console bucket: the entry deployment prunes files a new build dropped (never under assets/).'],
      ['Action::s3:Abort*', 'CDK’s grantReadWrite of the console bucket: aborting its own multipart uploads of large files.'],
      [`Resource::${consoleObjects}`, 'Every object of the console bucket, the deployments’ destination; no other bucket.'],
      ['Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*', 'The CDK bootstrap asset bucket, where the build is uploaded as zip files for the handler to read.'],
    ];
    for (const [finding, reason] of grants) Validations.of(role).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
  }
}

/**
 * A resolved CloudFormation value as cdk-nag writes it in a finding: `Ref` as `<Name>`, `Fn::GetAtt` as
 * `<Name.Attribute>`, `Fn::Join` joined, so an acknowledgement names the exact resource.
 */
const cdkNagText = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const intrinsic = value as { Ref?: string; 'Fn::GetAtt'?: [string, string]; 'Fn::Join'?: [string, unknown[]] };
  if (intrinsic.Ref !== undefined) return `<${intrinsic.Ref}>`;
  if (intrinsic['Fn::GetAtt'] !== undefined) return `<${intrinsic['Fn::GetAtt'].join('.')}>`;
  if (intrinsic['Fn::Join'] !== undefined) return intrinsic['Fn::Join'][1].map(cdkNagText).join(intrinsic['Fn::Join'][0]);
  throw new Error(`cdkNagText cannot render ${JSON.stringify(value)}; expected a string, Ref, Fn::GetAtt or Fn::Join`);
};
