/**
 * The table beside the graph: what is on screen (one row per shown node) or the agreements (agreement, kind,
 * date, status, parties with their roles, overseers, sources). Sortable by any column, filtered by a text,
 * downloadable as CSV. A row selects its node in the scene; the scene's selection marks its row.
 */
import { api } from './api.ts';
import { formatDate } from './dates.ts';
import { download, h } from './dom.ts';
import { kindName, labelName, roleName, statusName, t, type Lang, type UiKey } from './i18n.ts';
import type { AgreementRow } from './api-types.ts';

export interface TableRowsSource {
  /** The shown nodes, for the "on screen" table. */
  shownNodes: (lang: Lang) => { id: string; name: string; primary: string; kind?: string; status?: string; date?: string; datePrecision?: string }[];
  select: (id: string) => void;
  lang: () => Lang;
}

type Tab = 'screen' | 'agreements';
interface Table {
  columns: UiKey[];
  rows: { id: string; cells: string[] }[];
}

/** RFC 4180 quoting; a BOM so spreadsheet programs read the Arabic as UTF-8. */
export function toCsv(columns: string[], rows: string[][]): string {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `\uFEFF${[columns, ...rows].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
}

export class TableView {
  readonly element = h('section', { class: 'table-view', hidden: true, data: { tab: 'screen' } });
  private tab: Tab = 'screen';
  private sort: { col: number; dir: 1 | -1 } = { col: 0, dir: 1 };
  private filter = '';
  private selected: string | undefined;
  private agreements: AgreementRow[] | undefined;
  private current: Table = { columns: [], rows: [] };

  constructor(private readonly src: TableRowsSource) {}

  get shown(): boolean {
    return !this.element.hidden;
  }

  toggle(show = !this.shown): void {
    this.element.hidden = !show;
    if (show) void this.refresh();
  }

  setSelected(id: string | undefined): void {
    this.selected = id;
    for (const tr of this.element.querySelectorAll<HTMLElement>('tbody tr')) tr.classList.toggle('selected', tr.dataset.id === id);
    this.element.querySelector<HTMLElement>(`tbody tr[data-id="${CSS.escape(id ?? '')}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  async refresh(): Promise<void> {
    if (!this.shown) return;
    if (this.tab === 'agreements' && !this.agreements) this.agreements = await api.agreementRows().catch(() => []);
    this.render();
  }

  private build(lang: Lang): Table {
    const date = (d: unknown, p: unknown) => formatDate(d as never, p as never, lang) ?? '';
    const name = (l: { name?: string | null; nameAr?: string | null; id: string }) => (lang === 'ar' ? (l.nameAr ?? l.name) : (l.name ?? l.nameAr)) ?? l.id;
    if (this.tab === 'screen')
      return {
        columns: ['colName', 'colType', 'colStatus', 'date'],
        rows: this.src.shownNodes(lang).map((n) => ({
          id: n.id,
          cells: [n.name, labelName(n.primary, lang) + (n.kind ? ` · ${kindName(n.kind, lang)}` : ''), n.status ? statusName(n.status, lang) : '', date(n.date, n.datePrecision)],
        })),
      };
    return {
      columns: ['colAgreement', 'colKind', 'date', 'colStatus', 'parties', 'overseers', 'sources'],
      rows: (this.agreements ?? []).map((r) => ({
        id: r.id,
        cells: [
          name(r),
          r.kind ? kindName(r.kind, lang) : '',
          date(r.date, r.datePrecision),
          r.status ? statusName(r.status, lang) : '',
          ...[r.parties, r.overseers].map((links) => links.map((p) => (roleName(p, lang) ? `${name(p)} (${roleName(p, lang)})` : name(p))).join(t('citeSeparator', lang))),
          r.sources.map((s) => s.publication ?? s.name ?? s.id).join(t('citeSeparator', lang)),
        ],
      })),
    };
  }

  private visibleRows(): { id: string; cells: string[] }[] {
    const f = this.filter.trim().toLowerCase();
    const rows = f ? this.current.rows.filter((r) => r.cells.some((c) => c.toLowerCase().includes(f))) : [...this.current.rows];
    const { col, dir } = this.sort;
    return rows.sort((a, b) => dir * (a.cells[col] ?? '').localeCompare(b.cells[col] ?? '', undefined, { numeric: true }) || (a.id < b.id ? -1 : 1));
  }

  private render(): void {
    const lang = this.src.lang();
    this.current = this.build(lang);
    const rows = this.visibleRows();
    const tabBtn = (tab: Tab, key: UiKey) =>
      h('button', { type: 'button', class: `btn small${this.tab === tab ? ' primary' : ''}`, data: { tableTab: tab }, aria: { pressed: String(this.tab === tab) }, on: { click: () => { this.tab = tab; this.sort = { col: 0, dir: 1 }; void this.refresh(); } } }, t(key, lang));
    const filter = h('input', { type: 'search', class: 'table-filter', placeholder: t('filterRows', lang), aria: { label: t('filterRows', lang) }, value: this.filter }) as HTMLInputElement;
    filter.addEventListener('input', () => {
      this.filter = filter.value;
      this.renderBody();
    });
    const csv = h('button', { type: 'button', class: 'btn small', data: { action: 'csv' }, on: { click: () => this.downloadCsv() } }, t('csv', lang));
    const close = h('button', { type: 'button', class: 'btn small', aria: { label: t('close', lang) }, on: { click: () => this.toggle(false) } }, '×');
    const head = h(
      'tr',
      {},
      ...this.current.columns.map((c, i) =>
        h('th', { aria: { sort: this.sort.col === i ? (this.sort.dir === 1 ? 'ascending' : 'descending') : 'none' } }, h('button', { type: 'button', class: 'th-sort', on: { click: () => { this.sort = { col: i, dir: this.sort.col === i ? ((-this.sort.dir) as 1 | -1) : 1 }; this.render(); } } }, t(c, lang), this.sort.col === i ? (this.sort.dir === 1 ? ' ▲' : ' ▼') : '')),
      ),
    );
    this.element.dataset.tab = this.tab;
    this.element.replaceChildren(
      h('div', { class: 'table-bar' }, tabBtn('screen', 'onScreen'), tabBtn('agreements', 'agreementsTable'), filter, h('span', { class: 'muted small table-count' }, `${rows.length} ${t('rows', lang)}`), csv, close),
      h('div', { class: 'table-scroll' }, h('table', { class: 'results-table' }, h('thead', {}, head), h('tbody', {}))),
    );
    this.renderBody();
  }

  private renderBody(): void {
    const rows = this.visibleRows();
    const body = this.element.querySelector('tbody');
    const count = this.element.querySelector('.table-count');
    if (count) count.textContent = `${rows.length} ${t('rows', this.src.lang())}`;
    body?.replaceChildren(
      ...rows.map((r) => h('tr', { data: { id: r.id }, class: r.id === this.selected ? 'selected' : undefined, on: { click: () => this.src.select(r.id) } }, ...r.cells.map((c) => h('td', { dir: 'auto' }, c)))),
    );
  }

  private downloadCsv(): void {
    const lang = this.src.lang();
    const text = toCsv(this.current.columns.map((c) => t(c, lang)), this.visibleRows().map((r) => r.cells));
    download(new Blob([text], { type: 'text/csv;charset=utf-8' }), `kg-explorer-${this.tab}.csv`);
  }
}
