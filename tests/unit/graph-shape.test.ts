import neo4j, { Node, Path, PathSegment, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { filterParams, labelExpression, quoteName, typeExpression, typePredicate, where, windowParams, windowPredicate } from '../../server/graph/filters.ts';
import { neighbourhoodQuery, pathsQuery } from '../../server/graph/queries.ts';
import { GraphBuilder, graphOf, toJson } from '../../server/graph/shape.ts';
import { cellText, formatCsv, formatTable } from '../../server/queries/format.ts';

const int = neo4j.int;
const node = (eid: string, id: string | undefined, labels: string[], props: Record<string, unknown> = {}) =>
  new Node(int(0), labels, { ...(id ? { id } : {}), ...props }, eid);
const rel = (eid: string, type: string, start: string, end: string, props: Record<string, unknown> = {}) =>
  new Relationship(int(0), int(0), int(0), type, props, eid, start, end);

describe('driver values to JSON', () => {
  it('turns integers into numbers (or strings beyond the safe range) and temporal values into ISO strings', () => {
    expect(toJson(int(42))).toBe(42);
    expect(toJson(int('9007199254740993'))).toBe('9007199254740993');
    expect(toJson(new neo4j.types.Date(2025, 3, 25))).toBe('2025-03-25');
    expect(toJson(new neo4j.types.DateTime(2024, 5, 1, 10, 0, 0, 0, 0))).toBe('2024-05-01T10:00:00Z');
    expect(toJson(new neo4j.types.Duration(int(12), int(0), int(0), int(0)))).toBe('P1Y');
    expect(toJson(new neo4j.types.Duration(int(0), int(2), int(90), int(0)))).toBe('P2DT1M30S');
    expect(toJson({ list: [int(1), null, 'a'], n: 1.5, b: true })).toEqual({ list: [1, null, 'a'], n: 1.5, b: true });
    expect(toJson(Infinity)).toBe('Infinity');
  });

  it('gives nodes their slug as id, domain label first, and relationships their end nodes by slug', () => {
    const a = node('e:1', 'country-kuwait', ['Entity', 'Country'], { since: int(2018) });
    const b = node('e:2', 'org-fiep', ['Organization', 'Entity']);
    const r = rel('r:1', 'MEMBER_OF', 'e:1', 'e:2', { sources: ['s1'] });
    expect(toJson(a)).toEqual({ id: 'country-kuwait', labels: ['Country', 'Entity'], properties: { id: 'country-kuwait', since: 2018 } });
    const ids = new Map([
      ['e:1', 'country-kuwait'],
      ['e:2', 'org-fiep'],
    ]);
    expect(toJson(r, ids)).toEqual({ id: 'r:1', type: 'MEMBER_OF', source: 'country-kuwait', target: 'org-fiep', properties: { sources: ['s1'] } });
    // A node without a slug (not a domain node) keeps its elementId.
    expect((toJson(node('e:9', undefined, ['_SavedQuery'])) as { id: string }).id).toBe('e:9');
  });

  it('collects nodes, relationships and paths anywhere in a value, once each', () => {
    const a = node('e:1', 'a', ['Entity', 'Person']);
    const b = node('e:2', 'b', ['Entity', 'Country']);
    const c = node('e:3', 'c', ['Entity', 'Country']);
    const ab = rel('r:1', 'HEAD_OF', 'e:1', 'e:2');
    const cb = rel('r:2', 'PARTNER_OF', 'e:3', 'e:2');
    const path = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, cb, c)]);
    const g = graphOf([{ p: path, again: [a, ab] }, { nested: { deeper: [b] } }], true);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(g.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['r:1', 'a', 'b'],
      ['r:2', 'c', 'b'],
    ]);
    expect(g.truncated).toBe(true);
    expect(toJson(path)).toEqual({ length: 2, nodes: ['a', 'b', 'c'], edges: ['r:1', 'r:2'] });
  });

  it('reports relationships whose end nodes are missing, and leaves them out of the graph', () => {
    const b = new GraphBuilder();
    b.addValue([rel('r:1', 'X', 'e:1', 'e:2'), node('e:1', 'a', ['Entity'])]);
    expect(b.missingEndpoints()).toEqual(['e:2']);
    expect(b.build().edges).toEqual([]);
    b.addValue(node('e:2', 'b', ['Entity']));
    expect(b.missingEndpoints()).toEqual([]);
    expect(b.build().edges).toHaveLength(1);
  });
});

