/**
 * Shared by the snapshot tests: a frozen view built from a real API graph (as captureView() shapes it, with
 * deterministic positions), and a POST body around it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';

export interface ApiGraphReply {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  edges: { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
}

/** Positions on a circle, in id order: a readable, repeatable picture without a browser layout. */
export function frozenView(graph: ApiGraphReply, opts: { lang?: 'en' | 'ar' | 'both'; width?: number; height?: number } = {}) {
  const width = opts.width ?? 900;
  const height = opts.height ?? 600;
  const ids = graph.nodes.map((n) => n.id).sort();
  const r = 40 * Math.max(4, ids.length) / Math.PI;
  const pos = new Map(ids.map((id, i) => [id, { x: Math.round(Math.cos((2 * Math.PI * i) / ids.length) * r * 100) / 100, y: Math.round(Math.sin((2 * Math.PI * i) / ids.length) * r * 100) / 100 }]));
  // Fit the circle (and its labels) into the canvas, as the explorer's Fit would.
  const zoom = Math.min(width, height) / (2 * r + 260);
  const sources = new Set<string>();
  for (const e of graph.edges) for (const s of Array.isArray(e.properties.sources) ? e.properties.sources : []) if (typeof s === 'string') sources.add(s);
  return {
    view: {
      format: 'kg-explorer/view' as const,
      version: 1 as const,
      capturedAt: '2026-01-15T10:00:00.000Z',
      link: 'http://127.0.0.1:3000/',
      state: { source: { kind: 'agreements' as const }, expanded: [], hiddenNodes: [], pinned: [], hiddenTypes: [], hiddenLabels: [], layout: 'fcose' as const, lang: opts.lang ?? 'en', renderer: 'auto' as const },
      viewport: { zoom, pan: { x: width / 2, y: height / 2 } },
      renderer: { webgl: false, big: false },
      graph: { nodes: graph.nodes.map((n) => ({ ...n, position: pos.get(n.id)! })), edges: graph.edges },
      sources: [...sources].sort(),
    },
    width,
    height,
  };
}

/** The agreements view's graph, as the explorer opens it. */
export async function agreementsGraph(app: Express): Promise<ApiGraphReply> {
  const res = await request(app).get('/api/agreements');
  if (res.status !== 200) throw new Error(`GET /api/agreements answered ${res.status}`);
  return (res.body as { graph: ApiGraphReply }).graph;
}

/** A throwaway folder for rendered pictures (each test app renders afresh). */
export const tmpCacheDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'kg-snapshot-cache-'));

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
