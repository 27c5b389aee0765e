/** jest runs every test: unit, integration (PGlite and PostgreSQL), end-to-end (Agents Playground). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testTimeout: 30_000,
  maxWorkers: 2,
};
