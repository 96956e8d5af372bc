/**
 * Connection finder: two node pickers (type-ahead, or "use selected"), then the shortest paths between them
 * from /api/graph/paths, listed here and highlighted in the scene.
 */
import { h } from './dom.ts';
import { t, type Lang } from './i18n.ts';
import { attachTypeahead } from './search.ts';

export interface PathsHandlers {
  find: (from: string, to: string) => void;
  selectedNode: () => { id: string; name: string } | undefined;
  lang: () => Lang;
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

  /** Lists the paths as chains: name —relationship→ name … */
  showPaths(paths: { names: string[]; rels: string[] }[], lang: Lang): void {
    if (!paths.length) {
      this.out.replaceChildren(h('p', { class: 'muted' }, t('noPath', lang)));
      return;
    }
    const arrow = t('arrow', lang);
    this.out.replaceChildren(
      h('p', { class: 'small', data: { paths: String(paths.length) } }, `${paths.length} ${t('pathsFound', lang)}`),
      h(
        'ol',
        { class: 'path-list' },
        ...paths.map((p) =>
          h(
            'li',
            {},
            ...p.names.flatMap((name, i) => [
              h('span', { class: 'path-node', dir: 'auto' }, name),
              i < p.rels.length ? h('span', { class: 'path-rel' }, ` ${p.rels[i]} ${arrow} `) : null,
            ]),
          ),
        ),
      ),
    );
  }

  showError(text: string): void {
    this.out.replaceChildren(h('p', { class: 'error' }, text));
  }
}
