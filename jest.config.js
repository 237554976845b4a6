// Three layers, one run: unit (beside the code), integration and end-to-end (under test/).
// Integration and e2e share one embedded PostgreSQL started by globalSetup.
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
  'meilisearch',
  'content-disposition',
  'cookie',
  '@fastify/cookie',
  'set-cookie-parser',
  'toad-cache',
];

const shared = {
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swc, swcrc: false, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src' },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
    },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // Only with a real Meilisearch server (MEILI_URL): `npm run test:meilisearch`.
    {
      ...shared,
      displayName: 'meilisearch',
      testMatch: ['<rootDir>/test/meilisearch/**/*.meili-spec.ts'],
    },
  ],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 30_000,
};
