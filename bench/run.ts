/**
 * npm run bench [-- --nodes 100000 --rels 500000 --seconds 8 --skip import,api,browser]
 * Runs the three benchmarks, prints a table, and writes bench/results/<date>.json and .md.
 * Never touches the app's database: every part gets a throwaway Neo4j of its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../server/config.ts';
import { benchApi, type ApiRow } from './api.ts';
import { benchImport, type ImportResult } from './import.ts';
import { apiWork } from './work.ts';
import { benchBrowser, type BrowserRow } from './browser.ts';

export interface BenchReport {
  date: string;
  machine: { cores: number; memoryGiB: number; cpu: string; node: string; platform: string };
  params: { nodes: number; relationships: number; seconds: number };
  import?: ImportResult;
  api?: ApiRow[];
  browser?: BrowserRow[];
  targets: Array<{ target: string; measured: string; met: boolean }>;
}

export function machine(): BenchReport['machine'] {
  return {
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export function markdown(r: BenchReport): string {
  const m = r.machine;
  const out: string[] = [
    `### Benchmark ${r.date}`,
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}. Graph: ${r.params.nodes.toLocaleString('en')} nodes / ${r.params.relationships.toLocaleString('en')} relationships (synthetic, power-law).`,
    '',
  ];
  if (r.import) {
    const i = r.import;
    out.push(
      '| import | nodes/s | relationships/s |',
      '|---|---|---|',
      `| project importer | ${i.ours.nodesPerSec.toLocaleString('en')} | ${i.ours.relsPerSec.toLocaleString('en')} |`,
      `| bare neo4j-driver | ${i.bare.nodesPerSec.toLocaleString('en')} | ${i.bare.relsPerSec.toLocaleString('en')} |`,
      `| ratio | | ${i.relsRatio} |`,
      '',
    );
  }
  if (r.api?.length) {
    out.push(
      'Misses are sent with `Cache-Control: no-cache` (Neo4j answers every one); hits are the same requests answered from the reply cache.',
      '',
      '| API work | clients | miss p50 / p99 ms | driver p50 / p99 ms | miss p50 ratio | miss rps | driver rps | miss rps ratio | hit p50 ms | hit rps | hit rps ratio | hits | errors | HTTP floor p50 ms / rps |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const a of r.api) {
      out.push(
        `| ${a.work} | ${a.clients} | ${a.api.p50} / ${a.api.p99} | ${a.raw.p50} / ${a.raw.p99} | ${a.p50Ratio} | ${Math.round(a.api.rps)} | ${Math.round(a.raw.rps)} | ${a.rpsRatio} | ${a.hit.p50} | ${Math.round(a.hit.rps)} | ${a.hitRpsRatio} | ${Math.round(a.hitShare * 100)}% | ${a.api.errors + a.raw.errors + a.hit.errors} | ${a.floor.p50} / ${Math.round(a.floor.rps)} |`,
      );
    }
    out.push('');
  }
  if (r.browser?.length) {
    out.push(
      '| scene | renderer | Chromium graphics | nodes / edges drawn | reply ms | first frame ms after the reply | click answered ms after the reply | click to answer ms | longest task ms | Cytoscape done ms from navigation | pan/zoom p50 ms | p95 ms | frames |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const b of r.browser) out.push(`| ${b.scene} | ${b.renderer} | ${b.flags} | ${b.nodes} / ${b.edges} | ${b.replyMs} | ${b.firstFrameMs} | ${b.clickAnsweredMs} | ${b.clickLatencyMs} | ${b.longestTaskMs} | ${b.interactiveMs} | ${b.frameP50} | ${b.frameP95} | ${b.frames} |`);
    out.push('');
  }
  if (r.targets.length) {
    out.push('| target | measured | met |', '|---|---|---|');
    for (const t of r.targets) out.push(`| ${t.target} | ${t.measured} | ${t.met ? 'yes' : 'no'} |`);
    out.push('');
  }
  return out.join('\n');
}

function targets(r: BenchReport): BenchReport['targets'] {
  const t: BenchReport['targets'] = [];
  if (r.import) {
    t.push({ target: 'import ≥ 50,000 relationships/s', measured: `${r.import.ours.relsPerSec.toLocaleString('en')}/s`, met: r.import.ours.relsPerSec >= 50_000 });
    t.push({ target: 'import within 10% of the bare driver', measured: `ratio ${r.import.relsRatio}`, met: r.import.relsRatio >= 0.9 });
  }
  for (const a of r.api ?? []) {
    if (a.clients !== 32) continue;
    // What the HTTP hop alone allows: the floor's p50 added to the driver's, and the floor's rate against the driver's.
    const floorP50 = Number(((a.raw.p50 + a.floor.p50) / Math.max(a.raw.p50, 0.01)).toFixed(2));
    const floorRps = Number((a.floor.rps / Math.max(a.raw.rps, 0.01)).toFixed(2));
    t.push({ target: `${a.work}: cache-miss p50 ≤ 1.15× driver at 32 clients`, measured: `${a.p50Ratio}× (driver + HTTP floor: ${floorP50}×)`, met: a.p50Ratio <= 1.15 });
    t.push({ target: `${a.work}: cache-miss throughput ≥ 0.85× driver at 32 clients`, measured: `${a.rpsRatio}×`, met: a.rpsRatio >= 0.85 });
    t.push({ target: `${a.work}: cache-hit throughput ≥ 3× driver at 32 clients`, measured: `${a.hitRpsRatio}× (${Math.round(a.hitShare * 100)}% hits; the HTTP floor is ${floorRps}× the driver)`, met: a.hitRpsRatio >= 3 });
  }
  for (const b of r.browser ?? []) {
    if (b.scene.startsWith('5,000')) t.push({ target: `5k scene, ${b.renderer}, ${b.flags}: a click answered ≤ 500 ms after the reply`, measured: `${b.clickAnsweredMs} ms`, met: b.clickAnsweredMs >= 0 && b.clickAnsweredMs <= 500 });
    if (!b.scene.startsWith('20,000')) continue;
    if (b.firstFrameMs < 0) {
      t.push({ target: `20k scene, ${b.renderer}, ${b.flags}: drawn`, measured: 'not drawn within the time limit', met: false });
      continue;
    }
    t.push({ target: `20k scene, ${b.renderer}, ${b.flags}: first frame ≤ 2,000 ms after the reply`, measured: `${b.firstFrameMs} ms (${b.firstFrameFromNavMs} ms from navigation, interactive at ${b.interactiveMs} ms)`, met: b.firstFrameMs <= 2000 });
    t.push({ target: `20k scene, ${b.renderer}, ${b.flags}: pan/zoom p95 ≤ 33 ms`, measured: `${b.frameP95} ms`, met: b.frameP95 <= 33 });
    t.push({ target: `20k scene, ${b.renderer}, ${b.flags}: a click answered ≤ 1,500 ms after the reply`, measured: `${b.clickAnsweredMs} ms (${b.clickLatencyMs} ms after the click; longest task ${b.longestTaskMs} ms)`, met: b.clickAnsweredMs >= 0 && b.clickAnsweredMs <= 1500 });
  }
  return t;
}

export async function runBench(opts: { nodes: number; relationships: number; seconds: number; skip: Set<string>; clients?: number[]; scenes?: number[]; outDir?: string; log?: (m: string) => void }): Promise<BenchReport> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(),
    params: { nodes: opts.nodes, relationships: opts.relationships, seconds: opts.seconds },
    targets: [],
  };
  const needDb = !opts.skip.has('api');
  // Without the import figures, one load (bare, then ours, kept for the API) is all the API part needs.
  const { result, db } =
    needDb || !opts.skip.has('import')
      ? await benchImport({ nodes: opts.nodes, relationships: opts.relationships, log, keep: needDb, ...(opts.skip.has('import') ? { rounds: 1 as const } : {}) })
      : { result: undefined, db: undefined };
  if (result && !opts.skip.has('import')) report.import = result;
  try {
    if (db && !opts.skip.has('api')) {
      const driver = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', 'unused'));
      try {
        const work = await apiWork(driver);
        report.api = await benchApi({ neo4jUri: db.uri, work, seconds: opts.seconds, clients: opts.clients, log });
      } finally {
        await driver.close();
      }
    }
  } finally {
    await db?.dispose();
  }
  if (!opts.skip.has('browser')) report.browser = await benchBrowser({ scenes: opts.scenes, log });
  report.targets = targets(report);
  const outDir = opts.outDir ?? path.join(projectRoot, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(outDir, `${stamp}.json`), JSON.stringify(report, null, 2));
  fs.writeFileSync(path.join(outDir, `${stamp}.md`), markdown(report));
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '100000' },
      rels: { type: 'string', default: '500000' },
      seconds: { type: 'string', default: '8' },
      skip: { type: 'string', default: '' },
    },
  });
  const report = await runBench({
    nodes: Number(values.nodes),
    relationships: Number(values.rels),
    seconds: Number(values.seconds),
    skip: new Set(values.skip.split(',').filter(Boolean)),
  });
  console.log(`\n${markdown(report)}`);
  console.log(`Results written to bench/results/ (${report.date}).`);
}
