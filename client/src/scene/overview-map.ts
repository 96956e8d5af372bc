/**
 * A small overview of a scene too big to take in at once (over OVERVIEW_NODES nodes): every shown node as a
 * dot in its colour, and the part in view as a rectangle. Pressing or dragging on it moves the view there.
 * The dots are drawn once into a cached canvas (again only when nodes come, go, move or are hidden), so
 * following the viewport costs one copy and one rectangle.
 */
import type { Core } from 'cytoscape';
import { lookFor } from '../style.ts';
import { HIDDEN } from '../visibility.ts';
import type { Lang } from '../i18n.ts';

export const OVERVIEW_NODES = 100;
const WIDTH = 180;
const HEIGHT = 120;
const MARGIN = 6;

export class OverviewMap {
  private readonly canvas: HTMLCanvasElement;
  private readonly dots = document.createElement('canvas');
  private map: { x0: number; y0: number; k: number } | undefined;
  private dirty = true;
  private timer = 0;
  private frame = 0;
  private dragging = false;

  private readonly invalidate = (): void => {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.draw(), 200);
  };

  private readonly follow = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  constructor(
    private readonly cy: Core,
    private readonly host: HTMLElement,
    _opts: { lang: () => Lang },
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'overview-map';
    this.canvas.width = this.dots.width = WIDTH;
    this.canvas.height = this.dots.height = HEIGHT;
    this.host.replaceChildren(this.canvas);
    this.host.hidden = true;
    cy.on('add remove position', this.invalidate);
    cy.on('class', 'node', this.invalidate);
    cy.on('viewport resize', this.follow);
    this.canvas.addEventListener('pointerdown', this.onDown);
    this.canvas.addEventListener('pointermove', this.onMove);
    window.addEventListener('pointerup', this.onUp);
    this.invalidate();
  }

  destroy(): void {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.cy.off('add remove position', this.invalidate);
    this.cy.off('class', 'node', this.invalidate);
    this.cy.off('viewport resize', this.follow);
    window.removeEventListener('pointerup', this.onUp);
    this.host.replaceChildren();
    this.host.hidden = true;
  }

  private redrawDots(): void {
    this.dirty = false;
    const nodes = this.cy.nodes().not(HIDDEN);
    this.host.hidden = nodes.length <= OVERVIEW_NODES;
    this.host.dataset.nodes = String(nodes.length);
    const ctx = this.dots.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    if (this.host.hidden || nodes.empty()) {
      this.map = undefined;
      return;
    }
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    nodes.forEach((n) => {
      const p = n.position();
      x1 = Math.min(x1, p.x);
      y1 = Math.min(y1, p.y);
      x2 = Math.max(x2, p.x);
      y2 = Math.max(y2, p.y);
    });
    const k = Math.min((WIDTH - 2 * MARGIN) / Math.max(1, x2 - x1), (HEIGHT - 2 * MARGIN) / Math.max(1, y2 - y1));
    this.map = { x0: x1 - (WIDTH / k - (x2 - x1)) / 2, y0: y1 - (HEIGHT / k - (y2 - y1)) / 2, k };
    const r = nodes.length > 2000 ? 1 : 1.6;
    nodes.forEach((n) => {
      const p = n.position();
      ctx.fillStyle = lookFor(String(n.data('primary')), n.data('kind') as string | undefined).color;
      ctx.fillRect((p.x - this.map!.x0) * this.map!.k - r, (p.y - this.map!.y0) * this.map!.k - r, 2 * r, 2 * r);
    });
  }

  private draw(): void {
    if (this.cy.destroyed()) return;
    if (this.dirty) this.redrawDots();
    const ctx = this.canvas.getContext('2d');
    if (!ctx || this.host.hidden || !this.map) return;
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    ctx.drawImage(this.dots, 0, 0);
    const e = this.cy.extent();
    const { x0, y0, k } = this.map;
    ctx.strokeStyle = '#2563eb';
    ctx.lineWidth = 1.5;
    ctx.fillStyle = 'rgba(37, 99, 235, 0.08)';
    ctx.fillRect((e.x1 - x0) * k, (e.y1 - y0) * k, e.w * k, e.h * k);
    ctx.strokeRect((e.x1 - x0) * k, (e.y1 - y0) * k, e.w * k, e.h * k);
  }

  /** Centres the view on the model point under the pointer. */
  private moveTo(e: PointerEvent): void {
    if (!this.map) return;
    const rect = this.canvas.getBoundingClientRect();
    const mx = (e.clientX - rect.left) * (WIDTH / rect.width) / this.map.k + this.map.x0;
    const my = (e.clientY - rect.top) * (HEIGHT / rect.height) / this.map.k + this.map.y0;
    const z = this.cy.zoom();
    this.cy.pan({ x: this.cy.width() / 2 - mx * z, y: this.cy.height() / 2 - my * z });
  }

  private readonly onDown = (e: PointerEvent): void => {
    this.dragging = true;
    this.moveTo(e);
  };

  private readonly onMove = (e: PointerEvent): void => {
    if (this.dragging) this.moveTo(e);
  };

  private readonly onUp = (): void => {
    this.dragging = false;
  };
}
