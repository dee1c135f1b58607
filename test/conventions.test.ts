import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '@platform/local-cloud';

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

  it("checks the caller's role in every handler before reading the request", () => {
    const parsesFirst = files
      .filter((file) => /services\/[^/]+\/src\/handlers\//.test(file))
      .filter((file) => {
        const source = readFileSync(file, 'utf8');
        const roleCheck = source.search(/\brequireRole\(caller/);
        const firstParse = source.search(/\bparse\([A-Z]/);
        return roleCheck !== -1 && firstParse !== -1 && firstParse < roleCheck;
      })
      .map((file) => relative(repoRoot, file));
    expect(parsesFirst).toStrictEqual([]);
  });

  it('has no focused tests, which would silently skip the rest of the suite', () => {
    expect(offending(/\b(?:it|test|describe)\.only\(/)).toStrictEqual([]);
  });
});
