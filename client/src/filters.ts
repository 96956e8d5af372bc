/**
 * Filters (node labels and relationship types in the scene, with counts) and the legend. Counts are of what
 * the timeline window leaves in the scene, before the label and type filters, so switching a type off never
 * makes it vanish from the list (Scene.counts).
 */
import { h } from './dom.ts';
import { formatNumber } from './results.ts';
import { kindName, labelName, relationName, statusName, t, type Lang } from './i18n.ts';
import { shapeIcon } from './shape-icon.ts';
import { LOOKS, STATUS_LOOKS, lookFor } from './style.ts';

export interface SceneCounts {
  labels: Map<string, number>;
  types: Map<string, number>;
  /** label/kind pairs present, for the legend. */
  looks: Set<string>;
  statuses: Set<string>;
}

export interface FilterHandlers {
  toggle: (what: 'label' | 'type', name: string, visible: boolean) => void;
  setAll: (what: 'label' | 'type', visible: boolean) => void;
}

function group(title: string, what: 'label' | 'type', entries: [string, number][], hidden: ReadonlySet<string>, lang: Lang, on: FilterHandlers): HTMLElement {
  const list = h('ul', { class: 'filter-list', data: { filter: what } });
  for (const [name, count] of entries) {
    const box = h('input', { type: 'checkbox', data: { name } }) as HTMLInputElement;
    box.checked = !hidden.has(name);
    box.addEventListener('change', () => on.toggle(what, name, box.checked));
    const look = what === 'label' ? lookFor(name) : undefined;
    list.append(
      h(
        'li',
        {},
        h(
          'label',
          {},
          box,
          look ? shapeIcon(look.shape, look.color, { size: 14 }) : h('span', { class: 'edge-swatch', aria: { hidden: 'true' } }),
          h('span', { class: 'f-name', title: name }, what === 'label' ? labelName(name, lang) : relationName(name, lang)),
          h('span', { class: `count${count === 0 ? ' zero' : ''}`, data: { count: String(count) } }, formatNumber(count, lang)),
        ),
      ),
    );
  }
  const all = h('button', { type: 'button', class: 'link-btn', on: { click: () => on.setAll(what, true) } }, t('filterAll', lang));
  const none = h('button', { type: 'button', class: 'link-btn', on: { click: () => on.setAll(what, false) } }, t('filterNone', lang));
  return h('section', { class: 'filter-group' }, h('h3', {}, title, h('span', { class: 'filter-all' }, all, ' · ', none)), list);
}

export function renderFilters(host: HTMLElement, counts: SceneCounts, hidden: { labels: ReadonlySet<string>; types: ReadonlySet<string> }, lang: Lang, on: FilterHandlers): void {
  const byCount = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (counts.labels.size === 0) {
    host.replaceChildren(h('p', { class: 'filters-empty small' }, t('emptyScene', lang)));
    return;
  }
  host.replaceChildren(
    group(t('nodeTypes', lang), 'label', byCount(counts.labels), hidden.labels, lang, on),
    group(t('relTypes', lang), 'type', byCount(counts.types), hidden.types, lang, on),
  );
}

/** The legend: the shapes and colours present in the scene, and agreement status borders. */
export function renderLegend(host: HTMLElement, counts: SceneCounts, lang: Lang): void {
  const items: HTMLElement[] = [];
  for (const look of LOOKS) {
    if (!counts.looks.has(look.key)) continue;
    const text = look.kind ? `${labelName(look.label, lang)} · ${kindName(look.kind, lang)}` : labelName(look.label, lang);
    items.push(h('li', { data: { look: look.key } }, shapeIcon(look.shape, look.color, { size: 14 }), h('span', {}, text)));
  }
  for (const s of STATUS_LOOKS) {
    if (!counts.statuses.has(s.status)) continue;
    items.push(h('li', { class: 'legend-status', data: { status: s.status } }, shapeIcon('diamond', '#d97706', { size: 14, border: s.border }), h('span', {}, `${labelName('Agreement', lang)}: ${statusName(s.status, lang)}`)));
  }
  host.replaceChildren(h('h3', {}, t('legend', lang)), h('ul', {}, ...items));
  host.hidden = items.length === 0;
}
