#!/usr/bin/env node
/**
 * The set-up `npm start` and `npm test` do themselves on a fresh clone, each step only when needed:
 *
 *   1. npm dependencies, when node_modules is missing or older than package-lock.json;
 *   2. the UI (client/dist), when missing or older than any source it is built from;
 *   3. the local Neo4j launcher (tools/neo4j-local, Maven), when missing and no NEO4J_URI is set;
 *   4. for tests only: Chromium for the browser tests — Debian's package when running as root, otherwise a
 *      stop at once with the exact command to run.
 *
 * Plain Node with no dependencies, since it runs before they are installed. Usage: node tools/setup.mjs start|test
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const purpose = process.argv[2] === 'test' ? 'test' : 'start';
const say = (msg) => console.log(`[setup] ${msg}`);

function run(cmd, args, cwd = root) {
  say(`${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[setup] failed: ${cmd} ${args.join(' ')} (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const mtime = (p) => {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return 0;
  }
};

/** Newest modification time of the files under the given folders and files. */
function newest(paths) {
  let best = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (path.basename(p) === 'dist' || path.basename(p) === 'node_modules') return;
      for (const name of fs.readdirSync(p)) walk(path.join(p, name));
    } else best = Math.max(best, st.mtimeMs);
  };
  for (const p of paths) walk(path.join(root, p));
  return best;
}

const commandExists = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

// 1. Dependencies.
const modules = path.join(root, 'node_modules');
if (!fs.existsSync(modules) || mtime(path.join(modules, '.package-lock.json')) < mtime(path.join(root, 'package-lock.json'))) {
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

// 2. The UI.
const built = mtime(path.join(root, 'client', 'dist', 'index.html'));
const sources = newest(['client', 'shared', 'server/contract', 'server/snapshots/schemas.ts', 'vite.config.ts', 'package-lock.json']);
if (!built || built < sources) run('npx', ['vite', 'build', '--logLevel', 'warn']);

// 3. The local Neo4j launcher (only needed without an external Neo4j).
const jar = path.join(root, 'tools', 'neo4j-local', 'target', 'neo4j-local.jar');
if (!process.env.NEO4J_URI && !fs.existsSync(jar)) {
  if (commandExists('mvn')) run('mvn', ['-B', '-q', 'package', '-DskipTests'], path.join(root, 'tools', 'neo4j-local'));
  else say('Maven is not installed: set NEO4J_URI to an existing Neo4j 5, or install Java 17 and Maven for the local one.');
}

// 4. Chromium, for the browser tests.
if (purpose === 'test') {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && commandExists('apt-get')) {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } else {
      console.error(`[setup] The browser tests need Chromium at ${chromium}. Install it, then run npm test again:\n\n    sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to a Chromium or Chrome binary).`);
      process.exit(1);
    }
  }
}
