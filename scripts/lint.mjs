// `npm run lint`: the tab's type check, the import-cycle check, Prettier's check and ESLint, each run even when an
// earlier one failed, so one run reports everything; exits non-zero if any of them failed.
import { spawnSync } from 'node:child_process';

const steps = ['lint:tab', 'lint:cycles', 'lint:format', 'lint:eslint'];
const failed = [];
for (const step of steps) {
  const started = Date.now();
  const { status } = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  process.stdout.write(`lint: ${step} ${status === 0 ? 'passed' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (status !== 0) failed.push(step);
}
if (failed.length) {
  process.stderr.write(`lint: failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
