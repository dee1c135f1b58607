#!/usr/bin/env node
// Plain JavaScript on purpose: an older Node.js cannot even load the TypeScript sources, so
// the version check must happen before they are imported.
import { spawnSync } from 'node:child_process';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 5)) {
  console.error(
    `\nNode.js 22.5 or newer is needed (24 LTS recommended); this is ${process.version}.\n` +
      'Install it with `npm i -g node@24` or from https://nodejs.org.\n',
  );
  process.exit(1);
}
const STRIP_TYPES = '--experimental-strip-types';
if (major === 22 && minor < 18 && !(process.env.NODE_OPTIONS ?? '').includes(STRIP_TYPES)) {
  // Node 22.5-22.17 runs TypeScript only behind a flag; NODE_OPTIONS carries it to the
  // workers, emulators and CDK app this process starts.
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${STRIP_TYPES}`.trim() };
  const { status } = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit', env });
  process.exit(status ?? 1);
}
await import('../src/cli.ts');
