import { existsSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { ServiceName } from '@platform/events';
import { Construct } from 'constructs';
import type { StageConfig } from './stage-config.ts';

/** The repository root: entries are given relative to it, and esbuild resolves the workspace from it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** CloudFormation metadata keys that tell the local cloud which module and export a function runs. */
export const ENTRY_METADATA = 'platform:entry';
export const HANDLER_METADATA = 'platform:handler';

/** The narrowest grant a function needs on a table. */
export type TableAccess = 'read' | 'write' | 'read-write';

export interface ServiceFunctionProps {
  /** The owning service; becomes `POWERTOOLS_SERVICE_NAME`. */
  readonly service: ServiceName;
  readonly stage: StageConfig;
  /** The handler module, relative to the repository root, e.g. `services/health/src/handlers/get-health.ts`. */
  readonly entry: string;
  /** The exported handler. @default 'handler' */
  readonly handler?: string;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  /** @default 256 MiB */
  readonly memorySize?: number;
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Ship a source map and run with `--enable-source-maps`. Off by default: the map is larger than the minified
   * bundle, and Node's source-map support slows cold starts and every stack trace.
   * @default false
   */
  readonly sourceMap?: boolean;
}

/**
 * A Lambda function with the platform's defaults: Node.js 24 on ARM, an ESM bundle with every dependency
 * (the AWS SDK v3 clients included) minified and tree-shaken, its own log group with the stage's retention,
 * X-Ray tracing, and a role that can write only to that log group.
 *
 * The function is the construct's default child, so its logical id is the construct's path
 * (`HealthGetHealth1A2B3C4D`).
 */
export class ServiceFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  /** The handler module, relative to the repository root. */
  readonly entry: string;
  readonly timeout: Duration;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    this.entry = repoRelativeEntry(props.entry);
    this.timeout = props.timeout ?? Duration.seconds(10);
    const handler = props.handler ?? 'handler';
    const sourceMap = props.sourceMap ?? false;

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.stage.logRetention,
      removalPolicy: props.stage.removalPolicy,
    });
    // Our own role instead of the default one: AWSLambdaBasicExecutionRole lets a function create and write
    // any log group in the account; this one may only write streams of its own group.
    // X-Ray's write actions accept no resource, so they need `*`. They sit in an inline policy of the role
    // (no extra resource: a stack may hold only 500), apart from the grants later added to its default
    // policy. The acknowledgement below therefore names exactly these two actions; the infra test
    // "grants no wildcard action…" fails if `*` ever reaches any other statement.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      inlinePolicies: {
        Tracing: new PolicyDocument({
          statements: [new PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] })],
        }),
      },
    });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions (Service ' +
        'Authorization Reference, AWS X-Ray); only the inline Tracing policy holds them, and a test keeps `*` ' +
        'out of every other statement.',
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Default', {
      entry: join(REPO_ROOT, this.entry),
      handler,
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'pnpm-lock.yaml'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: this.timeout,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.service,
        POWERTOOLS_LOG_LEVEL: props.stage.logLevel,
        // The `stage` dimension of the business metrics (packages/kit/src/metrics).
        PLATFORM_STAGE: props.stage.name,
        ...(sourceMap ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
        ...props.environment,
      },
      bundling: {
        minify: true,
        sourceMap,
        target: 'node24',
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        // Bundled CommonJS dependencies may still call `require` for Node built-ins; ESM has none.
        banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        // Bundle the SDK v3 clients too, rather than use the runtime's copy, so they are tree-shaken and pinned.
        externalModules: [],
        logLevel: LogLevel.WARNING,
      },
    });
    const cfnFunction = this.function.node.defaultChild as CfnFunction;
    // Set by hand rather than with `tracing: Tracing.ACTIVE`, which would add the X-Ray `*` statement to the
    // role's default policy, next to the function's other grants.
    cfnFunction.tracingConfig = { mode: 'Active' };
    cfnFunction.addMetadata(ENTRY_METADATA, this.entry);
    cfnFunction.addMetadata(HANDLER_METADATA, handler);
  }

  /**
   * Grants this function the narrowest access it needs to a table and passes the table's name in `envName`.
   * Give the table its indexes before binding it: the grant then covers them, and the matching cdk-nag
   * finding is acknowledged here.
   *
   * @example
   * recordPing.bindTable(store.table, 'read-write', 'TABLE_NAME');
   * recordPing.bindTable(store.outbox, 'write', 'OUTBOX_TABLE_NAME');
   */
  bindTable(table: ITable, access: TableAccess, envName: string): void {
    if (access === 'read') table.grantReadData(this.function);
    else if (access === 'write') table.grantWriteData(this.function);
    else table.grantReadWriteData(this.function);
    this.function.addEnvironment(envName, table.tableName);

    const indexedTable = indexedTableLogicalId(table);
    if (indexedTable !== undefined) {
      Validations.of(this.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${indexedTable}.Arn>/index/*]`,
        reason:
          'CDK grants data access to a table together with `<table arn>/index/*`, the indexes of that one ' +
          'table; no other table is reachable through it.',
      });
    }
  }
}

const repoRelativeEntry = (entry: string): string => {
  const relative = normalize(entry);
  if (isAbsolute(relative) || relative.startsWith('..')) {
    throw new Error(`ServiceFunction entry must be relative to the repository root, got '${entry}'`);
  }
  // NodejsFunction checks this too, but names only the absolute path.
  if (!existsSync(join(REPO_ROOT, relative))) {
    throw new Error(`ServiceFunction entry '${entry}' does not exist under ${REPO_ROOT}`);
  }
  return relative.split('\\').join('/');
};

/** The logical id of a table defined in this app that has secondary indexes, else undefined. */
const indexedTableLogicalId = (table: ITable): string | undefined => {
  const cfnTable = table.node.defaultChild;
  if (!(cfnTable instanceof CfnTable)) return undefined;
  const stack = Stack.of(cfnTable);
  const indexes: unknown[] = [
    ...(stack.resolve(cfnTable.globalSecondaryIndexes) ?? []),
    ...(stack.resolve(cfnTable.localSecondaryIndexes) ?? []),
  ];
  return indexes.length > 0 ? stack.getLogicalId(cfnTable as CfnElement) : undefined;
};
