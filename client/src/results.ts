/**
 * The table under a query or console run: one row per result row, cells as text. Graph values (nodes,
 * relationships, paths) are summarised by name; they are drawn in the scene.
 */
import { h } from './dom.ts';
import type { QueryResult } from './api-types.ts';

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(cellText).join(', ');
  if (typeof v === 'object') {
    const o = v as { properties?: Record<string, unknown>; type?: unknown; labels?: unknown; id?: unknown; nodes?: unknown; segments?: unknown };
    if (o.properties && Array.isArray(o.labels)) return String(o.properties.name ?? o.properties.nameAr ?? o.id ?? '(node)');
    if (o.properties && typeof o.type === 'string') return `[:${o.type}]`;
    if (Array.isArray(o.nodes)) return `(path of ${o.nodes.length} nodes)`;
    return JSON.stringify(v);
  }
  return String(v);
}

export function renderResults(host: HTMLElement, result: QueryResult, note: string): void {
  const rows: unknown[][] = (result.rows as unknown[]).map((r) => (Array.isArray(r) ? r : result.columns.map((c) => (r as Record<string, unknown>)[c])));
  const table = h(
    'table',
    { class: 'results-table' },
    h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', {}, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((v) => h('td', { dir: 'auto' }, cellText(v)))))),
  );
  host.replaceChildren(h('div', { class: 'results-meta muted small' }, note), rows.length ? table : h('p', { class: 'muted' }, '0 rows'));
}