describe('exploration filters', () => {
  it('quotes names so nothing can leave the pattern', () => {
    expect(quoteName('PARTY_TO')).toBe('`PARTY_TO`');
    expect(quoteName('a`) DETACH DELETE (n')).toBe('`a``) DETACH DELETE (n`');
  });

  it('keeps provenance out unless MENTIONED_IN or Source is asked for', () => {
    expect(labelExpression({})).toBe('Entity&!Source');
    expect(typePredicate({}, 'r')).toBe("type(r) <> 'MENTIONED_IN'");
    expect(labelExpression({ types: ['MENTIONED_IN'] })).toBe('Entity');
    expect(typePredicate({ labels: ['Source'] }, 'r')).toBe('true');
    expect(labelExpression({ labels: ['Person', 'Country'] })).toBe('Entity&(`Person`|`Country`)');
    expect(typeExpression({ types: ['PARTY_TO', 'SIGNED'] })).toBe(':`PARTY_TO`|`SIGNED`');
    expect(typeExpression({})).toBe('');
  });

  it('gives neighbourhood and paths their types and labels as parameters, so one query text (one plan) serves every combination', () => {
    const a = { types: ['PARTY_TO', 'SIGNED'] };
    const b = { types: ['MENTIONED_IN'], labels: ['Person', 'Country'] };
    expect(neighbourhoodQuery(a, 2)).toBe(neighbourhoodQuery(b, 2));
    expect(neighbourhoodQuery(a, 2)).not.toContain('PARTY_TO');
    expect(filterParams({})).toEqual({ types: [], labels: [], provenance: false });
    expect(filterParams(b)).toEqual({ types: ['MENTIONED_IN'], labels: ['Person', 'Country'], provenance: true });
    expect(filterParams({ labels: ['Source'] }).provenance).toBe(true);
    expect(pathsQuery(4)).toContain('$types');
  });

  it('only adds a date predicate for a window, with the end widened to its whole period', () => {
    expect(windowPredicate({}, 'x')).toBe('true');
    expect(windowPredicate({ from: '2024' }, 'x')).toContain('$windowFrom');
    expect(windowParams({ from: '2024-05', to: '2025' })).toEqual({ windowFrom: '2024-05', windowTo: '2025~' });
    expect(where('true', 'a', 'true', 'b')).toBe(' WHERE a AND b');
    expect(where('true')).toBe('');
  });
});

describe('command-line output', () => {
  const result = {
    columns: ['name', 'n', 'note'],
    rows: [
      { name: 'Kuwait', n: { id: 'country-kuwait', labels: ['Country', 'Entity'], properties: { name: 'Kuwait' } }, note: 'a "quoted", text' },
      { name: 'الكويت', n: null, note: ['x', 1] },
    ],
    graph: { nodes: [], edges: [], truncated: false },
    truncated: true,
  };

  it('renders nodes by name, relationships as arrows, paths by node ids', () => {
    expect(cellText({ id: 'r', type: 'PARTY_TO', source: 'a', target: 'b', properties: {} })).toBe('(a)-[PARTY_TO]->(b)');
    expect(cellText({ length: 1, nodes: ['a', 'b'], edges: ['r'] })).toBe('a → b');
    expect(cellText(['x', 1, null])).toBe('x; 1; ');
  });

  it('quotes CSV fields that need it', () => {
    expect(formatCsv(result)).toBe('name,n,note\r\nKuwait,Kuwait,"a ""quoted"", text"\r\nالكويت,,x; 1\r\n');
  });

  it('aligns a table and says when the row cap bit', () => {
    const t = formatTable(result).split('\n');
    expect(t[0]).toMatch(/^name\s+\| n\s+\| note$/);
    expect(t.at(-1)).toBe('(2 rows, truncated by the row cap)');
  });
});
