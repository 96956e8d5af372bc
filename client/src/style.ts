/**
 * The look of the scene. Every label and kind has its own shape AND colour (never colour alone), agreement
 * status is drawn in the border (solid = signed, dashed = under negotiation, dotted = planned), and edges are
 * labelled by relationship type in the chosen language. The legend is generated from the same table.
 */
import type { StylesheetJson } from 'cytoscape';
import { cls } from './graph-mapping.ts';
import type { Lang } from './i18n.ts';

export type NodeShape =
  | 'ellipse'
  | 'hexagon'
  | 'round-rectangle'
  | 'octagon'
  | 'heptagon'
  | 'bottom-round-rectangle'
  | 'cut-rectangle'
  | 'rhomboid'
  | 'concave-hexagon'
  | 'diamond'
  | 'round-diamond'
  | 'tag'
  | 'round-triangle'
  | 'barrel'
  | 'round-pentagon'
  | 'round-tag'
  | 'rectangle'
  | 'star'
  | 'vee'
  | 'triangle'
  | 'round-octagon';

export interface Look {
  /** Label, or label + kind ("Organization/armed_force"). */
  key: string;
  label: string;
  kind?: string;
  shape: NodeShape;
  color: string;
  size: number;
}

/** Base look per label, then per kind within a label where kinds matter to the reader. */
export const LOOKS: readonly Look[] = [
  { key: 'Person', label: 'Person', shape: 'ellipse', color: '#2563eb', size: 34 },
  { key: 'Country', label: 'Country', shape: 'hexagon', color: '#0f766e', size: 52 },
  { key: 'Organization', label: 'Organization', shape: 'round-rectangle', color: '#7c3aed', size: 38 },
  { key: 'Organization/ministry', label: 'Organization', kind: 'ministry', shape: 'round-rectangle', color: '#7c3aed', size: 40 },
  { key: 'Organization/armed_force', label: 'Organization', kind: 'armed_force', shape: 'octagon', color: '#4d7c0f', size: 40 },
  { key: 'Organization/gendarmerie', label: 'Organization', kind: 'gendarmerie', shape: 'heptagon', color: '#15803d', size: 40 },
  { key: 'Organization/security_force', label: 'Organization', kind: 'security_force', shape: 'bottom-round-rectangle', color: '#a21caf', size: 38 },
  { key: 'Organization/command', label: 'Organization', kind: 'command', shape: 'vee', color: '#9f1239', size: 38 },
  { key: 'Organization/media_outlet', label: 'Organization', kind: 'media_outlet', shape: 'rhomboid', color: '#db2777', size: 34 },
  { key: 'Organization/international_organisation', label: 'Organization', kind: 'international_organisation', shape: 'concave-hexagon', color: '#0891b2', size: 42 },
  { key: 'Organization/industry_sector', label: 'Organization', kind: 'industry_sector', shape: 'cut-rectangle', color: '#475569', size: 40 },
  { key: 'Organization/company', label: 'Organization', kind: 'company', shape: 'cut-rectangle', color: '#334155', size: 38 },
  { key: 'Agreement', label: 'Agreement', shape: 'diamond', color: '#d97706', size: 46 },
  { key: 'Agreement/executive_protocol', label: 'Agreement', kind: 'executive_protocol', shape: 'round-diamond', color: '#ea580c', size: 46 },
  { key: 'Agreement/protocol', label: 'Agreement', kind: 'protocol', shape: 'round-diamond', color: '#f59e0b', size: 44 },
  { key: 'Agreement/contract', label: 'Agreement', kind: 'contract', shape: 'tag', color: '#b45309', size: 44 },
  { key: 'Event', label: 'Event', shape: 'round-triangle', color: '#dc2626', size: 38 },
  { key: 'Event/summit', label: 'Event', kind: 'summit', shape: 'star', color: '#be123c', size: 44 },
  { key: 'TrainingProgramme', label: 'TrainingProgramme', shape: 'barrel', color: '#4f46e5', size: 36 },
  { key: 'TrainingProgramme/catalogue', label: 'TrainingProgramme', kind: 'catalogue', shape: 'rectangle', color: '#3730a3', size: 38 },
  { key: 'Product', label: 'Product', shape: 'round-pentagon', color: '#78716c', size: 34 },
  { key: 'Product/uav', label: 'Product', kind: 'uav', shape: 'triangle', color: '#57534e', size: 38 },
  { key: 'Place', label: 'Place', shape: 'round-tag', color: '#0284c7', size: 30 },
  { key: 'Source', label: 'Source', shape: 'rectangle', color: '#94a3b8', size: 22 },
];

