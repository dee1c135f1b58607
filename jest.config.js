// Two projects: `unit` needs nothing running; `integration` (files named *.int.test.ts)
// goes through the local cloud, which its global setup starts and its teardown stops.
// keepImportAttributes: swc would otherwise drop `with { type: 'json' }`, which native ESM needs to import JSON.
const swc = [
  '@swc/jest',
  { jsc: { target: 'es2024', parser: { syntax: 'typescript' }, experimental: { keepImportAttributes: true } }, module: { type: 'es6' } },
];

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  modulePathIgnorePatterns: ['<rootDir>/cdk.out', '<rootDir>/.local'],
};

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.int\\.test\\.ts$'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/*.int.test.ts'],
      testPathIgnorePatterns: ['/node_modules/'],
      globalSetup: '<rootDir>/test/local-cloud/global-setup.ts',
      globalTeardown: '<rootDir>/test/local-cloud/global-teardown.ts',
    },
  ],
  // A global option: jest ignores it inside a project. Integration tests wait on queues and relays.
  testTimeout: 60_000,
};
