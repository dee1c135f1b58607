import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PlatformStack } from './platform-stack.ts';
import { REPO_ROOT } from './service-function.ts';
import { STAGES } from './stage-config.ts';
import type { StageConfig } from './stage-config.ts';

/**
 * Adds one `Platform-<stage>` stack per stage to `app`, checked by cdk-nag's AWS Solutions rules: synthesis
 * fails on any unacknowledged finding, warnings included.
 *
 * @example
 * buildPlatformApp(new App()); // infra/bin/app.ts, where the CDK CLI supplies cdk.json's context
 */
export const buildPlatformApp = (
  app: App,
  stages: readonly StageConfig[] = [STAGES.dev, STAGES.prod],
  options: Pick<CreatePlatformAppOptions, 'consoleBuildPath'> = {},
): PlatformStack[] => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stages.map(
    (stage) =>
      new PlatformStack(app, `Platform-${stage.name}`, {
        stage,
        ...(options.consoleBuildPath === undefined ? {} : { consoleBuildPath: options.consoleBuildPath }),
        description: `Selections platform (${stage.name})`,
        terminationProtection: stage.deletionProtection,
        tags: { platform: 'selections', stage: stage.name },
      }),
  );
};

export interface CreatePlatformAppOptions {
  /** Context on top of cdk.json's, e.g. `{ 'aws:cdk:bundling-stacks': [] }` to skip bundling. */
  readonly context?: Readonly<Record<string, unknown>>;
  readonly stages?: readonly StageConfig[];
  /** The web console's build to deploy; defaults to `packages/console/dist`. */
  readonly consoleBuildPath?: string;
}

/**
 * The platform app as the CDK CLI builds it (cdk.json's feature flags included), for code that synthesizes
 * it without the CLI: the infra tests and the local cloud.
 *
 * @example
 * const { app, stacks: [dev] } = createPlatformApp({ context: { 'aws:cdk:bundling-stacks': [] } });
 * const template = app.synth().getStackByName('Platform-dev').template;
 */
export const createPlatformApp = (options: CreatePlatformAppOptions = {}): { app: App; stacks: PlatformStack[] } => {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  const app = new App({ context: { ...cdkJson.context, ...options.context } });
  return { app, stacks: buildPlatformApp(app, options.stages, options) };
};
