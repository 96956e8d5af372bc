/**
 * The table under a query or console run: one row per result row. Graph values (nodes, relationships, paths)
 * are drawn in the scene, so the columns holding only them are left out unless the reader asks for every
 * column; where they do show, they are chips (the name in the interface language and the node's label).
 * Numbers are formatted for the reader's language.
 */
import { h } from './dom.ts';
import type { QueryResult } from './api-types.ts';
import { dateLocale, labelName, nodeName, relationName, t, type Lang } from './i18n.ts';
import type { Props } from './api-types.ts';

interface NodeValue {
  id: string;
  labels: string[];
  properties: Props;
}
interface EdgeValue {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Props;
}
interface PathValue {
  length: number;
  nodes: NodeValue[];
  edges: EdgeValue[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNode = (v: unknown): v is NodeValue => isObject(v) && Array.isArray(v.labels) && isObject(v.properties) && typeof v.id === 'string';
const isEdge = (v: unknown): v is EdgeValue => isObject(v) && typeof v.type === 'string' && isObject(v.properties) && typeof v.source === 'string';
const isPath = (v: unknown): v is PathValue => isObject(v) && Array.isArray(v.nodes) && Array.isArray(v.edges);
const isGraphValue = (v: unknown): boolean => isNode(v) || isEdge(v) || isPath(v);

/**
 * A column is internal when what it holds is already drawn: each of its values is a node, a relationship, a
 * path or a list of them (nulls and empty lists say nothing either way), and at least one is.
 */
export function internalColumns(columns: readonly string[], rows: readonly Record<string, unknown>[]): string[] {
  return columns.filter((c) => {
    let graph = false;
    for (const r of rows) {
      const v = r[c];
      const items = Array.isArray(v) ? v : v === null || v === undefined ? [] : [v];
      for (const x of items) {
        if (x === null) continue;
        if (!isGraphValue(x)) return false;
        graph = true;
      }
    }
    return graph;
  });
}

/** Years and dates read as written (2023, not 2,023); other numbers get the language's grouping and digits. */
const YEARLIKE = /year|date|since|until/i;

export function formatNumber(n: number, lang: Lang, column = ''): string {
  // The locale the dates use, so digits and separators agree across the page.
  return new Intl.NumberFormat(dateLocale(lang), { maximumFractionDigits: Number.isInteger(n) ? 0 : 3, useGrouping: !YEARLIKE.test(column) }).format(n);
}

/** A readable chip for a node: its name in `lang` (isolated, it may be in either script) and its label. */
function nodeChip(n: NodeValue, lang: Lang, pick?: (id: string) => void): HTMLElement {
  const label = n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? '';
  const name = nodeName(n.properties, lang === 'both' ? 'en' : lang, n.id);
  const content = [h('bdi', { class: 'chip-name' }, name), label ? h('span', { class: 'chip-label' }, labelName(label, lang)) : null];
  return pick
    ? h('button', { type: 'button', class: 'chip chip-node', data: { id: n.id }, title: n.id, on: { click: () => pick(n.id) } }, ...content)
    : h('span', { class: 'chip chip-node', data: { id: n.id }, title: n.id }, ...content);
}

function edgeChip(e: EdgeValue, lang: Lang): HTMLElement {
  return h('span', { class: 'chip chip-edge', data: { id: e.id }, title: e.type }, relationName(e.type, lang === 'both' ? 'en' : lang));
}

function cell(v: unknown, lang: Lang, column: string, pick?: (id: string) => void): (HTMLElement | string)[] {
  if (v === null || v === undefined) return ['—'];
  if (typeof v === 'number') return [formatNumber(v, lang, column)];
  if (typeof v === 'string' || typeof v === 'boolean') return [String(v)];
  if (isNode(v)) return [nodeChip(v, lang, pick)];
  if (isEdge(v)) return [edgeChip(v, lang)];
  if (isPath(v)) {
    // A path as its nodes in order, the way the connection finder lists one.
    const out: (HTMLElement | string)[] = [];
    for (const [i, n] of v.nodes.entries()) out.push(...(i ? [' → '] : []), nodeChip(n, lang, pick));
    return out;
  }
  if (Array.isArray(v)) {
    const out: (HTMLElement | string)[] = [];
    for (const [i, x] of v.entries()) out.push(...(i ? [t('citeSeparator', lang)] : []), ...cell(x, lang, column, pick));
    return out.length ? out : ['—'];
  }
  return [JSON.stringify(v)];
}

export interface ResultsOptions {
  lang: Lang;
  /** Show the internal columns too. */
  allColumns: boolean;
  toggleColumns: (all: boolean) => void;
  /** A node chip selects its node in the scene. */
  pick?: (id: string) => void;
}

export function renderResults(host: HTMLElement, result: QueryResult, note: string, opts: ResultsOptions): void {
  const { lang } = opts;
  const rows = result.rows as Record<string, unknown>[];
  const internal = new Set(internalColumns(result.columns, rows));
  // When every column is internal (RETURN a, r, b) the chips are the table.
  const hideInternal = !opts.allColumns && internal.size < result.columns.length;
  const columns = hideInternal ? result.columns.filter((c) => !internal.has(c)) : result.columns;
  const meta = h('div', { class: 'results-meta muted small' }, h('span', { dir: 'auto' }, note));
  if (internal.size && internal.size < result.columns.length) {
    const box = h('input', { type: 'checkbox', data: { action: 'all-columns' } }) as HTMLInputElement;
    box.checked = opts.allColumns;
    box.addEventListener('change', () => opts.toggleColumns(box.checked));
    meta.append(h('label', { class: 'results-columns' }, box, ` ${t('showAllColumns', lang)} (${formatNumber(internal.size, lang)})`));
  }
  const table = h(
    'table',
    { class: 'results-table', data: { columns: columns.join(' ') } },
    // Column names are the query's own (code): left to right in either interface.
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { dir: 'ltr', data: { column: c } }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...columns.map((c) => h('td', { dir: 'auto', class: typeof r[c] === 'number' ? 'num' : undefined }, ...cell(r[c], lang, c, opts.pick)))))),
  );
  host.replaceChildren(meta, rows.length ? table : h('p', { class: 'muted' }, `${formatNumber(0, lang)} ${t('rows', lang)}`));
}
