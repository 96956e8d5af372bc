/**
 * A deterministic synthetic graph shaped like the real one (persons, organisations, countries, agreements,
 * events; dated), with a power-law degree distribution: relationship endpoints are drawn with a strong bias
 * towards low indexes, so a few hubs gather most edges, as in real cooperation networks.
 */
import type { ImportNode, ImportRelationship } from '../server/import/bulk.ts';

/** The explorer's seeded PRNG (mulberry32): one implementation for layouts and synthetic data. */
export { seededRandom as prng } from '../client/src/layouts.ts';
import { seededRandom as prng } from '../client/src/layouts.ts';

export interface SyntheticOptions {
  nodes: number;
  relationships: number;
  seed?: number;
  /** Larger = more skewed degrees (hubs). */
  skew?: number;
}

const SHARES: Array<[label: string, share: number]> = [
  ['Person', 0.45],
  ['Organization', 0.25],
  ['Agreement', 0.15],
  ['Event', 0.13],
  ['Country', 0.02],
];

/** Which relationship types connect which labels (source label → target label). */
const RULES: Array<{ type: string; from: string; to: string; weight: number }> = [
  { type: 'SIGNED', from: 'Person', to: 'Agreement', weight: 0.2 },
  { type: 'PARTY_TO', from: 'Organization', to: 'Agreement', weight: 0.2 },
  { type: 'MEMBER_OF', from: 'Person', to: 'Organization', weight: 0.2 },
  { type: 'PARTICIPATED_IN', from: 'Person', to: 'Event', weight: 0.15 },
  { type: 'PART_OF', from: 'Organization', to: 'Country', weight: 0.1 },
  { type: 'HOSTED', from: 'Country', to: 'Event', weight: 0.05 },
  { type: 'COUNTERPART_OF', from: 'Organization', to: 'Organization', weight: 0.1 },
];

const SYLLABLES = ['al', 'an', 'ba', 'da', 'er', 'ka', 'ma', 'na', 'ra', 'sa', 'ta', 'ya', 'zu', 'li', 'mo', 'ke'];
const AR = ['ال', 'ن', 'ب', 'د', 'ر', 'ك', 'م', 'س', 'ت', 'ي', 'ز', 'ل', 'و', 'ه', 'ف', 'ق'];

export function syntheticGraph(opts: SyntheticOptions): { nodes: ImportNode[]; relationships: ImportRelationship[] } {
  const rand = prng(opts.seed ?? 42);
  const skew = opts.skew ?? 2.2;
  const byLabel = new Map<string, string[]>();
  const nodes: ImportNode[] = [];
  let i = 0;
  for (const [label, share] of SHARES) {
    const count = Math.max(1, Math.round(opts.nodes * share));
    const ids: string[] = [];
    for (let k = 0; k < count && nodes.length < opts.nodes; k++, i++) {
      const id = `syn-${label.toLowerCase()}-${k}`;
      const word = () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
      const name = `${word()}${word()}${word()} ${label} ${k}`;
      const nameAr = Array.from({ length: 4 }, () => AR[Math.floor(rand() * AR.length)]).join('') + ` ${k}`;
      const properties: Record<string, unknown> = { name, nameAr, searchText: `${name.toLowerCase()} | ${nameAr}` };
      if (label === 'Agreement' || label === 'Event') {
        const y = 2000 + Math.floor(rand() * 26);
        const m = 1 + Math.floor(rand() * 12);
        const d = 1 + Math.floor(rand() * 28);
        properties.date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        properties.datePrecision = 'day';
        properties.kind = label === 'Agreement' ? (rand() < 0.5 ? 'agreement' : 'protocol') : 'meeting';
        if (label === 'Agreement') properties.status = rand() < 0.8 ? 'signed' : 'under_negotiation';
      }
      nodes.push({ id, label, properties });
      ids.push(id);
    }
    byLabel.set(label, ids);
  }

  const totalWeight = RULES.reduce((s, r) => s + r.weight, 0);
  const pick = (ids: string[]) => ids[Math.floor(ids.length * Math.pow(rand(), skew))]!;
  const relationships: ImportRelationship[] = [];
  for (let k = 0; k < opts.relationships; k++) {
    let w = rand() * totalWeight;
    const rule = RULES.find((r) => (w -= r.weight) < 0) ?? RULES[0]!;
    const from = byLabel.get(rule.from)!;
    const to = byLabel.get(rule.to)!;
    // Sources uniform, targets power-law: hubs among the targets.
    const source = from[Math.floor(rand() * from.length)]!;
    const target = pick(to);
    relationships.push({ type: rule.type, source, target, properties: { sources: ['synthetic'], weight: k % 7 } });
  }
  return { nodes, relationships };
}
