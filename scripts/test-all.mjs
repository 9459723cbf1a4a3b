/**
 * `npm test`: every check, in order — types, unit tests, build, browser tests, page-weight budgets —
 * stopping at the first that fails, and saying how long each took (the CI log then shows where the
 * time goes; speed itself is measured by `npm run bench`, not here).
 */
import { spawnSync } from 'node:child_process';

const phases = ['test:types', 'test:unit', 'build', 'test:e2e', 'test:size'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings = [];
for (const phase of phases) {
  const started = Date.now();
  const { status, signal } = spawnSync(npm, ['run', '--silent', phase], { stdio: 'inherit' });
  const seconds = Math.round((Date.now() - started) / 1000);
  timings.push(`${phase} ${seconds} s`);
  console.log(`\n── npm test: ${phase} ${status === 0 ? 'passed' : 'FAILED'} in ${seconds} s ──\n`);
  if (status !== 0) {
    console.error(`npm test: ${phase} failed (${signal ?? `exit ${status}`}); timings so far: ${timings.join(', ')}`);
    process.exit(status ?? 1);
  }
}
console.log(`npm test: every check passed (${timings.join(', ')})`);
