/**
 * Room for newcomers: nodes added by an expansion or a search are put, one by one, on the nearest free spot
 * around their anchor: rings of growing radius, tried at even angles from a per-node starting angle, until
 * the node with its label overlaps no node and no label already there. Nothing already in the scene moves,
 * so what the user arranged stays arranged. Deterministic: same scene, same spots.
 */
import type { BoundingBox12, Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { hashId } from '../layouts.ts';
import { HIDDEN } from '../visibility.ts';

const GAP = 8;
const FIRST_RING = 80;
const RING_STEP = 36;
const RINGS = 60;

type Box = BoundingBox12;

const hits = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const boxOf = (n: NodeSingular): Box => n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false } as never);

/** Places `fresh` (already in cy) near `anchorOf(node)`; returns how many found a free spot. */
export function placeNewcomers(cy: Core, fresh: NodeCollection, anchorOf: (n: NodeSingular) => Position): number {
  const freshIds = new Set(fresh.map((n) => n.id()));
  const taken: Box[] = cy
    .nodes()
    .not(HIDDEN)
    .filter((n) => !freshIds.has(n.id()))
    .map(boxOf);
  let placed = 0;
  for (const n of fresh.toArray().sort((a, b) => (a.id() < b.id() ? -1 : 1))) {
    if (n.locked()) continue;
    const p = n.position();
    const b = boxOf(n);
    // Extents around the node's centre, label included, with a margin.
    const ext = { left: p.x - b.x1 + GAP, right: b.x2 - p.x + GAP, up: p.y - b.y1 + GAP, down: b.y2 - p.y + GAP };
    const at = (c: Position): Box => ({ x1: c.x - ext.left, x2: c.x + ext.right, y1: c.y - ext.up, y2: c.y + ext.down });
    const anchor = anchorOf(n);
    const start = ((hashId(n.id()) % 360) * Math.PI) / 180;
    let spot: Position | undefined;
    for (let ring = 0; ring < RINGS && !spot; ring++) {
      const r = FIRST_RING + ring * RING_STEP;
      const tries = Math.max(8, Math.ceil((2 * Math.PI * r) / 40));
      for (let k = 0; k < tries; k++) {
        const a = start + (k * 2 * Math.PI) / tries;
        const c = { x: anchor.x + Math.cos(a) * r, y: anchor.y + Math.sin(a) * r };
        if (!taken.some((t) => hits(t, at(c)))) {
          spot = c;
          break;
        }
      }
    }
    if (!spot) continue;
    n.position(spot);
    taken.push(at(spot));
    placed++;
  }
  return placed;
}
