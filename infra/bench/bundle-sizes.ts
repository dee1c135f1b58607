// `pnpm bench:bundles`: the size of every Lambda bundle the CDK app deploys, measured on the
// bundles `cdk synth` itself produced, against a baseline built in the same run: a handler that
// only sends one DynamoDB command (the smallest useful function, with the SDK client bundled).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { REPO_ROOT } from '../lib/service-function.ts';

interface Measured {
  bytes: number;
  gzipBytes: number;
}

const measure = (dir: string): Measured => {
  const file = readdirSync(dir).find((name) => /^index\.(m?js)$/.test(name));
  if (!file) throw new Error(`no index.js in ${dir}`);
  const code = readFileSync(join(dir, file));
  return { bytes: statSync(join(dir, file)).size, gzipBytes: gzipSync(code).length };
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(8);

const outDir = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
try {
  console.log('bench:bundles: synthesizing the app with bundling (as `pnpm synth` does)…');
  const synth = spawnSync('pnpm', ['exec', 'cdk', 'synth', '--quiet', '--output', outDir, 'Platform-dev'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (synth.status !== 0) throw new Error(`cdk synth failed:\n${synth.stdout}${synth.stderr}`);

  const baselineDir = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  const baselineEntry = join(baselineDir, 'baseline.mjs');
  writeFileSync(
    baselineEntry,
    "import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';\n" +
      'const client = new DynamoDBClient({});\n' +
      "export const handler = async () => client.send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'x' } } }));\n",
  );
  await build({
    entryPoints: [baselineEntry],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    // The settings NodejsFunction uses for an ESM bundle, so the comparison is like for like.
    mainFields: ['module', 'main'],
    outfile: join(baselineDir, 'out', 'index.mjs'),
    nodePaths: [join(REPO_ROOT, 'packages', 'kit', 'node_modules')],
    logLevel: 'silent',
  });
  const baseline = measure(join(baselineDir, 'out'));
  rmSync(baselineDir, { recursive: true, force: true });

  // Each service's functions are in a nested stack of Platform-dev: read every template, nested ones included.
  type Template = { Resources: Record<string, { Type: string; Metadata?: Record<string, unknown> }> };
  const templatesFrom = (file: string): Template[] => {
    const template = JSON.parse(readFileSync(join(outDir, file), 'utf8')) as Template;
    const nested = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::CloudFormation::Stack')
      .flatMap((resource) => templatesFrom(String(resource.Metadata?.['aws:asset:path'])));
    return [template, ...nested];
  };
  const rows = templatesFrom('Platform-dev.template.json')
    .flatMap((template) => Object.entries(template.Resources))
    .filter(([, resource]) => resource.Type === 'AWS::Lambda::Function' && resource.Metadata?.['platform:entry'])
    .map(([logicalId, resource]) => ({
      logicalId,
      entry: String(resource.Metadata?.['platform:entry']),
      ...measure(join(outDir, String(resource.Metadata?.['aws:asset:path']))),
    }))
    .sort((a, b) => b.bytes - a.bytes);

  console.log(`\nbaseline (one DynamoDB GetItem, SDK client bundled, minified): ${kb(baseline.bytes)} (${kb(baseline.gzipBytes).trim()} gzip)\n`);
  console.log(`${'function entry'.padEnd(60)} ${'size'.padStart(8)} ${'gzip'.padStart(8)}  × baseline`);
  for (const row of rows) {
    console.log(`${row.entry.padEnd(60)} ${kb(row.bytes)} ${kb(row.gzipBytes)}  ${(row.bytes / baseline.bytes).toFixed(2)}×`);
  }
  const total = rows.reduce((sum, row) => sum + row.bytes, 0);
  console.log(`\n${rows.length} functions, ${kb(total).trim()} in all, largest ${kb(rows[0]?.bytes ?? 0).trim()}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
