#!/usr/bin/env node
/**
 * `npm test`: the Vitest projects in the order that is both fast and fair on a 2-core machine.
 *
 *   1. unit (files in parallel, seconds), beside it the seeded Neo4j store the later runs copy (built when missing);
 *   2. integration and e2e side by side, as two Vitest processes, each on its own Neo4j and one file at a time;
 *   3. timing (deadlines, health under load, the load and fault runs), alone.
 *
 * With arguments (`npm test -- tests/unit/x.test.ts`), Vitest runs just those.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Plain text in CI logs: colour codes get in the way of whoever (or whatever) reads the summary.
const env = { ...process.env };
if (env.CI) {
  env.NO_COLOR = '1';
  delete env.FORCE_COLOR;
}
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-explorer-test-report-'));
let runs = 0;

/** Runs Vitest; each run also writes a JSON report, so the counts of all runs can be summed at the end. */
const vitest = (args, prefix) =>
  new Promise((resolve) => {
    const report = path.join(reports, `run-${++runs}.json`);
    const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
    const child = spawn('npx', ['vitest', 'run', ...reporters, ...args], { env, stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (prefix) {
      // Whole lines, each marked with its process, so two runs side by side stay readable.
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream.on('data', (chunk) => {
          const lines = (rest + chunk.toString()).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) process.stdout.write(`${prefix} ${line}\n`);
        });
        stream.on('end', () => rest && process.stdout.write(`${prefix} ${rest}\n`));
      }
    }
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const extra = process.argv.slice(2);
if (extra.length) {
  const code = await vitest(extra);
  fs.rmSync(reports, { recursive: true, force: true });
  process.exit(code);
}

const started = Date.now();
const phase = async (name, runs) => {
  const t0 = Date.now();
  const codes = await Promise.all(runs);
  console.log(`[test] ${name}: ${codes.every((c) => c === 0) ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return codes.every((c) => c === 0);
};

/**
 * The seeded Neo4j store the local DBMSs of the tests start from (tests/setup/seeded-store.ts), built beside the
 * unit tests when missing; with NEO4J_URI set there is nothing to build.
 */
const seededStore = () =>
  new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'tests/setup/seeded-store.ts'], { env, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
  });

let ok = await phase('unit (and the seeded store)', [vitest(['--project', 'unit']), seededStore()]);
if (ok) ok = await phase('integration and e2e', [vitest(['--project', 'integration'], '[integration]'), vitest(['--project', 'e2e'], '[e2e]')]);
if (ok) ok = await phase('timing', [vitest(['--project', 'timing'])]);

/** The counts of every run, in Vitest's own summary form. */
const total = { files: 0, filesFailed: 0, tests: 0, passed: 0, failed: 0, skipped: 0 };
for (const name of fs.readdirSync(reports)) {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(reports, name), 'utf8'));
    total.files += r.testResults.length;
    total.filesFailed += r.testResults.filter((f) => f.status === 'failed').length;
    total.tests += r.numTotalTests;
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } catch {
    // A run that crashed before writing its report has already failed the phase.
  }
}
fs.rmSync(reports, { recursive: true, force: true });
const count = (failed, passed, skipped, all) =>
  [failed && `${failed} failed`, `${passed} passed`, skipped && `${skipped} skipped`].filter(Boolean).join(' | ') + ` (${all})`;
console.log('');
console.log(` Test Files  ${count(total.filesFailed, total.files - total.filesFailed, 0, total.files)}`);
console.log(`      Tests  ${count(total.failed, total.passed, total.skipped, total.tests)}`);
console.log(`   Duration  ${((Date.now() - started) / 1000).toFixed(0)} s (unit, then integration and e2e side by side, then timing)`);
console.log(`[test] ${ok ? 'all passed' : 'FAILED'}`);
process.exit(ok ? 0 : 1);
