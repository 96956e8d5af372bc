/**
 * What lies under a point of a big scene, in model coordinates, without asking Cytoscape (which scans every
 * element per test). Nodes go into a uniform grid of cells about as wide as the biggest node, so finding the
 * node under the pointer looks at a few cells, not at tens of thousands of nodes: cheap enough for every mouse
 * move. Edges are only tested on a click, by distance to each segment.
 *
 * Used by the quick picture (clicks and hover before Cytoscape has built the scene) and by the big scene's
 * viewport gestures (is a press on a node or on the background?).
 */
export interface HitNode {
  id: string;
  x: number;
  y: number;
  /** Radius in model units. */
  r: number;
}

export interface HitEdge {
  id: string;
  source: string;
  target: string;
}

export class HitIndex {
  private readonly ids: string[];
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly r: Float64Array;
  private readonly cell: number;
  private readonly x0: number;
  private readonly y0: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Node indexes per cell: cellStart[c] … cellStart[c + 1] in cellNodes (compressed rows). */
  private readonly cellStart: Int32Array;
  private readonly cellNodes: Int32Array;
  private readonly edgeIds: string[] = [];
  private byId: Map<string, number> | undefined;
  /** Edge endpoints as node indexes, two per edge. */
  private readonly ends: Int32Array;

  constructor(nodes: readonly HitNode[], edges: readonly HitEdge[] = []) {
    const n = nodes.length;
    this.ids = nodes.map((v) => v.id);
    this.x = Float64Array.from(nodes, (v) => v.x);
    this.y = Float64Array.from(nodes, (v) => v.y);
    this.r = Float64Array.from(nodes, (v) => v.r);
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    let rMax = 1;
    for (let i = 0; i < n; i++) {
      x1 = Math.min(x1, this.x[i]!);
      y1 = Math.min(y1, this.y[i]!);
      x2 = Math.max(x2, this.x[i]!);
      y2 = Math.max(y2, this.y[i]!);
      rMax = Math.max(rMax, this.r[i]!);
    }
    if (!n) x1 = y1 = x2 = y2 = 0;
    // Cells of at least the biggest diameter, and no more cells than about four per node.
    this.cell = Math.max(2 * rMax, Math.sqrt(((x2 - x1 + 1) * (y2 - y1 + 1)) / Math.max(1, 4 * n)));
    this.x0 = x1 - rMax;
    this.y0 = y1 - rMax;
    this.cols = Math.max(1, Math.ceil((x2 - x1 + 2 * rMax) / this.cell) + 1);
    this.rows = Math.max(1, Math.ceil((y2 - y1 + 2 * rMax) / this.cell) + 1);
    // Each node goes into every cell its disc touches (one to four cells, since a cell is at least a diameter).
    const counts = new Int32Array(this.cols * this.rows + 1);
    this.eachCell((c) => {
      counts[c + 1]!++;
    });
    for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
    this.cellStart = counts.slice();
    this.cellNodes = new Int32Array(counts[counts.length - 1]!);
    const fill = counts;
    this.eachCell((c, i) => {
      this.cellNodes[fill[c]!++] = i;
    });

    const at = new Map(this.ids.map((id, i) => [id, i]));
    const ends: number[] = [];
    for (const e of edges) {
      const a = at.get(e.source);
      const b = at.get(e.target);
      if (a === undefined || b === undefined) continue;
      ends.push(a, b);
      this.edgeIds.push(e.id);
    }
    this.ends = Int32Array.from(ends);
  }

  get size(): number {
    return this.ids.length;
  }

  private eachCell(fn: (cell: number, node: number) => void): void {
    for (let i = 0; i < this.ids.length; i++) {
      const r = this.r[i]!;
      const cx1 = this.col(this.x[i]! - r);
      const cx2 = this.col(this.x[i]! + r);
      const cy1 = this.row(this.y[i]! - r);
      const cy2 = this.row(this.y[i]! + r);
      for (let cy = cy1; cy <= cy2; cy++) for (let cx = cx1; cx <= cx2; cx++) fn(cy * this.cols + cx, i);
    }
  }

  private col(x: number): number {
    return Math.max(0, Math.min(this.cols - 1, Math.floor((x - this.x0) / this.cell)));
  }

  private row(y: number): number {
    return Math.max(0, Math.min(this.rows - 1, Math.floor((y - this.y0) / this.cell)));
  }

  /** The node whose disc (widened by `slack`) holds the point, the nearest centre first. */
  nodeAt(mx: number, my: number, slack = 0): string | undefined {
    let best = -1;
    let bestD = Infinity;
    // The slack can reach past the point's own cell.
    const reach = Math.ceil(slack / this.cell);
    const c0 = this.col(mx);
    const r0 = this.row(my);
    for (let row = Math.max(0, r0 - reach); row <= Math.min(this.rows - 1, r0 + reach); row++) {
      for (let col = Math.max(0, c0 - reach); col <= Math.min(this.cols - 1, c0 + reach); col++) {
        const c = row * this.cols + col;
        for (let k = this.cellStart[c]!; k < this.cellStart[c + 1]!; k++) {
          const i = this.cellNodes[k]!;
          const dx = this.x[i]! - mx;
          const dy = this.y[i]! - my;
          const d = dx * dx + dy * dy;
          const r = this.r[i]! + slack;
          if (d <= r * r && d < bestD) {
            best = i;
            bestD = d;
          }
        }
      }
    }
    return best >= 0 ? this.ids[best] : undefined;
  }

  /** Where a node is (model coordinates and radius). */
  node(id: string): HitNode | undefined {
    this.byId ??= new Map(this.ids.map((v, i) => [v, i]));
    const i = this.byId.get(id) ?? -1;
    return i >= 0 ? { id, x: this.x[i]!, y: this.y[i]!, r: this.r[i]! } : undefined;
  }

  /** The edge nearest to the point within `slack`, if any. */
  edgeAt(mx: number, my: number, slack: number): string | undefined {
    let best = -1;
    let bestDistance = slack;
    for (let k = 0; k < this.edgeIds.length; k++) {
      const a = this.ends[2 * k]!;
      const b = this.ends[2 * k + 1]!;
      const d = segmentDistance(mx, my, this.x[a]!, this.y[a]!, this.x[b]!, this.y[b]!);
      if (d <= bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best >= 0 ? this.edgeIds[best] : undefined;
  }
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
export function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}
