/**
 * What the page says about itself: the overlay (loading / empty / error, and body[data-state] for tests to
 * wait on), the banner (the database is down), and the status bar (counts, notes).
 */
import { byId, h } from '../dom.ts';
import { t, type Lang } from '../i18n.ts';

export type PageState = 'loading' | 'ready' | 'empty' | 'error';

/** What the status bar reports about the scene. */
export interface SceneFigures {
  visibleCounts(): { nodes: number; edges: number };
  totals(): { nodes: number; edges: number };
  readonly big: boolean;
  readonly webgl: boolean;
}

export class PageStatus {
  private readonly overlay = byId('overlay');
  private readonly bannerEl = byId('banner');
  private readonly statusbar = byId('statusbar');
  private note = '';
  /** Whether the reply on screen was cut by a server cap. */
  truncated = false;

  constructor(
    private readonly lang: () => Lang,
    private readonly scene: SceneFigures,
  ) {}

  get state(): PageState {
    return (document.body.dataset.state ?? 'loading') as PageState;
  }

  set(s: PageState, message?: string, retry?: () => void): void {
    document.body.dataset.state = s;
    if (s === 'ready') {
      this.overlay.hidden = true;
      return;
    }
    this.overlay.hidden = false;
    this.overlay.className = `overlay is-${s}`;
    const kids: Node[] = [];
    if (s === 'loading') kids.push(h('div', { class: 'spinner', aria: { hidden: 'true' } }));
    kids.push(h('p', { class: 'overlay-text' }, message ?? t(s === 'loading' ? 'loading' : 'emptyScene', this.lang())));
    if (retry) kids.push(h('button', { type: 'button', class: 'btn', on: { click: retry } }, t('retry', this.lang())));
    this.overlay.replaceChildren(...kids);
  }

  /** The scene is on screen while the page still loads (a big scene's first picture): the veil lifts, the state stays. */
  reveal(): void {
    this.overlay.hidden = true;
  }

  banner(text: string | undefined, kind: 'error' | 'warn' = 'error'): void {
    this.bannerEl.hidden = !text;
    this.bannerEl.className = `banner ${kind}`;
    this.bannerEl.textContent = text ?? '';
  }

  get bannerShown(): boolean {
    return !this.bannerEl.hidden;
  }

  /** A short note at the end of the status bar ('' clears it). */
  setNote(text: string): void {
    this.note = text;
    this.refresh();
  }

  refresh(): void {
    const lang = this.lang();
    const v = this.scene.visibleCounts();
    const total = this.scene.totals();
    this.statusbar.dataset.visibleNodes = String(v.nodes);
    this.statusbar.dataset.visibleEdges = String(v.edges);
    this.statusbar.dataset.renderer = this.scene.webgl ? 'webgl' : 'canvas';
    const parts = [`${v.nodes} ${t('nodes', lang)} · ${v.edges} ${t('edges', lang)} ${t('visible', lang)}`];
    if (v.nodes !== total.nodes || v.edges !== total.edges) parts.push(`(${total.nodes} · ${total.edges})`);
    const extras: string[] = [];
    if (this.scene.big) extras.push(this.scene.webgl ? 'WebGL' : t('bigScene', lang));
    if (this.truncated) extras.push(`⚠ ${t('truncated', lang)}`);
    if (this.note) extras.push(this.note);
    if (extras.length) parts.push(`— ${extras.join(' · ')}`);
    this.statusbar.textContent = parts.join(' ');
  }
}
