// ESLint (flat config): typescript-eslint's strictTypeChecked on the bot, the tab, the tests and the
// benchmarks, plus the import boundaries of ARCHITECTURE's layering. Prettier owns formatting
// (eslint-config-prettier, last, turns off every style rule that would fight it).
//
// Typed linting needs TypeScript's JS compiler API, which the native TypeScript 7 does not ship: the
// root `typescript` is 6.0.x for ESLint, and `tsc` builds run TypeScript 7 from `typescript-native`.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

const TS = ['bot/src/**/*.ts', 'tab/src/**/*.{ts,tsx}', 'tests/**/*.ts', 'bench/**/*.ts'];
const APP = ['bot/src/**/*.ts', 'tab/src/**/*.{ts,tsx}'];

/** The Bot Framework SDK: only bot/src/teams/ (and the tests and benchmarks) talk to it. */
const BOT_SDK = ['botbuilder', 'botbuilder-*', 'botframework-*'];
/** I/O and SDK packages the domain must not touch (it is pure rules and types). */
const IO = [...BOT_SDK, 'restify', 'pg', '@electric-sql/pglite', 'node:fs', 'fs', 'jose', '@azure/*', 'exceljs', 'docx'];

const escape = (text) => text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
/** A package glob ('@azure/*', 'botframework-*') as a regex over a whole specifier or its subpaths ('node:fs/promises'). */
const packageRegex = (name) => `^${escape(name).replace(/\\\*|\*/g, '[^\\/]*')}(\\/.*)?$`;

/**
 * `no-restricted-imports` (static imports, re-exports, `import type` too) and `no-restricted-syntax`
 * (dynamic `import()`, which that rule does not see) for one folder. Flat config replaces a rule's
 * options rather than merging them, so each folder's block lists everything banned there.
 */
function importBans({ packages = [], patterns = [], allowEnv = false, dynamicBanAll = null }) {
  const envImport = allowEnv
    ? []
    : ['process', 'node:process'].map((name) => ({ name, importNames: ['env'], message: 'Read the environment in bot/src/config.ts only.' }));
  const packagePatterns = packages.map((name) => ({
    regex: packageRegex(name),
    message: `${name} is not allowed in this folder (see eslint.config.mjs).`,
  }));
  const dynamic = dynamicBanAll ?? (packages.length ? packages.map(packageRegex).join('|') : null);
  return {
    'no-restricted-imports': ['error', { paths: envImport, patterns: [...packagePatterns, ...patterns] }],
    'no-restricted-syntax': [
      'error',
      ...(dynamic
        ? [
            {
              selector: `ImportExpression > Literal.source[value=/${dynamic}/]`,
              message: 'This package is not allowed in this folder (see eslint.config.mjs).',
            },
          ]
        : []),
    ],
  };
}

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', 'tests/fixtures/', 'tests/artifacts/', '.data/', 'coverage/']),

  // This file and other plain JS config: the JS recommended rules, untyped.
  { files: ['**/*.{js,mjs,cjs}'], extends: [js.configs.recommended], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },

  {
    files: TS,
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked],
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: {
        // Explicit projects, not projectService: tests/ and bench/ are only in tsconfig.test.json,
        // and the project service would look for a tsconfig.json beside them.
        project: ['./tsconfig.test.json', './tab/tsconfig.json'],
        tsconfigRootDir: root,
      },
    },
    settings: {
      // import-x/no-cycle parses the files it follows; only these extensions, with this parser.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.test.json', 'tab/tsconfig.json'],
          alwaysTryTypes: true,
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers in messages and log lines (`${count} möten`) are intended; other non-strings still need String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => resolve()`, `onClick={() => setOpen(true)}`: the idiomatic callback shorthand; its fix (a
      // block body) would only add lines. Returning a void call from a function still reports.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],

      // The import boundaries. Paths are resolved (TypeScript paths included, so `@contract/*` counts
      // as bot/src/contract/*); `except` is relative to `from`.
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            { target: './bot/src/domain', from: './bot/src', except: ['./domain'], message: 'bot/src/domain imports only bot/src/domain.' },
            {
              target: './bot/src/domain',
              from: ['./tab', './tests', './bench', './scripts'],
              message: 'bot/src/domain imports only bot/src/domain.',
            },
            {
              target: './bot/src/services',
              from: ['./bot/src/api', './bot/src/teams', './bot/src/cards', './bot/src/scheduler'],
              message: 'bot/src/services must not depend on api/, teams/, cards/ or scheduler/.',
            },
            {
              target: './bot/src/contract',
              from: './bot/src',
              except: ['./contract', './domain'],
              message: 'bot/src/contract imports only bot/src/domain and zod.',
            },
            {
              target: './bot/src/contract',
              from: ['./tab', './tests', './bench', './scripts'],
              message: 'bot/src/contract imports only bot/src/domain and zod.',
            },
            { target: './bot/src/cards', from: './bot/src/store', message: 'bot/src/cards must not import bot/src/store.' },
            { target: './tab/src', from: './bot', except: ['./src/contract'], message: 'tab/src imports from bot/ only through @contract/*.' },
            { target: './bot/src', from: ['./tab', './tests', './bench'], message: 'bot/src must not import the tab, tests or benchmarks.' },
          ],
        },
      ],
    },
  },

  // Per-folder bans on packages, dynamic imports and `import { env } from 'node:process'`.
  { files: ['bot/src/**/*.ts'], ignores: ['bot/src/teams/**', 'bot/src/domain/**', 'bot/src/contract/**'], rules: importBans({ packages: BOT_SDK }) },
  { files: ['bot/src/teams/**/*.ts'], rules: importBans({}) },
  { files: ['bot/src/domain/**/*.ts'], rules: importBans({ packages: IO }) },
  {
    files: ['bot/src/contract/**/*.ts'],
    rules: importBans({
      // Only zod and relative paths (which no-restricted-paths keeps inside contract/ and domain/).
      patterns: [{ regex: '^(?!zod$|zod/|\\.)', message: 'bot/src/contract imports only bot/src/domain and zod.' }],
      dynamicBanAll: '^(?!zod$|zod\\/|\\.)',
    }),
  },
  {
    files: ['tab/src/**/*.{ts,tsx}'],
    rules: importBans({
      packages: IO,
      patterns: [{ regex: '^(\\.\\./)+bot(/|$)', message: 'tab/src imports from bot/ only through the @contract/* alias.' }],
    }),
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      'no-restricted-syntax': 'off',
      // With noUncheckedIndexedAccess, `rows[0]!` is how a test says "there is one": a wrong guess
      // fails the test at once. The app keeps the rule: there a `!` is an unchecked assumption.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },

  // process.env only in bot/src/config.ts (telemetry.ts takes its connection string from config).
  {
    files: APP,
    ignores: ['bot/src/config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment in bot/src/config.ts only.' }],
    },
  },
  { files: ['bot/src/config.ts'], rules: importBans({ packages: BOT_SDK, allowEnv: true }) },

  // No import cycles and no 300-line files in the app.
  {
    files: APP,
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'max-lines': ['error', { max: 300 }],
    },
  },

  prettier,
]);
