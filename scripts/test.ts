/**
 * npm test — everything CI checks, arranged to finish soonest on a two-core machine:
 *
 *   1. the type check of the .astro files (`astro check`), side by side with formatting
 *      (Prettier), the dependency rules and then the unit tests: none of them builds a site, so
 *      they share no files, and each lane keeps one core busy. A static check's output is
 *      printed only when it fails.
 *   2. the build fixtures, then the browser tests (vitest, see vitest.config.ts).
 *
 * A failure in step 1 stops before step 2. `npm test -- <arguments>` runs vitest alone with those
 * arguments, e.g. `npm test -- tests/unit/dates.test.ts`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (path: string) => join(root, 'node_modules', path);
const vitest = bin('vitest/vitest.mjs');

/** The arguments of package.json's `depcheck` script (`depcruise src --config …`). */
function depcheckArgs(): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  return (scripts['depcheck'] ?? '').trim().split(/\s+/).slice(1);
}

/** Runs a Node program of the project; its output goes to the terminal, or is kept when `quiet`. */
function run(script: string, args: string[], quiet = false): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: root,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

type Step = [name: string, script: string, args: string[]];

/** Runs static checks one after another, their output kept and printed only when one fails. */
async function staticChecks(steps: Step[]): Promise<boolean> {
  for (const [name, script, args] of steps) {
    const started = performance.now();
    const { ok, output } = await run(script, args, true);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!ok) {
      process.stdout.write(`\n${output}\n✗ 静态检查失败：${name}（${seconds} 秒）\n`);
      return false;
    }
    process.stdout.write(`✓ 静态检查通过：${name}（${seconds} 秒）\n`);
  }
  return true;
}

const passThrough = process.argv.slice(2);
if (passThrough.length > 0) {
  process.exitCode = (await run(vitest, ['run', ...passThrough])).ok ? 0 : 1;
} else {
  // Two lanes of about the same length: the type check of the .astro files; and formatting, the
  // dependency rules and the unit tests.
  const [typed, rest] = await Promise.all([
    staticChecks([['astro check', bin('astro/bin/astro.mjs'), ['check']]]),
    (async () =>
      (await staticChecks([
        ['Prettier', bin('prettier/bin/prettier.cjs'), ['--check', '.']],
        // The arguments of `npm run depcheck`, so the two cannot differ.
        ['依赖规则', bin('dependency-cruiser/bin/dependency-cruiser.mjs'), depcheckArgs()],
      ])) && (await run(vitest, ['run', '--project', 'unit'])).ok)(),
  ]);
  if (!typed || !rest) process.exitCode = 1;
  else process.exitCode = (await run(vitest, ['run', '--project', 'build', '--project', 'e2e'])).ok ? 0 : 1;
}
