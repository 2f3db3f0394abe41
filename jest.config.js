/** Every test, unit and end-to-end: `npm test`; the unit tests alone, without PostgreSQL or Redis: `npm run test:unit`. */
const fs = require('node:fs');
const path = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

// NestJS 12 and several of its neighbours ship ES modules only; Jest's CommonJS runtime on Node 20
// cannot require() them, so every package that declares "type": "module" is compiled to CommonJS
// like our own sources (Node itself loads them natively at run time).
function esmPackages(dir = path.join(__dirname, 'node_modules'), scope = '') {
  const found = [];
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      found.push(...esmPackages(path.join(dir, name), `${name}/`));
      continue;
    }
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, name, 'package.json'), 'utf8'));
      if (pkg.type === 'module') found.push(`${scope}${name}`);
    } catch {
      // not a package folder
    }
  }
  return found;
}
const ESM_PACKAGES = esmPackages().map((p) => p.replace(/[.+]/g, '\\$&'));

/** How the server's TypeScript (apps, libs, tests) is compiled and its @dondoc/* paths resolved. */
const server = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['js', 'mjs', 'json', 'ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/web/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.m?js$': '<rootDir>/test/esm-to-cjs.transform.js',
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
};

/**
 * Pure code, each spec beside its source, and the check that the web app's API types are fresh
 * (test/api-types.spec.ts): no database, no Redis, no SMTP.
 */
const unit = { ...server, displayName: 'unit', testRegex: '(apps|libs|test)/.*\\.spec\\.ts$' };

/**
 * Tests that cross apps, against PostgreSQL, Redis and SMTP. Their global setup migrates the run's
 * template database; Jest runs it only when a test of this project is selected.
 */
const e2e = {
  ...server,
  displayName: 'e2e',
  testRegex: 'test/.*\\.e2e-spec\\.ts$',
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};

/** The web app's pure logic (filters, drafts, dates), compiled with the web app's own settings. */
const web = {
  displayName: 'web',
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: 'apps/web/src/.*\\.spec\\.ts$',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'apps/web/tsconfig.json' }] },
};

module.exports = {
  projects: [unit, e2e, web],
  testTimeout: 30000,
};
