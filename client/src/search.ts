/**
 * Type-ahead over /api/search, in Arabic or Latin script. Used by the top search box, the connection
 * finder and nodeId parameters. Keyboard: ↑/↓ to move, Enter to pick, Esc to close.
 */
import { api } from './api.ts';
import { arabic, debounce, h } from './dom.ts';
import { primaryLabel } from './graph-mapping.ts';
import { errorText, labelName, t, type Lang } from './i18n.ts';
import { shapeIcon } from './shape-icon.ts';
import { lookFor } from './style.ts';
import type { SearchHit } from './api-types.ts';

export interface TypeaheadOptions {
  onPick: (hit: SearchHit) => void;
  lang: () => Lang;
  /** Keep the picked name in the input (pickers) or clear it (the top search box). */
  keepText?: boolean;
  limit?: number;
}

/** A coloured mark with the label's shape hint, so results are told apart by more than colour. */
export function swatch(labels: string[], kind?: string): HTMLElement {
  const primary = primaryLabel(labels);
  const look = lookFor(primary, kind);
  return h('span', { class: 'swatch', title: primary }, shapeIcon(look.shape, look.color, { size: 16 }));
}

export function attachTypeahead(input: HTMLInputElement, opts: TypeaheadOptions): void {
  const list = h('ul', { class: 'typeahead', role: 'listbox', hidden: true });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.dir = 'auto';
  input.insertAdjacentElement('afterend', list);
  let hits: SearchHit[] = [];
  let active = -1;
  let ctrl: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    close();
    if (opts.keepText) {
      input.value = hit.name ?? hit.nameAr ?? hit.id;
      input.dataset.nodeId = hit.id;
    } else {
      input.value = '';
      delete input.dataset.nodeId;
    }
    opts.onPick(hit);
  };
  const render = () => {
    list.replaceChildren();
    if (!hits.length) {
      list.append(h('li', { class: 'typeahead-empty' }, t('noMatch', opts.lang())));
    }
    hits.forEach((hit, i) => {
      const li = h(
        'li',
        { role: 'option', class: i === active ? 'active' : '', data: { id: hit.id }, aria: { selected: String(i === active) } },
        swatch(hit.labels),
        h('span', { class: 'hit-names' }, hit.name ? h('span', { class: 'hit-en', dir: 'auto' }, hit.name) : null, hit.nameAr ? arabic(hit.nameAr, 'hit-ar') : null),
        h('span', { class: 'hit-label' }, labelName(primaryLabel(hit.labels), opts.lang())),
      );
      // mousedown, not click: it fires before the input's blur closes the list.
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(hit);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const query = debounce(async (q: string) => {
    ctrl?.abort();
    if (q.trim().length < 2) {
      hits = [];
      close();
      return;
    }
    ctrl = new AbortController();
    try {
      hits = await api.search(q.trim(), { limit: opts.limit ?? 10 }, ctrl.signal);
      active = hits.length ? 0 : -1;
      if (document.activeElement === input) render();
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      hits = [];
      list.replaceChildren(h('li', { class: 'typeahead-empty error' }, errorText(err, opts.lang())));
      list.hidden = false;
    }
  }, 160);

  input.addEventListener('input', () => {
    delete input.dataset.nodeId;
    query(input.value);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      if (!list.hidden && hits[active]) {
        ev.preventDefault();
        pick(hits[active]!);
      }
    } else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  input.addEventListener('focus', () => {
    if (hits.length && input.value.trim().length >= 2) render();
  });
}
