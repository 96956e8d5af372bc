/**
 * The "ranks" layout, made for "who signed what with whom": agreements in a middle column, their parties
 * and signatories in a column to the left (labels on the left), everything else linked to an agreement
 * (overseers, events, what it covers) in a column to the right (labels on the right), and nodes linked to no
 * agreement in a last column. Each connected group gets its own band, one under the other, and side nodes
 * sit level with the agreements they belong to. Rows are as tall as their labels, so no two labels overlap,
 * and the whole is compact enough to be read at the opening zoom. Fully deterministic (no randomness).
 *
 * On a narrow portrait canvas (a phone) four columns side by side would be drawn at half size, so the ranks
 * are stacked instead: per band, a row of parties above a row of agreements above a row of the rest, each row
 * wrapped to the canvas width, labels under their nodes. It reads top to bottom at full size and scrolls.
 */
import type { Core, EdgeSingular, NodeCollection, NodeSingular, Position } from 'cytoscape';

/** Relationship types that make a node a party to (or signatory of) an agreement: the left column. */
const PARTY_TYPES: ReadonlySet<string> = new Set(['PARTY_TO', 'SIGNED', 'SIGNATORY_OF']);

/** Classes the ranks layout sets on labels: beside their nodes (columns), or backed under them (stacked). */
export const SIDE_CLASSES = 'side-l side-r stack';

const ROW_GAP = 5;
const COLUMN_GAP = 40;
const BAND_GAP = 20;

/** Whether the scene is one the ranks layout suits: agreements, and mostly things linked to them. */
export function ranksSuit(nodes: NodeCollection): boolean {
  const agreements = nodes.filter('.l-Agreement');
  if (agreements.empty() || nodes.length > 400) return false;
  const near = agreements.union(agreements.neighborhood().nodes()).intersection(nodes);
  return near.length >= nodes.length * 0.6;
}

interface Box {
  /** Extents from the node's centre, label included. */
  left: number;
  right: number;
  up: number;
  down: number;
}

const boxOf = (n: NodeSingular): Box => {
  const p = n.position();
  const bb = n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false } as never);
  return { left: p.x - bb.x1, right: bb.x2 - p.x, up: p.y - bb.y1, down: bb.y2 - p.y };
};

const byId = (a: NodeSingular, b: NodeSingular) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);

/**
 * Computes the positions (and sets the label-side classes) for the shown `nodes`. Edges between them are
 * those of `cy` that are not hidden.
 */
