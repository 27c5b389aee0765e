// Builds the tab (typecheck + Vite) unless tab/dist is newer than everything it is built from, so
// `npm start` does not spend a second rebuilding an unchanged tab. `--force` always builds.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = [
  'tab/src',
  'tab/public',
  'tab/index.html',
  'tab/config.html',
  'tab/vite.config.mts',
  'tab/tsconfig.json',
  'package-lock.json',
  // The contract the tab imports, and the domain files it takes its enumerations and rules from.
  'bot/src/contract',
  'bot/src/domain',
];

function newest(file) {
  const full = path.join(root, file);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(full).map((name) => newest(path.join(file, name))));
}

const built = path.join(root, 'tab', 'dist', 'index.html');
if (!process.argv.includes('--force') && existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newest))) {
  process.stdout.write('tab: tab/dist is up to date\n');
} else {
  execFileSync('npm', ['run', '--silent', 'build:tab'], { cwd: root, stdio: 'inherit' });
}
