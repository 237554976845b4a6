// Jest config for mutation testing (stryker.config.mjs): the `unit` project of jest.config.js
// (same transform, same specs), narrowed to the spec beside each mutated file. Left out: the
// unit project's global setup, which starts the test PostgreSQL for the other projects; no
// unit spec uses it, and a spec that needed it would fail here rather than pass silently.
const { readFileSync } = require('node:fs');
const { projects, testTimeout } = require('./jest.config.js');

const {
  displayName: _name,
  globalSetup: _setup,
  globalTeardown: _teardown,
  testMatch: _all,
  ...unit
} = projects.find((p) => p.displayName === 'unit');

const mutated = JSON.parse(readFileSync(`${__dirname}/tsconfig.mutation.json`, 'utf8')).files;

module.exports = {
  ...unit,
  rootDir: __dirname,
  // Every mutated file and its spec live under libs/: Jest need not crawl the rest.
  roots: ['<rootDir>/libs'],
  testMatch: mutated.map((file) => `<rootDir>/${file.replace(/\.ts$/, '.spec.ts')}`),
  testTimeout,
};
