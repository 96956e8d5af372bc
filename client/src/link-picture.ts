/**
 * The picture a link carries on top of the view state (view-state.ts): every node's position and label side,
 * the zoom and the point at the canvas centre, so the link reopens as the same picture rather than a fresh
 * layout. Positions are listed in the order of the sorted node ids, without the ids: the view state rebuilds
 * the same nodes, and a checksum of their ids tells when the graph changed since (then the layout runs).
 *
 * In the URL: `at=<checksum>.<positions>` (a few base64url characters per node) and `vp=<zoom>_<x>_<y>`.
 * A link longer than LINK_MAX_CHARS is stored on the server and becomes `?s=<id>` (api.ts, POST /api/links).
 */
import { hashId } from './layouts.ts';

/** The label sides the ranks layout sets (ranks-layout.ts SIDE_CLASSES), by their code in a link. */
export const LABEL_SIDES = ['', 'side-l', 'side-r', 'stack'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

export interface PictureNode {
  x: number;
  y: number;
  side: LabelSide;
}

export interface LinkPicture {
  /** Checksum of the sorted ids of the nodes the positions belong to. */
  check: string;
  /** Positions in model units (rounded), in sorted-id order. */
  nodes: PictureNode[];
  zoom: number;
  /** The model point at the centre of the canvas: the same centre on any canvas size. */
  centre: { x: number; y: number };
}

/** Links longer than this (characters, the whole URL) are stored on the server and shortened to `?s=<id>`. */
export const LINK_MAX_CHARS = 1500;

/** Stored-link ids are content hashes in base64url (server/links/schemas.ts). */
export const LINK_ID = /^[A-Za-z0-9_-]{8,64}$/;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, i]));

/** A checksum of the ids, as 6 base64url characters. */
export function idsChecksum(sortedIds: readonly string[]): string {
  let h = hashId(sortedIds.join('\n'));
  let out = '';
  for (let i = 0; i < 6; i++) {
    out += ALPHABET[h & 63];
    h >>>= 6;
  }
  return out;
}

/**
 * A whole number ≥ 0 as base-32 digits, lowest first: the last digit from the first half of the alphabet,
 * the others from the second half (so numbers need no separators).
 */
function pushUint(out: string[], n: number): void {
  while (n >= 32) {
    out.push(ALPHABET[32 + (n % 32)]!);
    n = Math.floor(n / 32);
  }
  out.push(ALPHABET[n]!);
}

const zigzag = (n: number): number => (n < 0 ? -2 * n - 1 : 2 * n);
const unzigzag = (n: number): number => (n % 2 ? -(n + 1) / 2 : n / 2);

/** The largest coordinate a link carries (the snapshot schema's bound too). */
const MAX_COORD = 1e7;
const clampCoord = (v: number): number => Math.max(-MAX_COORD, Math.min(MAX_COORD, Math.round(v)));

/** The `at` parameter: checksum, then per node zigzag(x)·4 + side and zigzag(y). */
export function encodePositions(check: string, nodes: readonly PictureNode[]): string {
  const out: string[] = [check, '.'];
  for (const n of nodes) {
    pushUint(out, zigzag(clampCoord(n.x)) * 4 + Math.max(0, LABEL_SIDES.indexOf(n.side)));
    pushUint(out, zigzag(clampCoord(n.y)));
  }
  return out.join('');
}

export function decodePositions(at: string): { check: string; nodes: PictureNode[] } | undefined {
  const m = /^([A-Za-z0-9_-]{6})\.([A-Za-z0-9_-]*)$/.exec(at);
  if (!m) return undefined;
  const numbers: number[] = [];
  let n = 0;
  let scale = 1;
  for (const c of m[2]!) {
    const d = DIGIT.get(c)!;
    if (d >= 32) {
      n += (d - 32) * scale;
      scale *= 32;
      if (scale > 2 ** 40) return undefined;
    } else {
      numbers.push(n + d * scale);
      n = 0;
      scale = 1;
    }
  }
  if (scale !== 1 || numbers.length % 2) return undefined;
  const nodes: PictureNode[] = [];
  for (let i = 0; i < numbers.length; i += 2) {
    const xs = numbers[i]!;
    nodes.push({ x: unzigzag(Math.floor(xs / 4)), y: unzigzag(numbers[i + 1]!), side: LABEL_SIDES[xs % 4]! });
  }
  return { check: m[1]!, nodes };
}

/** Five significant digits of zoom and a tenth of a model unit of centre: well under a pixel on screen. */
export function encodeViewport(zoom: number, centre: { x: number; y: number }): string {
  const r = (v: number) => String(Math.round(v * 10) / 10);
  return `${Number(zoom.toPrecision(5))}_${r(centre.x)}_${r(centre.y)}`;
}

export function decodeViewport(vp: string): { zoom: number; centre: { x: number; y: number } } | undefined {
  const m = /^(\d+(?:\.\d+)?(?:e-?\d+)?)_(-?\d+(?:\.\d+)?)_(-?\d+(?:\.\d+)?)$/.exec(vp);
  if (!m) return undefined;
  const [zoom, x, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!(zoom > 0 && zoom <= 1000) || Math.abs(x) > MAX_COORD || Math.abs(y) > MAX_COORD) return undefined;
  return { zoom, centre: { x, y } };
}

/** The picture's two URL parameters (to append to the view state's query string). */
export function pictureParams(p: LinkPicture): string {
  return `at=${encodePositions(p.check, p.nodes)}&vp=${encodeViewport(p.zoom, p.centre)}`;
}

/** The picture a query string carries, if it carries a well-formed one. */
export function pictureFromSearch(search: string): LinkPicture | undefined {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const positions = decodePositions(q.get('at') ?? '');
  const viewport = decodeViewport(q.get('vp') ?? '');
  return positions && viewport ? { ...positions, ...viewport } : undefined;
}

/** The view state's query string ("" or "?…") with the picture added. */
export function withPicture(search: string, p: LinkPicture): string {
  return `${search ? `${search}&` : '?'}${pictureParams(p)}`;
}

/** A stored link's id from `?s=<id>`, if the query string names one. */
export function storedLinkId(search: string): string | undefined {
  const id = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('s');
  return id && LINK_ID.test(id) ? id : undefined;
}

/**
 * The picture's positions by node id for the nodes `ids` (any order), or undefined when they are not the
 * nodes the picture was taken of.
 */
export function picturePositions(p: LinkPicture, ids: readonly string[]): Map<string, PictureNode> | undefined {
  const sorted = [...ids].sort();
  if (sorted.length !== p.nodes.length || idsChecksum(sorted) !== p.check) return undefined;
  return new Map(sorted.map((id, i) => [id, p.nodes[i]!]));
}
