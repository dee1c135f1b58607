#!/usr/bin/env node
// Plain JavaScript, as bin/local-cloud.mjs: the version check must happen before the TypeScript sources load.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`\nNode.js 22.18 or newer is needed (24 LTS recommended); this is ${process.version}.\n`);
  process.exit(1);
}
await import('../src/ops/cli.ts');
