/**
 * Mutation testing of the checks and the policy loader (`npm run mutate`). Unit tests
 * only: the end-to-end tests run the committed bundle, which mutants never reach.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    configFile: 'jest.config.js',
    config: {
      testPathIgnorePatterns: [
        '/node_modules/',
        '/__tests__/e2e/',
        '/__tests__/docs/',
        'false-positive-rate',
        'store-performance',
        'redaction.property',
      ],
    },
    enableFindRelatedTests: true,
  },
  mutate: [
    'src/checks/**/*.ts',
    'src/policy/**/*.ts',
    '!src/policy/generated/**',
    '!src/**/*-types.ts',
  ],
  coverageAnalysis: 'perTest',
  // SWC does not type-check, so Stryker's '// @ts-nocheck' insertion is unnecessary, and it
  // would alter src/policy/generated, which the schema drift test compares byte for byte.
  disableTypeChecks: false,
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Re-runs only mutants whose code or covering tests changed; `npm run mutate -- --force`
  // runs every mutant again.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
