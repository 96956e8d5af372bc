#!/usr/bin/env node
/**
 * `npm test`: the Vitest projects in the order that is both fast and fair on a 2-core machine.
 *
 *   1. unit (files in parallel, seconds);
 *   2. integration and e2e side by side, as two Vitest processes, each on its own Neo4j and one file at a time;
 *   3. timing (deadlines, health under load, the load and fault runs, the benchmark smoke run), alone.
 *
 * With arguments (`npm test -- tests/unit/x.test.ts`), Vitest runs just those.
 */
import { spawn } from 'node:child_process';

const vitest = (args, prefix) =>
  new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', ...args], { stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
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
if (extra.length) process.exit(await vitest(extra));

const started = Date.now();
const phase = async (name, runs) => {
  const t0 = Date.now();
  const codes = await Promise.all(runs);
  console.log(`[test] ${name}: ${codes.every((c) => c === 0) ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return codes.every((c) => c === 0);
};

let ok = await phase('unit', [vitest(['--project', 'unit'])]);
if (ok) ok = await phase('integration and e2e', [vitest(['--project', 'integration'], '[integration]'), vitest(['--project', 'e2e'], '[e2e]')]);
if (ok) ok = await phase('timing', [vitest(['--project', 'timing'])]);
console.log(`[test] ${ok ? 'all passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(ok ? 0 : 1);
