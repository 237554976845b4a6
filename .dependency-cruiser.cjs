/** Layer rules of ARCHITECTURE.md, checked in `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make modules impossible to reason about or load in order.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-not-importing-app',
      severity: 'error',
      comment: 'Dependencies point one way: apps → libs.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-deep-import-into-lib',
      severity: 'error',
      comment: 'A lib is used only through libs/<name>/src/index.ts (@app/<name>).',
      from: { path: '^(apps|bench|libs/([^/]+))/' },
      to: {
        path: '^libs/([^/]+)/src/(?!index\\.ts$)',
        pathNot: '^libs/$2/',
      },
    },
    {
      name: 'no-deep-import-into-lib-from-tests',
      severity: 'error',
      comment:
        'Tests use a lib through its index too, or through its testing/ folders: fakes of outside ' +
        'systems shared with the lib’s own specs, which scripts/build.mjs keeps out of dist/.',
      from: { path: '^test/' },
      to: {
        path: '^libs/[^/]+/src/(?!index\\.ts$)',
        pathNot: '^libs/[^/]+/src/(testing|.*/testing)/',
      },
    },
    {
      name: 'core-and-database-are-foundations',
      severity: 'error',
      comment: 'core depends on nothing of ours; database only on core.',
      from: { path: '^libs/(core|database)/' },
      to: { path: '^libs/(?!core/|database/)' },
    },
    {
      name: 'core-not-importing-database',
      severity: 'error',
      from: { path: '^libs/core/' },
      to: { path: '^libs/database/' },
    },
    {
      name: 'catalogue-not-importing-search',
      severity: 'error',
      comment: 'The catalogue enqueues outbox jobs; search consumes them.',
      from: { path: '^libs/catalogue/' },
      to: { path: '^libs/search/' },
    },
    {
      name: 'analytics-only-for-apps',
      severity: 'error',
      comment:
        'Offer statistics are recorded and read at the edge (controllers know the request); ' +
        'no feature lib depends on them.',
      from: { path: '^libs/', pathNot: '^libs/analytics/' },
      to: { path: '^libs/analytics/' },
    },
    {
      name: 'analytics-reads-tables-not-libs',
      severity: 'error',
      comment:
        'analytics reads offers, bookmarks, contact requests and the search log as a read ' +
        'model; importing those libs would tie it to their services.',
      from: { path: '^libs/analytics/' },
      to: { path: '^libs/(catalogue|search|entrepreneur-profile|open-data)/' },
    },
    {
      name: 'app-code-not-importing-tests',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '\\.(spec|int-spec|e2e-spec)\\.ts$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
