/** jest runs every test: unit, integration (PGlite and PostgreSQL), end-to-end (Agents Playground). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // `import()` stays a dynamic import (not a require): ES-module-only packages (jose) load through it,
  // as they do in the compiled server.
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs', ignoreDynamic: true } }] },
  // adaptivecards' main entry is ES modules; its UMD build runs in jest's CommonJS runtime.
  moduleNameMapper: { '^adaptivecards$': '<rootDir>/node_modules/adaptivecards/dist/adaptivecards.js' },
  testTimeout: 30_000,
  maxWorkers: 2,
};
