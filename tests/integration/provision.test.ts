/**
 * Provisioning: a clear error instead of a hang when Java is missing, and no JVM left behind when the process
 * that started the local Neo4j dies without cleaning up.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { provisionNeo4j } from '../../server/neo4j/provision.ts';

describe('provisioning', () => {
  it('explains what is missing and the three ways to provide Neo4j when Java is absent', async () => {
    const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'no-java-'));
    const savedPath = process.env.PATH;
    process.env.PATH = emptyBin; // no java, no mvn, no docker on PATH
    const started = Date.now();
    try {
      const config = loadConfig({ NEO4J_PROVIDER: 'local', LOG_LEVEL: 'silent' });
      const err = await provisionNeo4j(config, { dataDir: path.join(emptyBin, 'data') }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(err).toBeInstanceOf(Error);
      expect(err!.message).toMatch(/Java was not found/);
      expect(err!.message).toMatch(/NEO4J_URI/);
      expect(err!.message).toMatch(/Docker/);
      expect(err!.message).toMatch(/Java 17 and Maven/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      process.env.PATH = savedPath;
      fs.rmSync(emptyBin, { recursive: true, force: true });
    }
  });

  it('stops the local JVM when its parent process is killed with SIGKILL', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orphan-check-'));
    const script = `
      import { loadConfig } from './server/config.ts';
      import { provisionNeo4j } from './server/neo4j/provision.ts';
      import { execSync } from 'node:child_process';
      const db = await provisionNeo4j(loadConfig({ NEO4J_PROVIDER: 'local' }), { dataDir: ${JSON.stringify(dataDir)}, preferredPort: 0 });
      const jvm = execSync('pgrep -f -- "--data ${dataDir}"').toString().trim().split('\\n')[0];
      console.log('JVM_PID ' + jvm);
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no JVM pid: ${out}`)), 120_000);
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /JVM_PID (\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    });
    expect(isAlive(jvmPid)).toBe(true);
    child.kill('SIGKILL');
    const deadline = Date.now() + 60_000;
    while (isAlive(jvmPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(isAlive(jvmPid)).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 180_000);
});

function isAlive(pid: number): boolean {
  // A zombie still answers kill(0); ask ps for its state too.
  const r = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
  return r.status === 0 && !r.stdout.trim().startsWith('Z');
}
