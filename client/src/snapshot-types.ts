/**
 * A snapshot as the API returns it (GET /api/snapshots/:id; the server's zod schema is
 * server/snapshots/schemas.ts): the frozen view, its title and canvas size, and its sources frozen at creation.
 */
import type { Lang } from './i18n.ts';
import type { LayoutName } from './layouts.ts';
import type { ApiEdge, ApiNode } from './types.ts';
import type { ViewState } from './view-state.ts';

export interface SnapshotSource {
  id: string;
  publication: string | null;
  publicationAr: string | null;
  title: string | null;
  titleAr: string | null;
  date: string | null;
  url: string | null;
}

export interface Snapshot {
  format: 'kg-explorer/snapshot';
  version: 1;
  id: string;
  title: string;
  createdAt: string;
  /** When the data shown was read from the graph. */
  dataTime: string;
  /** Canvas size in CSS pixels when the view was frozen. */
  width: number;
  height: number;
  lang: Lang;
  layout: LayoutName;
  style: { big: boolean; renderer: 'canvas' | 'webgl' };
  viewport: { zoom: number; pan: { x: number; y: number } };
  view: { state: ViewState; link: string };
  graph: { nodes: (ApiNode & { position: { x: number; y: number }; pinned?: boolean })[]; edges: ApiEdge[] };
  highlight: { nodes: string[]; edges: string[] } | null;
  sources: SnapshotSource[];
  counts: { nodes: number; edges: number };
}

export interface SnapshotUrls {
  json: string;
  png: string;
  svg: string;
  embed: string;
  explorer: string;
}

export interface SnapshotCreated {
  id: string;
  title: string;
  createdAt: string;
  dataTime: string;
  lang: Lang;
  counts: { nodes: number; edges: number };
  urls: SnapshotUrls;
}
