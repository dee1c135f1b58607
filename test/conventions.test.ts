import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '@platform/local-cloud';
import { build } from 'esbuild';

const SOURCE_ROOTS = ['events', 'infra', 'packages', 'services', 'test'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

const files = SOURCE_ROOTS.flatMap((root) => sourceFiles(join(repoRoot, root)));
const offending = (pattern: RegExp) =>
  files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => relative(repoRoot, file));

describe('repository conventions', () => {
  it('imports zod as a namespace, which lets esbuild drop the parts a bundle does not use', () => {
    // A named import of `z` pulls in the whole namespace, every locale included (~370 KB per bundle).
    expect(offending(/import\s*\{\s*z\s*\}\s*from\s*'zod'/)).toStrictEqual([]);
  });

  it("builds every HTTP handler from its route's contract, so the kit checks the role before reading the request", () => {
    // The contract names the roles and the kit enforces them before any body middleware (a kit test proves
    // the order); a handler checking roles itself, or parsing the request itself, would bring back the
    // convention that defect 8 of issue #11 broke.
    const handlers = files.filter((file) => /services\/[^/]+\/src\/handlers\//.test(file) && !file.endsWith('.test.ts'));
    const findings = handlers.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const imported = new Set(
        [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\.\/api\/[^']+'/g)].flatMap(([, names]) =>
          names!.split(',').map((name) => name.trim().split(/\s+as\s+/).at(-1)!),
        ),
      );
      const calls = [...source.matchAll(/\bhttpHandler\(\s*(\[[^\]]*\]|[A-Za-z_$][\w$]*)/g)].map(([, first]) => first!);
      const contracts = calls.flatMap((first) => first.replace(/[[\]]/g, '').split(',').map((name) => name.trim()).filter(Boolean));
      const path = relative(repoRoot, file);
      return [
        ...(source.includes('httpHandler(') && calls.length === 0 ? [`${path}: httpHandler without a contract`] : []),
        ...contracts.filter((name) => !imported.has(name)).map((name) => `${path}: ${name} is not a contract imported from ../api/`),
        ...(/\brequireRole\b|\bparse\(/.test(source) ? [`${path}: checks roles or parses the request itself`] : []),
      ];
    });
    expect({ handlers: handlers.filter((file) => readFileSync(file, 'utf8').includes('httpHandler(')).length > 0, findings }).toStrictEqual({
      handlers: true,
      findings: [],
    });
  });

  it('keeps route contracts free of the AWS SDK, the logger and middy, since the CDK app and generators import them', async () => {
    // Bundled and tree-shaken as a generator or the console would take them; a contract importing a store
    // or a handler would drag in the SDK and a client built at import time.
    const services = ['health', 'emeritus', 'selections', 'fund'];
    const { metafile } = await build({
      entryPoints: Object.fromEntries(services.map((service) => [service, join(repoRoot, 'services', service, 'src/api/index.ts')])),
      outdir: join(repoRoot, '.local', 'contracts-bundle'),
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const found = Object.values(metafile.outputs)
      .filter((output) => output.entryPoint !== undefined)
      .map((output) => [
        output.entryPoint!.split('/')[1]!,
        Object.keys(output.inputs).filter((input) => /@aws-sdk|@aws-lambda-powertools|@middy/.test(input)),
      ]);
    expect(Object.fromEntries(found)).toStrictEqual({ health: [], emeritus: [], selections: [], fund: [] });
  });

  it('has no focused tests, which would silently skip the rest of the suite', () => {
    expect(offending(/\b(?:it|test|describe)\.only\(/)).toStrictEqual([]);
  });
});
