/**
 * The view state: everything needed to rebuild what the user sees, as plain data. It lives in the URL
 * (deep links) and is what a snapshot freezes, together with element positions and the viewport. Its type is
 * the API's (server/snapshots/schemas.ts), so a snapshot's state and the explorer's are one shape.
 */
import { LANGS, type Lang } from './i18n.ts';
import { isLayoutName } from './layouts.ts';
import type { RendererChoice, ViewSource, ViewState } from './api-types.ts';

export type { RendererChoice, ViewSource, ViewState };

export const defaultViewState = (): ViewState => ({
  source: { kind: 'agreements' },
  expanded: [],
  hiddenNodes: [],
  pinned: [],
  hiddenTypes: [],
  hiddenLabels: [],
  layout: 'ranks',
  lang: 'en',
  renderer: 'auto',
});

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x !== ''))];

/** View state → URL query string (defaults left out so links stay short). */
export function toSearch(s: ViewState): string {
  const p = new URLSearchParams();
  const src = s.source;
  switch (src.kind) {
    case 'agreements':
      break;
    case 'overview':
      p.set('v', 'overview');
      if (src.limit !== undefined) p.set('limit', String(src.limit));
      break;
    case 'node':
      p.set('v', 'node');
      p.set('id', src.id);
      if (src.depth !== 1) p.set('depth', String(src.depth));
      break;
    case 'query':
      p.set('v', 'query');
      p.set('q', src.id);
      for (const [k, v] of Object.entries(src.params).sort(([a], [b]) => (a < b ? -1 : 1))) p.set(`p.${k}`, v);
      break;
    case 'cypher':
      p.set('v', 'cypher');
      p.set('cypher', src.query);
      break;
  }
  if (s.focus) p.set('focus', s.focus);
  for (const id of s.expanded) p.append('expand', id);
  for (const id of s.hiddenNodes) p.append('hide', id);
  for (const id of s.pinned) p.append('pin', id);
  for (const t of s.hiddenTypes) p.append('xt', t);
  for (const l of s.hiddenLabels) p.append('xl', l);
  if (s.paths) {
    p.set('pa', s.paths.from);
    p.set('pb', s.paths.to);
  }
  if (s.window) p.set('t', `${s.window.from}..${s.window.to}`);
  if (s.refit) p.set('fit', '1');
  if (s.layout !== 'ranks') p.set('layout', s.layout);
  if (s.lang !== 'en') p.set('lang', s.lang);
  if (s.renderer !== 'auto') p.set('renderer', s.renderer);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** URL query string → view state. Anything malformed falls back to the default for that part. */
export function fromSearch(search: string): ViewState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const s = defaultViewState();
  const v = p.get('v');
  const intParam = (k: string, lo: number, hi: number): number | undefined => {
    const raw = p.get(k);
    if (raw === null || !/^\d+$/.test(raw)) return undefined;
    const n = Number(raw);
    return n >= lo && n <= hi ? n : undefined;
  };
  if (v === 'overview') {
    const limit = intParam('limit', 1, 100_000);
    s.source = limit === undefined ? { kind: 'overview' } : { kind: 'overview', limit };
  } else if (v === 'node' && p.get('id')) {
    s.source = { kind: 'node', id: p.get('id')!, depth: intParam('depth', 1, 3) ?? 1 };
  } else if (v === 'query' && p.get('q')) {
    const params: Record<string, string> = {};
    for (const [k, val] of p) if (k.startsWith('p.') && k.length > 2) params[k.slice(2)] = val;
    s.source = { kind: 'query', id: p.get('q')!, params };
  } else if (v === 'cypher' && p.get('cypher')) {
    s.source = { kind: 'cypher', query: p.get('cypher')! };
  }
  const focus = p.get('focus');
  if (focus) s.focus = focus;
  s.expanded = uniq(p.getAll('expand'));
  s.hiddenNodes = uniq(p.getAll('hide'));
  s.pinned = uniq(p.getAll('pin'));
  s.hiddenTypes = uniq(p.getAll('xt'));
  s.hiddenLabels = uniq(p.getAll('xl'));
  const pa = p.get('pa');
  const pb = p.get('pb');
  if (pa && pb) s.paths = { from: pa, to: pb };
  const t = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(p.get('t') ?? '');
  if (t && MONTH.test(t[1]!) && MONTH.test(t[2]!) && t[1]! <= t[2]!) s.window = { from: t[1]!, to: t[2]! };
  if (p.get('fit') === '1') s.refit = true;
  const layout = p.get('layout');
  if (isLayoutName(layout)) s.layout = layout;
  const lang = p.get('lang');
  if (LANGS.includes(lang as Lang)) s.lang = lang as Lang;
  const renderer = p.get('renderer');
  if (renderer === 'canvas' || renderer === 'webgl') s.renderer = renderer;
  return s;
}

/** The source's identity, to tell "same data, different filters" from "new data". */
export const sourceKey = (src: ViewSource): string => JSON.stringify(src);