const FALLBACK: Look = { key: '*', label: '*', shape: 'round-octagon', color: '#64748b', size: 30 };

/** The look of one node (used by the legend, the details panel swatch and search results). */
export function lookFor(primary: string, kind?: string): Look {
  return (kind && LOOKS.find((l) => l.label === primary && l.kind === kind)) || LOOKS.find((l) => l.label === primary && !l.kind) || FALLBACK;
}

/** Text fonts: Latin first, then Arabic faces, so mixed labels render in both scripts. */
// Double quotes: Cytoscape's font-family parser does not accept single-quoted names.
export const FONT_STACK = 'Inter, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Geeza Pro", Tahoma, "DejaVu Sans", Arial, sans-serif';

/** Edge label size in model units; Arabic script needs a point more to be read. */
export const edgeFontSize = (lang: Lang): number => (lang === 'ar' ? 11 : 10);
/** Smallest on-screen size (px) at which edge labels are drawn. */
export const MIN_EDGE_LABEL_PX = 9;

export interface StyleOptions {
  lang: Lang;
  /** Big-scene mode: cheap edges and no edge labels. */
  big: boolean;
}

type Rule = { selector: string; style: Record<string, string | number> };

export function buildStyle({ lang, big }: StyleOptions): StylesheetJson {
  const label = `data(caption_${lang})`;
  const rules: Rule[] = [
    {
      selector: 'node',
      style: {
        label,
        'font-family': FONT_STACK,
        'font-size': lang === 'ar' ? 13 : 12,
        color: '#0f172a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': big ? 10 : 0,
        'border-width': 2,
        'border-color': '#ffffff',
        'background-color': FALLBACK.color,
        shape: FALLBACK.shape,
        width: FALLBACK.size,
        height: FALLBACK.size,
        'overlay-opacity': 0,
      },
    },
  ];
  // Label looks first, kind looks after so they win.
  for (const look of [...LOOKS].sort((a, b) => Number(Boolean(a.kind)) - Number(Boolean(b.kind)))) {
    const selector = look.kind ? `node.l-${cls(look.label)}.k-${cls(look.kind)}` : `node.l-${cls(look.label)}`;
    rules.push({ selector, style: { 'background-color': look.color, shape: look.shape, width: look.size, height: look.size } });
  }
  rules.push(
    { selector: 'node.l-Agreement', style: { 'border-width': 3, 'border-color': '#78350f', 'text-max-width': '170px' } },
    { selector: 'node.l-Agreement.s-under_negotiation', style: { 'border-style': 'dashed', 'border-width': 4, 'border-color': '#1e293b', 'background-opacity': 0.55 } },
    { selector: 'node.l-Agreement.s-planned', style: { 'border-style': 'dotted', 'border-width': 4, 'border-color': '#1e293b', 'background-opacity': 0.35 } },
    { selector: 'node.l-Source', style: { 'font-size': 9, color: '#475569' } },
    // The ranks layout puts labels beside their nodes, facing away from the agreements column.
    { selector: 'node.side-l', style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -6, 'text-margin-y': 0, 'text-justification': 'right', 'text-max-width': '116px' } },
    { selector: 'node.side-r', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 6, 'text-margin-y': 0, 'text-justification': 'left', 'text-max-width': '116px' } },
    // Rows are as tall as their biggest shape: in the ranks layout countries need not tower over the rest.
    { selector: 'node.l-Country.side-l, node.l-Country.side-r', style: { width: 42, height: 42 } },
    // Stacked ranks (phones): edges run between the rows, across the labels under the nodes.
    { selector: 'node.stack', style: { 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px' } },
    // Agreement labels sit between the columns, where the party edges pass: a light backing keeps them legible.
    { selector: 'node.l-Agreement.side-r, node.l-Agreement.side-l', style: { 'text-max-width': '170px', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px' } },
    // Big scenes: measuring thousands of labels costs seconds, so only the best-connected nodes (class
    // "labelled"), the nodes in view once few enough are ("in-view", see Scene.labelInView) and whatever the
    // user is looking at carry one.
    ...(big
      ? [
          { selector: 'node', style: { label: '', 'text-wrap': 'none', 'border-width': 0 } },
          { selector: 'node.labelled, node.in-view, node:selected, node.hl, node.path-hl, node.ev-hl', style: { label } },
        ]
      : []),
    // Planned training: a dashed outline too, so "not yet delivered" reads the same way everywhere.
    { selector: 'node.l-TrainingProgramme.s-planned', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#1e293b' } },
    {
      selector: 'edge',
      style: big
        ? { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': '#cbd5e1', opacity: 0.8 }
        : {
            'curve-style': 'bezier',
            width: 1.6,
            'line-color': '#94a3b8',
            'target-arrow-color': '#94a3b8',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.9,
            label,
            'font-family': FONT_STACK,
            'font-size': edgeFontSize(lang),
            color: '#475569',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '2px',
            // Not drawn until legible: a label under 9 px on screen is noise.
            'min-zoomed-font-size': 9,
          },
    },
    // Edge labels that would cover another label stay off (scene.ts declutters); a selected edge shows its own.
    { selector: 'edge.quiet', style: { 'text-opacity': 0 } },
    { selector: 'edge.quiet:selected, edge.quiet.path-hl', style: { 'text-opacity': 1 } },
    // Zoomed out so far that edge labels would be drawn under 9 px (scene.ts sets it from the zoom).
    { selector: 'edge.tiny', style: { 'text-opacity': 0 } },
    { selector: 'edge.t-MENTIONED_IN', style: { 'line-style': 'dotted', 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1' } },
    // Interaction states.
    { selector: 'node:selected', style: { 'underlay-color': '#2563eb', 'underlay-padding': 9, 'underlay-opacity': 0.28, 'underlay-shape': 'ellipse' } },
    { selector: 'edge:selected', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 3 } },
    { selector: '.hl', style: { 'underlay-color': '#f59e0b', 'underlay-padding': 10, 'underlay-opacity': 0.45, 'z-index': 20 } },
    { selector: 'node.path-hl', style: { 'underlay-color': '#f97316', 'underlay-padding': 8, 'underlay-opacity': 0.5, 'z-index': 15 } },
    { selector: 'edge.path-hl', style: { 'line-color': '#f97316', 'target-arrow-color': '#f97316', width: 4, 'z-index': 15 } },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    // Facts the passage open in the article reader supports.
    { selector: 'node.ev-hl', style: { 'underlay-color': '#ca8a04', 'underlay-padding': 9, 'underlay-opacity': 0.5, 'z-index': 18 } },
    { selector: 'edge.ev-hl', style: { 'line-color': '#ca8a04', 'target-arrow-color': '#ca8a04', width: 4, 'z-index': 18, 'text-opacity': 1 } },
    // Pictures (PNG, SVG) leave out what marks the selection and the spotlight.
    { selector: 'node.exporting', style: { 'underlay-opacity': 0 } },
    { selector: 'edge.exporting', style: { 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', width: 1.6 } },
    { selector: 'node.pinned', style: { 'outline-width': 3, 'outline-color': '#0f172a', 'outline-offset': 2, 'outline-style': 'solid' } },
    { selector: 'node.fresh', style: { 'underlay-color': '#22c55e', 'underlay-padding': 6, 'underlay-opacity': 0.35 } },
    // Hidden by a filter, the timeline or the user (one class per reason so each can be undone alone).
    { selector: '.f-hidden, .t-hidden, .u-hidden', style: { display: 'none' } },
  );
  return rules as unknown as StylesheetJson;
}

/** Line style per agreement status, for the legend. */
export const STATUS_LOOKS = [
  { status: 'signed', border: 'solid' },
  { status: 'under_negotiation', border: 'dashed' },
  { status: 'planned', border: 'dotted' },
] as const;