export function ranksPositions(cy: Core, nodes: NodeCollection, opts: { mirror?: boolean; stackedWidth?: number } = {}): Map<string, Position> {
  // Right-to-left readers get the parties on the right: the picture is mirrored, labels still face outwards.
  const [outer, inner] = opts.mirror ? ['side-r', 'side-l'] : ['side-l', 'side-r'];
  const shown = new Set(nodes.map((n) => n.id()));
  const edgesOf = (n: NodeSingular): EdgeSingular[] =>
    n.connectedEdges().toArray().filter((e) => !e.hasClass('f-hidden') && !e.hasClass('t-hidden') && !e.hasClass('u-hidden') && shown.has(e.source().id()) && shown.has(e.target().id()));
  const isAgreement = (n: NodeSingular) => n.hasClass('l-Agreement');
  const column = new Map<string, 0 | 1 | 2 | 3>();
  for (const n of nodes.toArray()) {
    if (isAgreement(n)) column.set(n.id(), 1);
    else {
      const toAgreements = edgesOf(n).filter((e) => isAgreement(e.source()) || isAgreement(e.target()));
      if (toAgreements.length === 0) column.set(n.id(), 3);
      else column.set(n.id(), toAgreements.some((e) => PARTY_TYPES.has(String(e.data('type'))) && e.source().id() === n.id()) ? 0 : 2);
    }
  }
  cy.batch(() => {
    nodes.removeClass(SIDE_CLASSES);
    if (opts.stackedWidth !== undefined) nodes.addClass('stack');
    else for (const n of nodes.toArray()) n.addClass(column.get(n.id()) === 0 ? outer : inner);
  });
  const boxes = new Map(nodes.map((n) => [n.id(), boxOf(n)] as const));
  const box = (n: NodeSingular) => boxes.get(n.id())!;

  // Connected groups (over shown edges), biggest first, ties by smallest id.
  const groups: NodeSingular[][] = [];
  const seen = new Set<string>();
  for (const start of nodes.toArray().sort(byId)) {
    if (seen.has(start.id())) continue;
    const group: NodeSingular[] = [];
    const stack = [start];
    seen.add(start.id());
    while (stack.length) {
      const n = stack.pop()!;
      group.push(n);
      for (const e of edgesOf(n)) {
        const m = e.source().id() === n.id() ? e.target() : e.source();
        if (!seen.has(m.id())) {
          seen.add(m.id());
          stack.push(m);
        }
      }
    }
    groups.push(group.sort(byId));
  }
  const agreementCount = (g: NodeSingular[]) => g.filter(isAgreement).length;
  groups.sort((a, b) => agreementCount(b) - agreementCount(a) || b.length - a.length || byId(a[0]!, b[0]!));
  if (opts.stackedWidth !== undefined) return stackedPositions(groups, column, box, edgesOf, opts.stackedWidth, opts.mirror ?? false);

  const ys = new Map<string, number>();
  const dateOf = (n: NodeSingular) => Number(n.data('tStart') ?? Number.MAX_SAFE_INTEGER);
  let top = 0;
  for (const group of groups) {
    const cols: NodeSingular[][] = [[], [], [], []];
    for (const n of group) cols[column.get(n.id())!]!.push(n);
    // Agreements by date (undated last), then id: a sequence of protocols reads top to bottom.
    cols[1]!.sort((a, b) => dateOf(a) - dateOf(b) || byId(a, b));
    let y = top;
    for (const a of cols[1]!) {
      y += box(a).up;
      ys.set(a.id(), y);
      y += box(a).down + ROW_GAP * 1.5;
    }
    let bottom = cols[1]!.length ? y - ROW_GAP * 1.5 : top;
    // Side columns: each node level with the mean of its neighbours placed so far, then pushed apart.
    for (const c of [0, 2, 3]) {
      const items = cols[c]!.map((n) => {
        const placed = edgesOf(n)
          .map((e) => (e.source().id() === n.id() ? e.target() : e.source()))
          .filter((m) => ys.has(m.id()))
          .map((m) => ys.get(m.id())!);
        return { n, want: placed.length ? placed.reduce((s, v) => s + v, 0) / placed.length : top };
      });
      items.sort((a, b) => a.want - b.want || byId(a.n, b.n));
      let floor = top;
      const got: number[] = [];
      for (const it of items) {
        const yy = Math.max(it.want, floor + box(it.n).up);
        got.push(yy);
        floor = yy + box(it.n).down + ROW_GAP;
      }
      // Centre the column on what it wanted, without climbing above the band's top.
      if (items.length) {
        const drift = got.reduce((s, v, i) => s + v - items[i]!.want, 0) / items.length;
        const lift = Math.min(drift, got[0]! - box(items[0]!.n).up - top);
        items.forEach((it, i) => {
          ys.set(it.n.id(), got[i]! - Math.max(0, lift));
        });
        const last = items.length - 1;
        bottom = Math.max(bottom, ys.get(items[last]!.n.id())! + box(items[last]!.n).down);
      }
    }
    top = bottom + BAND_GAP;
  }

  // Columns: left nodes right-aligned on their centres, then agreements, then the right-hand columns.
  const all = nodes.toArray();
  const inCol = (c: number) => all.filter((n) => column.get(n.id()) === c);
  const maxOf = (list: NodeSingular[], f: (b: Box) => number) => list.reduce((m, n) => Math.max(m, f(box(n))), 0);
  // Measured as drawn: mirrored, a box's left and right swap, and the columns run leftwards.
  const near = (b: Box) => (opts.mirror ? b.right : b.left);
  const far = (b: Box) => (opts.mirror ? b.left : b.right);
  const x1 = 0;
  const x0 = x1 - maxOf(inCol(1), near) - COLUMN_GAP - maxOf(inCol(0), far);
  const x2 = x1 + maxOf(inCol(1), far) + COLUMN_GAP + maxOf(inCol(2), near);
  const x3 = x2 + maxOf(inCol(2), far) + COLUMN_GAP + maxOf(inCol(3), near);
  const xs = [x0, x1, x2, x3].map((x) => (opts.mirror ? -x : x));
  return new Map(all.map((n) => [n.id(), { x: xs[column.get(n.id())!]!, y: ys.get(n.id()) ?? 0 }]));
}

