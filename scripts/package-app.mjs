#!/usr/bin/env node
// Builds the Teams app package: the zip a Teams administrator uploads in the Teams admin center
// (Manage apps → Upload new app) or a user adds with "Upload a custom app".
//
//   node scripts/package-app.mjs [env-file] [--out <dir>]      (npm run package -- env/.env.prod)
//
// Reads the env file (default env/.env.dev; the Agents Toolkit's dotenv format), fills every
// ${{NAME}} placeholder in appPackage/manifest.json and in the localisation files it lists, and
// writes appPackage/build/appPackage.<env>.zip with manifest.json, the two icons and the
// localisation files at the zip's root. <env> is the env file's suffix (.env.<env>), else its
// TEAMSFX_ENV. A placeholder whose variable is missing or empty stops it with one line naming
// them all; the only one that may be empty is APP_NAME_SUFFIX (production has none).
// Only the env file is read, not the process environment, so the package is what the file says.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const appDir = join(root, 'appPackage');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Variables that may be set to the empty string: the app name's suffix is empty in production. */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);

/** Stops with one line on stderr. */
function refuse(message) {
  console.error(`package-app: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  let envFile = 'env/.env.dev';
  let outDir = join(appDir, 'build');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      if (!argv[i + 1]) refuse('--out needs a folder');
      outDir = resolve(argv[++i]);
    } else if (argv[i].startsWith('-')) {
      refuse(`unknown option ${argv[i]}; usage: node scripts/package-app.mjs [env-file] [--out <dir>]`);
    } else {
      envFile = argv[i];
    }
  }
  return { envFile: resolve(envFile), outDir };
}

/** NAME=value lines; # comments and blank lines skipped; one pair of surrounding quotes removed. */
function readEnvFile(file) {
  if (!existsSync(file)) refuse(`no env file at ${relative(process.cwd(), file) || file}`);
  const values = new Map();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, name, raw] = match;
    values.set(name, /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw);
  }
  return values;
}

function envNameOf(file, values) {
  const fromFile = /^\.env\.([A-Za-z0-9_-]+)$/.exec(basename(file))?.[1];
  const name = fromFile ?? values.get('TEAMSFX_ENV');
  if (!name || !/^[A-Za-z0-9_-]+$/.test(name))
    refuse(`cannot tell the environment's name from ${basename(file)}: call it .env.<env> or set TEAMSFX_ENV`);
  return name;
}

/** The package's text files: the manifest and the localisation files it names, relative to appPackage/. */
function readTexts() {
  const manifestText = readFileSync(join(appDir, 'manifest.json'), 'utf8');
  const info = JSON.parse(manifestText).localizationInfo ?? {};
  const files = [info.defaultLanguageFile, ...(info.additionalLanguages ?? []).map((l) => l.file)].filter(Boolean);
  const texts = new Map([['manifest.json', manifestText]]);
  for (const file of files) {
    const path = join(appDir, file);
    if (!existsSync(path)) refuse(`manifest.json names the localisation file ${file}, which is not in appPackage/`);
    texts.set(file, readFileSync(path, 'utf8'));
  }
  return texts;
}

function fill(texts, values, envFile) {
  const unfilled = new Set();
  for (const text of texts.values()) {
    for (const [, name] of text.matchAll(PLACEHOLDER)) {
      const value = values.get(name);
      if (value === undefined || (value === '' && !MAY_BE_EMPTY.has(name))) unfilled.add(name);
    }
  }
  if (unfilled.size > 0) {
    refuse(
      `${relative(process.cwd(), envFile) || envFile} leaves ${[...unfilled].join(', ')} unfilled; run the Agents Toolkit's provision for this environment or set them in that file`,
    );
  }
  const filled = new Map();
  for (const [file, text] of texts) {
    // JSON-escaped, so a value with a quote or backslash keeps the file valid JSON.
    const out = text.replace(PLACEHOLDER, (_, name) => JSON.stringify(values.get(name)).slice(1, -1));
    try {
      JSON.parse(out);
    } catch (error) {
      refuse(`${file} is not valid JSON once filled: ${error.message}`);
    }
    filled.set(file, out);
  }
  return filled;
}

const { envFile, outDir } = parseArgs(process.argv.slice(2));
const values = readEnvFile(envFile);
const envName = envNameOf(envFile, values);
const filled = fill(readTexts(), values, envFile);
const icons = JSON.parse(filled.get('manifest.json')).icons ?? {};

const zip = new AdmZip();
for (const [file, text] of filled) zip.addFile(file, Buffer.from(text, 'utf8'));
for (const icon of [icons.color, icons.outline]) {
  if (!icon || !existsSync(join(appDir, icon))) refuse(`manifest.json names the icon ${icon ?? '(none)'}, which is not in appPackage/`);
  zip.addFile(icon, readFileSync(join(appDir, icon)));
}
mkdirSync(outDir, { recursive: true });
const target = join(outDir, `appPackage.${envName}.zip`);
zip.writeZip(target);
console.log(
  `${relative(process.cwd(), target) || target}: ${zip
    .getEntries()
    .map((e) => e.entryName)
    .join(', ')}`,
);
