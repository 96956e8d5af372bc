/**
 * A tiny element builder. Data only ever reaches the page as text (textContent / attribute values), never
 * as HTML, so a name holding markup shows as that markup's text.
 */
type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  class?: string;
  dir?: 'rtl' | 'ltr' | 'auto';
  lang?: string;
  title?: string;
  type?: string;
  role?: string;
  hidden?: boolean;
  data?: Record<string, string>;
  aria?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
  [attr: string]: unknown;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'data') for (const [dk, dv] of Object.entries(v as Record<string, string>)) el.dataset[dk] = dv;
    else if (k === 'aria') for (const [ak, av] of Object.entries(v as Record<string, string>)) el.setAttribute(`aria-${ak}`, av);
    else if (k === 'on') {
      for (const [ev, fn] of Object.entries(v as Record<string, EventListener>)) el.addEventListener(ev, fn);
    } else if (k === 'hidden') el.hidden = Boolean(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/** Arabic text: its own element, right-to-left, lang="ar", so it shapes and orders correctly anywhere. */
export const arabic = (text: string, cls = 'ar'): HTMLElement => h('span', { class: cls, dir: 'rtl', lang: 'ar' }, text);

/** Text in an unknown script: the browser picks the direction from the first strong character. */
export const autoText = (text: string, cls?: string): HTMLElement => h('span', { class: cls, dir: 'auto' }, text);

export const ARABIC_RE = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from index.html`);
  return el as T;
}

/** Saves a Blob as a file through a temporary link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  // Not attached to the page and not bubbling: the click must not look like a click elsewhere (menus close).
  a.addEventListener('click', (ev) => ev.stopPropagation());
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number): (...a: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...a: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...a), ms);
  };
}

/**
 * The reader asked the system for less motion (a vestibular disorder, a slow machine): layouts and camera moves
 * then jump to where they end instead of gliding there. Asked each time, as the setting can change meanwhile.
 */
export const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
