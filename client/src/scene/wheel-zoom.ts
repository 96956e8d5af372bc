/**
 * Wheel zoom at a steady rate: one notch (100 px of wheel, as Chromium and Firefox send it) zooms by 1.2×,
 * about the pointer. Cytoscape's own wheel zoom moves about 5% a notch, so reaching a label took a dozen turns.
 * Big canvas scenes have their own picture-based wheel (viewport-gestures.ts), which uses the same rate.
 */
import type { Core } from 'cytoscape';

export const WHEEL_NOTCH_FACTOR = 1.2;
const PIXELS_PER_NOTCH = 100;

export class WheelZoom {
  private readonly onWheel = (e: WheelEvent): void => {
    if (e.deltaY === 0 || !this.cy.userZoomingEnabled() || !(e.target instanceof Node) || !this.container.contains(e.target)) return;
    // Window, capture phase: ahead of Cytoscape's own listener on the container.
    e.stopPropagation();
    e.preventDefault();
    const pixels = e.deltaMode === 1 ? e.deltaY * 33 : e.deltaMode === 2 ? e.deltaY * 800 : e.deltaY;
    const notches = Math.max(-3, Math.min(3, -pixels / PIXELS_PER_NOTCH));
    const rect = this.container.getBoundingClientRect();
    const level = Math.max(this.cy.minZoom(), Math.min(this.cy.maxZoom(), this.cy.zoom() * WHEEL_NOTCH_FACTOR ** notches));
    this.cy.zoom({ level, renderedPosition: { x: e.clientX - rect.left, y: e.clientY - rect.top } });
  };

  constructor(
    private readonly cy: Core,
    private readonly container: HTMLElement,
  ) {
    window.addEventListener('wheel', this.onWheel, { capture: true, passive: false });
  }

  destroy(): void {
    window.removeEventListener('wheel', this.onWheel, { capture: true });
  }
}
