/**
 * Saved queries: the list with descriptions; choosing one shows a form generated from its typed parameters;
 * running it hands the typed values to the app, which draws the graph and the table.
 */
import { api, ApiError } from './api.ts';
import { h } from './dom.ts';
import { errorText, statusName, t, type Lang } from './i18n.ts';
import type { QueryParamType } from './api-types.ts';
import { coerceParams, fieldSpecs, renderParamForm, showParamErrors, type FieldSpec } from './param-form.ts';
import type { SavedQuery } from './api-types.ts';

export interface QueriesHandlers {
  run: (query: SavedQuery, raw: Record<string, string>, values: Record<string, string | number | boolean>) => void;
  attachNodePicker: (input: HTMLInputElement) => void;
  nodeName: (id: string) => Promise<string | undefined>;
  lang: () => Lang;
}

/** A saved query's title and description in the interface language (Arabic from its // @title:ar …). */
export const queryTitle = (q: SavedQuery, lang: Lang): string => (lang === 'ar' && q.titleAr ? q.titleAr : q.title);
export const queryDescription = (q: SavedQuery, lang: Lang): string => (lang === 'ar' && q.descriptionAr ? q.descriptionAr : q.description);

function arabicHints(): Partial<Record<QueryParamType, string>> {
  return { string: t('hintString', 'ar'), int: t('hintInt', 'ar'), float: t('hintFloat', 'ar'), boolean: t('hintBoolean', 'ar'), date: t('hintDate', 'ar'), nodeId: t('hintNodeId', 'ar'), enum: t('hintEnum', 'ar') };
}

/** The form's fields in the interface language: labels, hints, and enum values named as statuses are. */
export function querySpecs(q: SavedQuery, lang: Lang): FieldSpec[] {
  const common = { optionLabel: (v: string) => statusName(v, lang), anyLabel: t('paramAny', lang) };
  return fieldSpecs(q.params, lang === 'ar' ? { ...common, labels: q.paramLabelsAr ?? {}, hints: arabicHints() } : common);
}

/** The field named by a server error (details.issues[].path "params.<name>"), with its message. */
function fieldErrors(err: unknown): Record<string, string> {
  const issues = err instanceof ApiError ? (err.details as { issues?: { path?: unknown; message?: unknown }[] } | undefined)?.issues : undefined;
  const out: Record<string, string> = {};
  for (const i of issues ?? []) {
    const m = typeof i.path === 'string' ? /^params\.(.+)$/.exec(i.path) : null;
    if (m && typeof i.message === 'string') out[m[1]!] ??= i.message;
  }
  return out;
}

export class QueriesPanel {
  private queries: SavedQuery[] = [];
  private selected: string | undefined;
  private list = h('ul', { class: 'query-list' });
  /** The open query's form; it sits under that query in the list. */
  private form = h('div', { class: 'query-form' });
  private readForm: (() => Record<string, string>) | undefined;
  private status = h('div', { class: 'query-status small', role: 'status' });

  constructor(
    private readonly host: HTMLElement,
    private readonly on: QueriesHandlers,
  ) {
    host.replaceChildren(this.status, this.list);
  }

  async load(): Promise<void> {
    this.status.textContent = t('loading', this.on.lang());
    try {
      this.queries = await api.queries();
      this.status.textContent = '';
    } catch (err) {
      this.status.textContent = errorText(err, this.on.lang());
      this.status.className = 'query-status small error';
    }
    this.renderList();
  }

  private renderList(): void {
    this.list.replaceChildren(
      ...this.queries.map((q) =>
        h(
          'li',
          { class: q.id === this.selected ? 'selected' : '', data: { queryId: q.id } },
          h(
            'button',
            { type: 'button', class: 'query-item', aria: { expanded: String(q.id === this.selected) }, on: { click: () => this.select(q.id) } },
            h('strong', {}, queryTitle(q, this.on.lang())),
            queryDescription(q, this.on.lang()) ? h('span', { class: 'muted small' }, queryDescription(q, this.on.lang())) : null,
            // Code, not prose: left to right in either interface.
            q.params.length ? h('span', { class: 'params-hint small', dir: 'ltr' }, q.params.map((p) => `$${p.name}: ${p.type}`).join(', ')) : null,
          ),
          q.id === this.selected ? this.form : null,
        ),
      ),
    );
  }

  /** Opens a query's form, prefilled with `initial` (from a deep link) over its defaults. */
  select(id: string, initial: Record<string, string> = {}): SavedQuery | undefined {
    const q = this.queries.find((x) => x.id === id);
    if (!q) return undefined;
    this.selected = id;
    this.renderList();
    this.list.querySelector('li.selected')?.scrollIntoView({ block: 'nearest' });
    const lang = this.on.lang();
    const specs = querySpecs(q, lang);
    const body = h('div', {});
    this.form.replaceChildren(body);
    this.readForm = renderParamForm(body, specs, initial, {
      attachNodePicker: this.on.attachNodePicker,
      nodeName: this.on.nodeName,
      runLabel: t('run', this.on.lang()),
      onSubmit: (raw) => {
        const c = coerceParams(specs, raw, this.on.lang());
        // Nothing is sent while a field is wrong: the error shows under it and the focus goes there.
        if (!c.ok) return void showParamErrors(body, c.errors);
        showParamErrors(body, {});
        // The link carries numbers as the API reads them (Arabic-Indic digits converted).
        const link = { ...raw };
        for (const f of specs) if (f.input === 'number' && typeof c.values[f.name] === 'number') link[f.name] = String(c.values[f.name]);
        this.on.run(q, link, c.values);
      },
    });
    return q;
  }

  /** Errors by field on the open form (a deep link's bad value, a server refusal naming the parameter). */
  showFieldErrors(errors: Readonly<Record<string, string>>, opts: { focus?: boolean } = {}): boolean {
    return Boolean(Object.keys(errors).length && showParamErrors(this.form, errors, opts));
  }

  /** After a change of language: the list and the open form (keeping what was typed) in the new one. */
  relabel(): void {
    if (this.selected && this.readForm) this.select(this.selected, this.readForm());
    else this.renderList();
  }

  /** Shows a server-side error next to the form, naming the parameter when the server did. */
  showError(err: unknown): void {
    // A parameter the server named: the message goes under that field, not to the top of the list.
    if (this.showFieldErrors(fieldErrors(err))) {
      this.status.textContent = '';
      return;
    }
    this.status.className = 'query-status small error';
    this.status.textContent = errorText(err, this.on.lang());
  }

  showInfo(text: string): void {
    this.status.className = 'query-status small';
    this.status.textContent = text;
  }

  byId(id: string): SavedQuery | undefined {
    return this.queries.find((q) => q.id === id);
  }
}
