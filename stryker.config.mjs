// Mutation testing of the pure decision logic: `npm run test:mutation` (not part of `npm test`).
// What it proves and how to read the report: docs/testing.md.

import { readFileSync } from 'node:fs';

/**
 * The files mutated are the ones tsconfig.mutation.json lists (docs/testing.md lists them too):
 * the type checker then compiles only them and what they import, not every file that imports
 * them, which keeps each mutant's check short.
 */
const DECISION_LOGIC = JSON.parse(readFileSync('tsconfig.mutation.json', 'utf8')).files;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: DECISION_LOGIC,
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: true,
  },
  // Each mutant runs only the tests that reach its code.
  coverageAnalysis: 'perTest',
  // Mutants that do not compile are dropped before any test runs.
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  // A rerun tests only mutants whose code or tests changed since the committed report.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 85, break: 85 },
  // Two shared cores: other suites run beside this one.
  concurrency: 2,
  // The sandbox copy needs the sources, configs and tests only.
  ignorePatterns: [
    'dist',
    '.dist-*',
    '.data',
    'coverage',
    'test-results',
    'reports',
    'bench',
    'docs',
    '*.log',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
