/**
 * Connection finder: two node pickers (type-ahead, or "use selected"), then the shortest paths between them
 * from /api/graph/paths, listed here and highlighted in the scene.
 */
import { formatDate } from './dates.ts';
import { h } from './dom.ts';
import { relationName, statusName, t, type Lang } from './i18n.ts';
import type { ApiEdge } from './api-types.ts';
import { attachTypeahead } from './search.ts';

export interface PathsHandlers {
  find: (from: string, to: string) => void;
  selectedNode: () => { id: string; name: string } | undefined;
  lang: () => Lang;
}

/** One step of a path as read: the relationship, which way it really points, and what tells it apart. */
export interface PathStep {
  type: string;
  /** True when the relationship points from the earlier node to the later one. */
  forward: boolean;
  /** One entry per variant of this step among paths that read the same (empty strings when nothing to tell). */
  variants: string[];
}

export interface PathView {
  names: string[];
  steps: PathStep[];
  /** How many of the server's paths this one stands for. */
  count: number;
}

/** Relationship properties that tell parallel relationships apart (membership kind, role, title, since when). */
function edgeDetail(e: ApiEdge | undefined, lang: Lang): string {
  if (!e) return '';
  const p = e.properties;
  const parts: string[] = [];
  for (const key of ['role', 'status', 'kind', 'title']) {
    // In Arabic a key's Arabic twin (roleAr, titleAr) stands in for it where the facts give one.
    const twin = lang === 'ar' ? p[`${key}Ar`] : undefined;
    const v = typeof twin === 'string' && twin ? twin : p[key];
    if (typeof v === 'string' && v) parts.push(key === 'status' || key === 'kind' ? statusName(v, lang) : v);
  }
  const since = formatDate(p.since, p.sincePrecision, lang);
  if (since) parts.push(`${t('since', lang)} ${since}`);
  return parts.join(', ');
}

/**
 * The server's paths as they read: each step in its true direction, and paths that would read the same (same
 * nodes, same types, same directions) shown once, with the steps where they differ listing their variants.
 */
export function readPaths(paths: { nodes: string[]; edges: string[] }[], edges: ReadonlyMap<string, ApiEdge>, name: (id: string) => string, lang: Lang): PathView[] {
  const groups = new Map<string, { names: string[]; types: string[]; forward: boolean[]; details: string[][] }>();
  for (const p of paths) {
    const types = p.edges.map((id) => edges.get(id)?.type ?? '');
    const forward = p.edges.map((id, i) => (edges.get(id)?.source ?? p.nodes[i]) === p.nodes[i]);
    const key = JSON.stringify([p.nodes, types, forward]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { names: p.nodes.map(name), types, forward, details: types.map(() => []) }));
    p.edges.forEach((id, i) => {
      g.details[i]!.push(edgeDetail(edges.get(id), lang));
    });
  }
  return [...groups.values()].map((g) => ({
    names: g.names,
    count: g.details[0]?.length ?? 1,
    steps: g.types.map((type, i) => {
      const all = g.details[i]!;
      // Sorted: the order Neo4j finds parallel paths in follows how the graph was written, not anything a reader sees.
      const distinct = [...new Set(all)].sort((a, b) => a.localeCompare(b, lang));
      // A step that is the same in every variant shows its detail once; one that differs lists each variant.
      return { type, forward: g.forward[i]!, variants: distinct.length === 1 ? [distinct[0]!] : distinct };
    }),
  }));
}

export class PathsPanel {
  readonly fromInput = h('input', { type: 'text', class: 'path-input', data: { end: 'from' }, autocomplete: 'off' }) as HTMLInputElement;
  readonly toInput = h('input', { type: 'text', class: 'path-input', data: { end: 'to' }, autocomplete: 'off' }) as HTMLInputElement;
  private findBtn = h('button', { type: 'button', class: 'btn primary', data: { action: 'find-paths' } });
  private out = h('div', { class: 'paths-out', role: 'status' });
  private labels: HTMLElement[] = [];
  private useBtns: HTMLButtonElement[] = [];

  constructor(
    host: HTMLElement,
    private readonly on: PathsHandlers,
  ) {
    const row = (end: 'from' | 'to', input: HTMLInputElement) => {
      const label = h('span', { class: 'param-name' });
      const use = h('button', { type: 'button', class: 'btn small' }) as HTMLButtonElement;
      use.addEventListener('click', () => {
        const sel = this.on.selectedNode();
        if (sel) this.set(end, sel.id, sel.name);
      });
      this.labels.push(label);
      this.useBtns.push(use);
      const wrap = h('div', { class: 'picker' }, input);
      attachTypeahead(input, { onPick: () => undefined, lang: on.lang, keepText: true });
      return h('div', { class: 'param-row' }, label, wrap, use);
    };
    this.findBtn.addEventListener('click', () => {
      const a = this.fromInput.dataset.nodeId;
      const b = this.toInput.dataset.nodeId;
      if (!a || !b) {
        this.out.textContent = t('pickTwoFirst', this.on.lang());
        return;
      }
      this.on.find(a, b);
    });
    host.replaceChildren(row('from', this.fromInput), row('to', this.toInput), this.findBtn, this.out);
    this.relabel();
  }

  set(end: 'from' | 'to', id: string, name: string): void {
    const input = end === 'from' ? this.fromInput : this.toInput;
    input.value = name;
    input.dataset.nodeId = id;
  }

  relabel(): void {
    const lang = this.on.lang();
    this.labels[0]!.textContent = t('from', lang);
    this.labels[1]!.textContent = t('to', lang);
    for (const b of this.useBtns) b.textContent = t('useSelected', lang);
    this.findBtn.textContent = t('findPaths', lang);
    this.fromInput.placeholder = this.toInput.placeholder = t('typeAName', lang);
  }

  /** Lists the paths as chains: name —relationship→ name, or name ←relationship— name when it points back. */
  showPaths(paths: PathView[], lang: Lang, total = paths.length): void {
    if (!paths.length) {
      this.out.replaceChildren(h('p', { class: 'muted' }, t('noPath', lang)));
      return;
    }
    this.out.replaceChildren(
      h('p', { class: 'small', data: { paths: String(total), distinct: String(paths.length) } }, `${total} ${t('pathsFound', lang)}`),
      h(
        'ol',
        { class: 'path-list' },
        ...paths.map((p) =>
          h(
            'li',
            { data: { variants: String(p.count) } },
            ...p.names.flatMap((name, i) => {
              const step = p.steps[i];
              if (!step) return [h('span', { class: 'path-node', dir: 'auto' }, name)];
              const rel = relationName(step.type, lang);
              const detail = step.variants.filter(Boolean);
              const label = detail.length ? `${rel} (${detail.join(' | ')})` : rel;
              return [
                h('span', { class: 'path-node', dir: 'auto' }, name),
                h('span', { class: 'path-rel', data: { forward: String(step.forward), variants: String(step.variants.length) } }, step.forward ? ` —${label}→ ` : ` ←${label}— `),
              ];
            }),
            p.count > 1 ? h('div', { class: 'muted small path-variants' }, `${p.count} ${t('pathVariants', lang)}`) : null,
          ),
        ),
      ),
    );
  }

  showError(text: string): void {
    this.out.replaceChildren(h('p', { class: 'error' }, text));
  }
}
