import { describe, expect, it } from 'vitest';
import { mergePlan, nodeElement, primaryLabel, toElements, type EdgeData, type NodeData } from '../../client/src/graph-mapping.ts';
import { monthIndex } from '../../client/src/dates.ts';
import type { ApiGraph, GraphElements } from '../../client/src/api-types.ts';

const graph: ApiGraph = {
  nodes: [
    { id: 'country-kuwait', labels: ['Country', 'Entity'], properties: { id: 'country-kuwait', name: 'Kuwait', nameAr: 'الكويت' } },
    {
      id: 'agreement-x',
      labels: ['Agreement', 'Entity'],
      properties: { name: 'Protocol X', nameAr: 'بروتوكول', kind: 'protocol', status: 'under_negotiation', date: '2025-03-25', datePrecision: 'day' },
    },
    { id: 'agreement-y', labels: ['Agreement', 'Entity'], properties: { name: 'Contract Y', kind: 'contract', status: 'signed', date: '2023', datePrecision: 'year' } },
    { id: 'event-z', labels: ['Event', 'Entity'], properties: { name: 'Summit', startDate: '2018-10-22', endDate: '2018-12-25', date: '2018-10-22' } },
    { id: 'source-a', labels: ['Source', 'Entity'], properties: { name: 'Article', date: '2024', datePrecision: 'year' } },
    { id: 'person-evil', labels: ['Person', 'Entity'], properties: { name: '<img src=x onerror=alert(1)>' } },
  ],
  edges: [
    { id: 'e1', type: 'PARTY_TO', source: 'country-kuwait', target: 'agreement-x', properties: { role: 'signatory', sources: ['source-a'] } },
    { id: 'e2', type: 'PARTY_TO', source: 'country-kuwait', target: 'agreement-y', properties: {} },
  ],
  truncated: false,
};

describe('graph mapping (API graph → Cytoscape elements)', () => {
  it('maps every node and edge once, nodes before edges', () => {
    const els = toElements(graph);
    expect(els.map((e) => e.group)).toEqual(['nodes', 'nodes', 'nodes', 'nodes', 'nodes', 'nodes', 'edges', 'edges']);
    expect(els.map((e) => e.data.id)).toEqual(['country-kuwait', 'agreement-x', 'agreement-y', 'event-z', 'source-a', 'person-evil', 'e1', 'e2']);
  });

  it('carries label, kind and status as classes and data for the stylesheet', () => {
    const el = nodeElement(graph.nodes[1]!);
    const d = el.data as unknown as NodeData;
    expect(d.primary).toBe('Agreement');
    expect(d.kind).toBe('protocol');
    expect(d.status).toBe('under_negotiation');
    expect(el.classes).toEqual(['l-Agreement', 'k-protocol', 's-under_negotiation', 'dated']);
    expect(d.props).toBe(graph.nodes[1]!.properties);
  });

  it('gives names per language, falling back to the other script', () => {
    const kuwait = nodeElement(graph.nodes[0]!).data as unknown as NodeData;
    expect([kuwait.label_en, kuwait.label_ar, kuwait.label_both]).toEqual(['Kuwait', 'الكويت', 'Kuwait\nالكويت']);
    const y = nodeElement(graph.nodes[2]!).data as unknown as NodeData;
    expect([y.label_en, y.label_ar, y.label_both]).toEqual(['Contract Y', 'Contract Y', 'Contract Y']);
  });

  it('draws each line of a label as a first-strong isolate, so either script keeps its direction in either interface', () => {
    const kuwait = nodeElement(graph.nodes[0]!).data as unknown as NodeData;
    expect(kuwait.caption_en).toBe('\u2068Kuwait\u2069');
    expect(kuwait.caption_ar).toBe('\u2068الكويت\u2069');
    expect(kuwait.caption_both).toBe('\u2068Kuwait\u2069\n\u2068الكويت\u2069');
    const e = toElements(graph).find((x) => x.data.id === 'e1')!.data as unknown as EdgeData;
    expect([e.caption_en, e.caption_ar]).toEqual(['\u2068party to\u2069', '\u2068طرف في\u2069']);
  });

  it('places agreements and events on the timeline at their precision, and nothing else', () => {
    const [x, y, z, src] = [1, 2, 3, 4].map((i) => nodeElement(graph.nodes[i]!).data as unknown as NodeData);
    expect([x!.tStart, x!.tEnd]).toEqual([monthIndex(2025, 3), monthIndex(2025, 3)]);
    // A year-only date covers the whole year.
    expect([y!.tStart, y!.tEnd]).toEqual([monthIndex(2023, 1), monthIndex(2023, 12)]);
    expect([z!.tStart, z!.tEnd]).toEqual([monthIndex(2018, 10), monthIndex(2018, 12)]);
    expect(src!.tStart).toBeUndefined();
    expect(nodeElement(graph.nodes[4]!).classes).not.toContain('dated');
  });

  it('keeps markup in names as plain data (rendering is text-only)', () => {
    const d = nodeElement(graph.nodes[5]!).data as unknown as NodeData;
    expect(d.label_en).toBe('<img src=x onerror=alert(1)>');
  });

  it('labels edges by type in each language and keeps their provenance', () => {
    const e = toElements(graph).find((x) => x.data.id === 'e1')!.data as unknown as EdgeData;
    expect(e.type).toBe('PARTY_TO');
    expect(e.label_en).toBe('party to');
    expect(e.label_ar).toBe('طرف في');
    expect(e.props.sources).toEqual(['source-a']);
  });

  it('picks the domain label over Entity, whatever the order', () => {
    expect(primaryLabel(['Entity', 'Person'])).toBe('Person');
    expect(primaryLabel(['Entity', 'Custom'])).toBe('Custom');
    expect(primaryLabel([])).toBe('Node');
  });
});

describe('merge without duplicates', () => {
  it('adds only what the scene lacks, and no duplicate from within the reply', () => {
    const scene = new Set(['country-kuwait', 'agreement-x', 'e1']);
    const reply: GraphElements = {
      nodes: [graph.nodes[0]!, graph.nodes[2]!, graph.nodes[2]!, graph.nodes[1]!],
      edges: [graph.edges[0]!, graph.edges[1]!, graph.edges[1]!],
    };
    const plan = mergePlan(reply, (id) => scene.has(id));
    expect(plan.newNodeIds).toEqual(['agreement-y']);
    expect(plan.newEdgeIds).toEqual(['e2']);
    expect(plan.add.map((e) => e.data.id)).toEqual(['agreement-y', 'e2']);
    expect(plan.danglingEdges).toBe(0);
  });

  it('leaves out edges whose endpoint is neither in the scene nor in the reply', () => {
    const reply: GraphElements = { nodes: [graph.nodes[0]!], edges: [graph.edges[0]!] };
    const plan = mergePlan(reply, () => false);
    expect(plan.newEdgeIds).toEqual([]);
    expect(plan.danglingEdges).toBe(1);
  });

  it('merging the same reply twice adds nothing the second time', () => {
    const scene = new Set<string>();
    const first = mergePlan(graph, (id) => scene.has(id));
    for (const e of first.add) scene.add(String(e.data.id));
    const second = mergePlan(graph, (id) => scene.has(id));
    expect(first.add.length).toBe(8);
    expect(second.add).toEqual([]);
  });
});
