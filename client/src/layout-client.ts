/** Runs fcose for a big scene in the layout worker and hands back positions by node id. */
import type { EdgeCollection, NodeCollection, Position } from 'cytoscape';
import type { LayoutReply, LayoutRequest } from './layout-worker.ts';
import { lookFor } from './style.ts';
import { HIDDEN } from './visibility.ts';

let worker: Worker | undefined;
let seq = 0;
const waiting = new Map<number, (r: LayoutReply | undefined) => void>();

function settleAll(): void {
  for (const resolve of waiting.values()) resolve(undefined);
  waiting.clear();
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (ev: MessageEvent<LayoutReply>) => {
      waiting.get(ev.data.seq)?.(ev.data);
      waiting.delete(ev.data.seq);
    };
    worker.onerror = () => {
      settleAll();
      worker?.terminate();
      worker = undefined;
    };
  }
  return worker;
}

/**
 * Positions for `nodes` (and the visible edges among them). A newer request supersedes older ones, whose
 * callers get undefined, as they do when the worker fails.
 */
export function layoutInWorker(nodes: NodeCollection): Promise<Map<string, Position> | undefined> {
  settleAll();
  const edges = nodes.edgesWith(nodes).not(HIDDEN) as EdgeCollection;
  const req: LayoutRequest = {
    seq: ++seq,
    // Sizes from the style table, not n.width(): asking Cytoscape computes the style of every node first.
    nodes: nodes.map((n) => {
      const p = n.position();
      return { id: n.id(), size: lookFor(String(n.data('primary')), n.data('kind') as string | undefined).size, x: p.x, y: p.y };
    }),
    edges: edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
  return new Promise((resolve) => {
    waiting.set(req.seq, (r) => {
      if (!r) return resolve(undefined);
      const out = new Map<string, Position>();
      r.ids.forEach((id, i) => {
        out.set(id, { x: r.xy[2 * i]!, y: r.xy[2 * i + 1]! });
      });
      resolve(out);
    });
    getWorker().postMessage(req);
  });
}
