/** jest runs every test: unit, integration (PGlite and PostgreSQL), end-to-end (Agents Playground). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // adaptivecards' main entry is ES modules; its UMD build runs in jest's CommonJS runtime.
  moduleNameMapper: { '^adaptivecards$': '<rootDir>/node_modules/adaptivecards/dist/adaptivecards.js' },
  testTimeout: 30_000,
  maxWorkers: 2,
};