const STACK_GAP_X = 14;
/** Between wrapped lines of one rank, and (more) between ranks, where the edges run. */
const STACK_LINE_GAP = 8;
const STACK_RANK_GAP = 26;

/** The narrow-screen form of the ranks: each band's ranks as rows, wrapped at `width`, centred on x = 0. */
function stackedPositions(
  groups: NodeSingular[][],
  column: Map<string, 0 | 1 | 2 | 3>,
  box: (n: NodeSingular) => Box,
  edgesOf: (n: NodeSingular) => EdgeSingular[],
  width: number,
  mirror: boolean,
): Map<string, Position> {
  const out = new Map<string, Position>();
  const dateOf = (n: NodeSingular) => Number(n.data('tStart') ?? Number.MAX_SAFE_INTEGER);
  const rank = new Map<string, number>();
  let top = 0;
  for (const group of groups) {
    const rows: NodeSingular[][] = [[], [], [], []];
    for (const n of group) rows[column.get(n.id())!]!.push(n);
    rows[1]!.sort((a, b) => dateOf(a) - dateOf(b) || byId(a, b));
    rows[1]!.forEach((a, i) => void rank.set(a.id(), i));
    // Parties and the rest follow the order of the agreements they are linked to, so edges cross less.
    for (const c of [0, 2, 3]) {
      const want = (n: NodeSingular) => {
        const at = edgesOf(n)
          .map((e) => rank.get((e.source().id() === n.id() ? e.target() : e.source()).id()))
          .filter((v): v is number => v !== undefined);
        return at.length ? at.reduce((sum, v) => sum + v, 0) / at.length : Number.MAX_SAFE_INTEGER;
      };
      const wants = new Map(rows[c]!.map((n) => [n.id(), want(n)] as const));
      rows[c]!.sort((a, b) => wants.get(a.id())! - wants.get(b.id())! || byId(a, b));
    }
    let first = true;
    for (const row of rows) {
      if (!row.length) continue;
      if (!first) top += STACK_RANK_GAP - STACK_LINE_GAP;
      first = false;
      // Greedy lines no wider than `width` (a node wider than that gets a line of its own).
      const lines: NodeSingular[][] = [[]];
      let used = 0;
      for (const n of row) {
        const w = box(n).left + box(n).right;
        const line = lines[lines.length - 1]!;
        if (line.length && used + STACK_GAP_X + w > width) {
          lines.push([n]);
          used = w;
        } else {
          used += (line.length ? STACK_GAP_X : 0) + w;
          line.push(n);
        }
      }
      for (const line of lines) {
        const up = Math.max(...line.map((n) => box(n).up));
        const down = Math.max(...line.map((n) => box(n).down));
        const lineWidth = line.reduce((sum, n) => sum + box(n).left + box(n).right, 0) + STACK_GAP_X * (line.length - 1);
        let x = -lineWidth / 2;
        for (const n of line) {
          const cx = x + box(n).left;
          out.set(n.id(), { x: mirror ? -cx : cx, y: top + up });
          x += box(n).left + box(n).right + STACK_GAP_X;
        }
        top += up + down + STACK_LINE_GAP;
      }
    }
    top += BAND_GAP;
  }
  return out;
}
