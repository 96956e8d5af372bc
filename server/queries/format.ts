/** Renders a query result for the command line: an aligned table, CSV (RFC 4180) or JSON. */
import type { RunResult } from '../cypher/schemas.ts';
import type { JsonValue } from '../graph/shape.ts';

export type OutputFormat = 'table' | 'json' | 'csv';

type Obj = { [k: string]: JsonValue };
const isObj = (v: JsonValue): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value as a short text: a node by its name, a relationship as (a)-[TYPE]->(b), a path by its node ids. */
export function cellText(v: JsonValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(cellText).join('; ');
  if ('labels' in v && 'properties' in v && isObj(v['properties'])) {
    const name = v['properties']['name'];
    return typeof name === 'string' ? name : String(v['id']);
  }
  if ('type' in v && 'source' in v && 'target' in v) return `(${String(v['source'])})-[${String(v['type'])}]->(${String(v['target'])})`;
  if ('length' in v && Array.isArray(v['nodes']) && Array.isArray(v['edges'])) return v['nodes'].map(String).join(' → ');
  return JSON.stringify(v);
}

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatTable(r: RunResult, maxWidth = 60): string {
  const cols = r.columns;
  const cells = r.rows.map((row) => cols.map((c) => clip(cellText(row[c] ?? null), maxWidth)));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join(' | ').trimEnd();
  const out = [line(cols), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  out.push(`(${r.rows.length} row${r.rows.length === 1 ? '' : 's'}${r.truncated ? ', truncated by the row cap' : ''})`);
  return out.join('\n');
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(r: RunResult): string {
  const lines = [r.columns.map(csvField).join(',')];
  for (const row of r.rows) lines.push(r.columns.map((c) => csvField(cellText(row[c] ?? null))).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function formatResult(r: RunResult, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(r, null, 2);
    case 'csv':
      return formatCsv(r);
    case 'table':
      return formatTable(r);
  }
}
