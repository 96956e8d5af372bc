/**
 * Narrow screens: the tools panel as a drawer, the details as a bottom sheet, the top bar's controls in a
 * menu, all opened from the compact toolbar. Every one of them closes on Escape and gives focus back to the
 * control that opened it. On wide screens none of this applies and the panels stay where they are.
 */
import { byId } from '../dom.ts';

/** Mirrors the breakpoint of responsive.css. */
export const NARROW_QUERY = '(max-width: 1100px)';

export type Overlay = 'tools' | 'details' | 'menu';

export interface ResponsiveDeps {
  /** The canvas changed size or a sheet now covers part of it. */
  resized(): void;
  /** The selected node, to keep it above the details sheet. */
  keepSelectionVisible(sheetTop: number): void;
}

export class Responsive {
  private readonly media = window.matchMedia(NARROW_QUERY);
  private readonly workspace = document.querySelector<HTMLElement>('.workspace')!;
  private readonly menu = byId('topbar-menu');
  private readonly toggles: Record<Overlay, HTMLElement> = { tools: byId('btn-tools'), details: byId('btn-details'), menu: byId('btn-menu') };
  /** Where focus was when an overlay opened: it goes back there on close. */
  private readonly returnTo = new Map<Overlay, HTMLElement>();

  constructor(private readonly deps: ResponsiveDeps) {
    for (const [name, button] of Object.entries(this.toggles) as [Overlay, HTMLElement][]) button.addEventListener('click', () => this.toggle(name));
    for (const b of document.querySelectorAll<HTMLElement>('[data-close]')) b.addEventListener('click', () => this.close(b.dataset.close as Overlay));
    document.addEventListener('keydown', (ev) => {
      // The innermost first: an export menu inside the top-bar menu closed itself and marked the key handled.
      if (ev.key !== 'Escape' || !this.narrow || ev.defaultPrevented) return;
      const target = ev.target as Node;
      const order: Overlay[] = ['menu', 'tools', 'details'];
      const open = order.filter((o) => this.isOpen(o));
      const inside = open.find((o) => this.container(o).contains(target));
      const which = inside ?? open[0];
      if (which) {
        ev.preventDefault();
        this.close(which);
      }
    });
    // A tap outside the menu closes it (the drawers stay until closed: they hold forms).
    document.addEventListener('pointerdown', (ev) => {
      const target = ev.target as Element;
      // A dialog opened from the menu (the snapshot) sits outside it but belongs to it.
      if (target.closest('dialog')) return;
      if (this.isOpen('menu') && !this.menu.contains(target) && !this.toggles.menu.contains(target)) this.close('menu', false);
    });
    this.media.addEventListener('change', () => {
      if (!this.narrow) for (const o of ['tools', 'details', 'menu'] as const) this.close(o, false);
      this.deps.resized();
    });
  }

  get narrow(): boolean {
    return this.media.matches;
  }

  private container(o: Overlay): HTMLElement {
    return o === 'menu' ? this.menu : byId(o);
  }

  isOpen(o: Overlay): boolean {
    if (o === 'menu') return this.menu.classList.contains('open');
    return this.workspace.classList.contains(`${o}-open`);
  }

  toggle(o: Overlay): void {
    if (this.isOpen(o)) this.close(o);
    else this.open(o);
  }

  open(o: Overlay, opts: { focus?: boolean } = {}): void {
    if (!this.narrow || this.isOpen(o)) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body) this.returnTo.set(o, active);
    // One drawer at a time on a phone: the tools and the menu cover each other.
    if (o !== 'details') for (const other of ['tools', 'menu'] as const) if (other !== o) this.close(other, false);
    if (o === 'menu') this.menu.classList.add('open');
    else this.workspace.classList.add(`${o}-open`);
    this.toggles[o].setAttribute('aria-expanded', 'true');
    if (o === 'details') this.keepSelection();
    if (opts.focus !== false) this.focusInside(o);
  }

  close(o: Overlay, restoreFocus = true): void {
    if (!this.isOpen(o)) return;
    const hadFocus = this.container(o).contains(document.activeElement);
    if (o === 'menu') this.menu.classList.remove('open');
    else this.workspace.classList.remove(`${o}-open`);
    this.toggles[o].setAttribute('aria-expanded', 'false');
    const back = this.returnTo.get(o);
    this.returnTo.delete(o);
    if (restoreFocus || hadFocus) (back?.isConnected && back.offsetParent !== null ? back : this.toggles[o]).focus();
  }

  /** A node was selected (tap, click, keyboard, search): on a phone its details come up in the sheet, without taking the focus. */
  selectionChanged(hasSelection: boolean): void {
    if (!this.narrow) return;
    if (hasSelection) {
      if (this.isOpen('details')) this.keepSelection();
      else this.open('details', { focus: false });
    } else this.close('details', false);
  }

  private keepSelection(): void {
    // After the sheet has its height: the node goes above its top edge.
    requestAnimationFrame(() => {
      const sheet = byId('details').getBoundingClientRect();
      const cy = byId('cy').getBoundingClientRect();
      this.deps.keepSelectionVisible(Math.max(0, sheet.top - cy.top));
    });
  }

  private focusInside(o: Overlay): void {
    const c = this.container(o);
    const first = o === 'tools' ? c.querySelector<HTMLElement>('.tabs [aria-selected="true"]') : c.querySelector<HTMLElement>('button:not([disabled]), input, select, [tabindex="0"]');
    (first ?? c).focus();
  }
}
