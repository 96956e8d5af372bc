import type { GraphCounts } from './seed.ts';

/** One line for logs: "62 nodes (Person 9, …), 140 relationships (SIGNED 4, …)". */
export function formatCountsLine(c: GraphCounts): string {
  const l = Object.entries(c.labels).map(([k, v]) => `${k} ${v}`).join(', ');
  const t = Object.entries(c.types).map(([k, v]) => `${k} ${v}`).join(', ');
  return `${c.nodes} nodes (${l}), ${c.relationships} relationships (${t})`;
}

/** Multi-line table for the seed CLI. */
export function formatCounts(c: GraphCounts): string {
  return [
    `nodes: ${c.nodes}`,
    ...Object.entries(c.labels).map(([k, v]) => `  :${k} ${v}`),
    `relationships: ${c.relationships}`,
    ...Object.entries(c.types).map(([k, v]) => `  [:${k}] ${v}`),
  ].join('\n');
}
