// Three layers, one run: unit (beside the code), integration and end-to-end (under test/).
// Integration and e2e share one embedded PostgreSQL started by globalSetup.
// A fourth, `browser` (`npm run test:browser`), drives Chromium against the real platform.
const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
// Nest 12 and a few of its dependencies are ESM-only; Jest's module system cannot
// require ESM, so swc turns them into CommonJS like our own code.
const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'load-esm',
  'uid',
  '@sindresorhus',
  'meilisearch',
  'content-disposition',
  'cookie',
  '@fastify/cookie',
  'set-cookie-parser',
  'toad-cache',
  // Feeds (issue 13): the Atom writer.
  'feed',
  // ICU message catalogues (issue 14).
  'intl-messageformat',
  '@formatjs',
  // HTML parsing in the page-language tests.
  'htmlparser2',
  'domhandler',
  'domelementtype',
  'domutils',
  'dom-serializer',
  'entities',
  // The home page's map (issue 15.6): projections and their array helpers.
  'd3-geo',
  'd3-array',
  'internmap',
];

const shared = {
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swc, swcrc: false, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src' },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // Stryker's sandbox copy of the repository (npm run test:mutation) is not ours to run.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  testEnvironment: 'node',
};

// The test PostgreSQL is set up per project, not globally, so that the browser project does
// not start one it never uses. Jest runs a project's globalSetup only when that project has
// tests to run, and runs a path shared by several projects once.
const testDatabase = {
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
};

module.exports = {
  projects: [
    {
      ...shared,
      ...testDatabase,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    },
    {
      ...shared,
      ...testDatabase,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
    },
    {
      ...shared,
      ...testDatabase,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    // Only with a real Meilisearch server (MEILI_URL): `npm run test:meilisearch`.
    {
      ...shared,
      ...testDatabase,
      displayName: 'meilisearch',
      testMatch: ['<rootDir>/test/meilisearch/**/*.meili-spec.ts'],
    },
    // `npm run test:browser` (builds, then runs in band): each file starts its own platform
    // from dist/ with test/browser/support/platform.ts, and Chromium through playwright-core.
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/support/jest-setup.ts'],
    },
  ],
  // Generous: a worker's first file pays for compiling the app inside its beforeAll, which on a
  // loaded 2-core machine took over 30 s. No test asserts on time.
  testTimeout: 60_000,
  // Two worker processes, each replaced once it holds over 1.5 GB after a file. On a 2-core
  // machine Jest's default (cores - 1 = 1) runs every file in its one process, whose heap then
  // grows file after file: with the open-data suites it hit the 4 GB limit after 60 of 102 files
  // and spent its last minutes in garbage collection.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1536MB',
};
