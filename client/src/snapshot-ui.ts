/**
 * The Snapshot button of the top bar (#snapshot-slot): freezes the current view (view-capture.ts), asks for a
 * title, stores it with POST /api/snapshots, and shows copy-ready snippets — Markdown image, HTML <img>,
 * <iframe>, and the link that reopens the snapshot in the explorer (/?snapshot=<id>, see openSnapshotInScene).
 * When the server wants a token (API_TOKEN), the dialog asks for it and keeps it for the browser session.
 */
import './snapshot.css';
import { api, ApiError } from './api.ts';
import { h } from './dom.ts';
import { pageDir, t, type Lang, type UiKey } from './i18n.ts';
import type { Scene } from './scene/scene.ts';
import { fitSavedViewport, snapshotElements } from './snapshot-draw.ts';
import type { Snapshot, SnapshotCreated, SnapshotRequest } from './api-types.ts';
import type { FrozenView } from './api-types.ts';

const TOKEN_KEY = 'kgx.apiToken';

/** What the snapshot button needs of the scene. */
export interface SnapshotScene {
  isEmpty(): boolean;
  canvasSize(): { width: number; height: number };
  highlighted(): { nodes: string[]; edges: string[] } | undefined;
}

export interface SnapshotDeps {
  scene: SnapshotScene;
  view: () => FrozenView;
  lang: () => Lang;
  /** A short note in the status bar. */
  note: (text: string) => void;
}

/** The request body of POST /api/snapshots for what is on screen now. */
export function snapshotRequest(scene: SnapshotScene, view: FrozenView, title: string): SnapshotRequest {
  const { width, height } = scene.canvasSize();
  const highlight = scene.highlighted();
  return { title, view, width: Math.max(50, Math.round(width)), height: Math.max(50, Math.round(height)), ...(highlight ? { highlight } : {}) };
}

/** Markdown, HTML and link snippets; the title goes into them escaped for each syntax. */
export function snippets(created: Pick<SnapshotCreated, 'title' | 'urls'>, size?: { width: number; height: number }) {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const md = (s: string) => s.replace(/([\\[\]])/g, '\\$1').replace(/\s+/g, ' ');
  const { urls, title } = created;
  const w = size ? Math.min(960, size.width) : 800;
  const hgt = size ? Math.round((w / size.width) * size.height) + 90 : 600;
  return {
    markdown: `![${md(title)}](${urls.png})`,
    html: `<img src="${attr(urls.png)}" alt="${attr(title)}">`,
    iframe: `<iframe src="${attr(urls.embed)}" title="${attr(title)}" width="${w}" height="${hgt}" style="border:1px solid #e2e8f0" loading="lazy"></iframe>`,
    link: urls.explorer,
  };
}

