import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentError } from './errors.ts';
import { flattenNestedStacks } from './wiring/flatten-nested-stacks.ts';
import type { CfnTemplate } from './wiring/template.ts';

interface CloudAssemblyManifest {
  artifacts?: Record<string, { type: string; properties?: { templateFile?: string } }>;
}

const readJson = <T>(file: string): T | undefined => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined);

/**
 * Synthesizes the CDK app, as `cdk synth` would (same app command, same context from
 * cdk.json and cdk.context.json), but without bundling: locally, functions run from source.
 * Returns the named stack's template, its nested stacks flattened into it (see `readStackTemplate`).
 *
 * @example
 * const template = await synthesizeStack({ repoRoot, outDir: '.local/cdk.out', stackName: 'Platform-dev' });
 */
export const synthesizeStack = async ({ repoRoot, outDir, stackName }: { repoRoot: string; outDir: string; stackName: string }): Promise<CfnTemplate> => {
  const cdkJson = readJson<{ app?: string; context?: Record<string, unknown> }>(join(repoRoot, 'cdk.json')) ?? {};
  const context = {
    ...cdkJson.context,
    ...readJson<Record<string, unknown>>(join(repoRoot, 'cdk.context.json')),
    'aws:cdk:bundling-stacks': [],
    // As the CDK CLI sets it: nested stack resources then name their template's file (`aws:asset:path`).
    'aws:cdk:enable-asset-metadata': true,
  };
  const app = cdkJson.app ?? 'node infra/bin/app.ts';
  const child = spawn(app, {
    cwd: repoRoot,
    shell: true,
    env: { ...process.env, CDK_OUTDIR: outDir, CDK_CONTEXT_JSON: JSON.stringify(context) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new EnvironmentError(`The CDK app failed to synthesize (\`${app}\` exited ${code}):\n${output.trim()}`);
  return readStackTemplate(outDir, stackName);
};

/**
 * The template of stack `stackName` in the cloud assembly at `outDir`, with its nested stacks' resources
 * flattened into it (`flattenNestedStacks`): one template holding every resource the stack deploys.
 *
 * @example
 * const template = readStackTemplate(join(stateDir, 'cdk.out'), 'Platform-dev');
 */
export const readStackTemplate = (outDir: string, stackName: string): CfnTemplate => {
  const manifest = readJson<CloudAssemblyManifest>(join(outDir, 'manifest.json'));
  const templateFile = manifest?.artifacts?.[stackName]?.properties?.templateFile;
  if (!templateFile) {
    const stacks = Object.entries(manifest?.artifacts ?? {})
      .filter(([, artifact]) => artifact.type === 'aws:cloudformation:stack')
      .map(([name]) => name);
    throw new EnvironmentError(`The CDK app has no stack named ${stackName}; it has: ${stacks.join(', ') || 'none'}. Set PLATFORM_STACK to one of them.`);
  }
  const readTemplate = (file: string) => JSON.parse(readFileSync(join(outDir, file), 'utf8')) as CfnTemplate;
  return flattenNestedStacks(readTemplate(templateFile), readTemplate);
};
