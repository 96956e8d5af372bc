/**
 * Which nodes keep a label in a big scene: the best-connected ones. One rule for the explorer, its quick first
 * picture and reopened snapshots, so a label never appears in one and not in the other.
 */

/** How many nodes keep a label in a big scene. */
export const BIG_SCENE_LABELS = 150;

/** The `count` nodes with the most edges (ties by id, so the choice is stable). */
export function hubIds(nodeIds: Iterable<string>, edges: Iterable<{ source: string; target: string }>, count = BIG_SCENE_LABELS): Set<string> {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const ids = [...nodeIds].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
  return new Set(ids.slice(0, count));
}