export function wireSnapshotButton(slot: HTMLElement, deps: SnapshotDeps): void {
  const tr = (k: UiKey) => t(k, deps.lang());
  const button = h('button', { type: 'button', class: 'btn', id: 'btn-snapshot', title: tr('snapshotHeading') }, tr('snapshot'));
  slot.replaceChildren(button);
  // The top bar's texts follow the language: relabel when the page's language changes.
  new MutationObserver(() => {
    button.textContent = tr('snapshot');
    button.title = tr('snapshotHeading');
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  button.addEventListener('click', () => open());

  function open(): void {
    const scene = deps.scene;
    if (scene.isEmpty()) {
      deps.note(tr('snapshotEmpty'));
      return;
    }
    // Frozen now: whatever happens on screen while the title is typed does not change the snapshot.
    const view = deps.view();
    const request = (title: string) => snapshotRequest(scene, view, title);
    const dialog = h('dialog', { class: 'snapshot-dialog', id: 'snapshot-dialog', dir: pageDir(deps.lang()) });
    const titleInput = h('input', { type: 'text', id: 'snapshot-title', maxlength: '300', required: true, value: suggestTitle(view, deps.lang()) });
    const tokenInput = h('input', { type: 'password', id: 'snapshot-token', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) ?? '' });
    const tokenField = h('label', { class: 'field-block', hidden: true }, h('span', {}, tr('snapshotToken')), tokenInput);
    const error = h('p', { class: 'snapshot-error', role: 'alert', hidden: true });
    const save = h('button', { type: 'submit', class: 'btn primary', id: 'snapshot-save' }, tr('snapshotSave'));
    const cancel = h('button', { type: 'button', class: 'btn', on: { click: () => dialog.close() } }, tr('cancel'));
    const form = h(
      'form',
      { method: 'dialog', class: 'snapshot-form' },
      h('h2', {}, tr('snapshotHeading')),
      h('p', { class: 'muted small' }, tr('snapshotExplain')),
      h('label', { class: 'field-block' }, h('span', {}, tr('snapshotTitle')), titleInput),
      tokenField,
      error,
      h('div', { class: 'snapshot-actions' }, cancel, save),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void submit();
    });
    dialog.append(form);
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
    titleInput.select();

    async function submit(): Promise<void> {
      const title = titleInput.value.trim();
      if (!title) return titleInput.focus();
      save.disabled = true;
      save.textContent = tr('snapshotSaving');
      error.hidden = true;
      const token = tokenInput.value.trim() || undefined;
      try {
        const created = await api.createSnapshot(request(title), token);
        if (token) sessionStorage.setItem(TOKEN_KEY, token);
        const size = scene.canvasSize();
        showSnippets(dialog, created, { width: Math.round(size.width), height: Math.round(size.height) });
        deps.note(`${tr('snapshotSaved')}: ${created.id}`);
      } catch (err) {
        const e = err instanceof ApiError ? err : new ApiError(0, 'error', String(err));
        if (e.status === 401) {
          tokenField.hidden = false;
          tokenInput.focus();
        }
        error.textContent = e.message;
        error.hidden = false;
        save.disabled = false;
        save.textContent = tr('snapshotSave');
      }
    }
  }

  function showSnippets(dialog: HTMLDialogElement, created: SnapshotCreated, size: { width: number; height: number }): void {
    const s = snippets(created, size);
    const row = (key: 'markdown' | 'html' | 'iframe' | 'link', label: string) => {
      const box = h('textarea', { readonly: true, rows: key === 'iframe' ? '3' : '2', spellcheck: 'false', dir: 'ltr', data: { snippet: key } });
      box.value = s[key];
      const copy = h('button', { type: 'button', class: 'btn small' }, tr('copy'));
      copy.addEventListener('click', () => {
        box.select();
        void navigator.clipboard?.writeText(box.value).then(
          () => (copy.textContent = tr('copied')),
          () => document.execCommand('copy'),
        );
      });
      return h('div', { class: 'snippet' }, h('div', { class: 'snippet-head' }, h('span', {}, label), copy), box);
    };
    const preview = h('a', { href: created.urls.png, target: '_blank', rel: 'noopener', class: 'snapshot-preview' }, h('img', { src: created.urls.png, alt: created.title, loading: 'lazy' }));
    const close = h('button', { type: 'button', class: 'btn primary', on: { click: () => dialog.close() } }, tr('close'));
    const body = h(
      'div',
      { class: 'snapshot-form', data: { snapshotId: created.id } },
      h('h2', {}, `${tr('snapshotSaved')} · `, h('a', { href: created.urls.embed, target: '_blank', rel: 'noopener' }, created.title)),
      preview,
      row('markdown', tr('snippetMarkdown')),
      row('html', tr('snippetHtml')),
      row('iframe', tr('snippetIframe')),
      row('link', tr('snippetLink')),
      h('div', { class: 'snapshot-actions' }, close),
    );
    dialog.replaceChildren(body);
  }
}

/** A first title: what the view shows, and the day. */
function suggestTitle(view: FrozenView, lang: Lang): string {
  const src = view.state.source;
  const day = view.capturedAt.slice(0, 10);
  const what =
    src.kind === 'agreements'
      ? t('agreementsView', lang)
      : src.kind === 'overview'
        ? t('overview', lang)
        : src.kind === 'node'
          ? (view.graph.nodes.find((n) => n.id === src.id)?.properties[lang === 'ar' ? 'nameAr' : 'name'] as string | undefined) ?? src.id
          : src.kind === 'query'
            ? src.id
            : 'Cypher';
  return `${what} — ${day}`;
}

/** The snapshot id of a /?snapshot=<id> link, if any. */
export function snapshotIdFromUrl(search: string): string | undefined {
  const id = new URLSearchParams(search).get('snapshot');
  return id && /^[A-Za-z0-9_-]{8,64}$/.test(id) ? id : undefined;
}

/**
 * Puts a stored snapshot in the scene exactly as it was saved (elements, positions, pins, highlight,
 * viewport), ready to explore further. Returns the snapshot so the caller can take over its view state.
 */
export async function openSnapshotInScene(scene: Pick<Scene, 'restore'>, id: string): Promise<Snapshot> {
  const json = await api.snapshot(id);
  // Pins come back with the snapshot's view state, which the caller takes over.
  scene.restore(snapshotElements(json), (w, h) => fitSavedViewport(json, w, h));
  return json;
}
