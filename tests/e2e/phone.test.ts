/**
 * The explorer on phones and tablets (390×844, 768×1024, both orientations) in Chromium against the real app
 * and Neo4j: no sideways scrolling, the graph across the full width and most of the height, the tools drawer,
 * the top-bar menu and the details sheet, which keeps the tapped node in sight. Screenshots in both languages
 * go to test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, type Browsing, painted, type RunningApp, settled, shot, useExplorer } from './harness.ts';

let app: RunningApp;
let b: Browsing;
let page: Page;
useExplorer((s) => ({ app, b, page } = s));

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'phone-landscape', width: 844, height: 390 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'tablet-landscape', width: 1024, height: 768 },
] as const;

async function open(width: number, height: number, query = ''): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.goto(`${app.url}/?lang=en${query}`);
  await settled(page);
}

const geometry = () =>
  page.evaluate(() => {
    const cy = document.getElementById('cy')!.getBoundingClientRect();
    return { docWidth: document.documentElement.scrollWidth, bodyWidth: document.body.scrollWidth, cyWidth: cy.width, cyHeight: cy.height, cyLeft: cy.left };
  });

/** Whether an element is on screen and not hidden. */
const shown = (selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector<HTMLElement>(s);
    if (!el) return false;
    const st = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return st.visibility !== 'hidden' && st.display !== 'none' && r.width > 0 && r.right > 0 && r.left < innerWidth && r.top < innerHeight;
  }, selector);

/** Waits for a drawer's slide to end (its transition), so geometry and screenshots see where it came to rest. */
const slid = (selector: string) =>
  page.evaluate((s) => Promise.all(document.querySelector(s)!.getAnimations().map((a) => a.finished)).then(() => undefined), selector);

describe('narrow screens', () => {
  for (const size of SIZES) {
    it(`${size.name} ${size.width}×${size.height}: no sideways scroll, graph full width and ≥ 55% of the height`, async () => {
      for (const lang of ['en', 'ar']) {
        await page.setViewportSize(size);
        await page.goto(`${app.url}/?lang=${lang}`);
        await settled(page);
        const g = await geometry();
        console.log(`${size.name} ${lang}: document ${g.docWidth} px wide, graph ${Math.round(g.cyWidth)}×${Math.round(g.cyHeight)}`);
        expect(g.docWidth).toBeLessThanOrEqual(size.width);
        expect(g.bodyWidth).toBeLessThanOrEqual(size.width);
        expect(g.cyWidth).toBeGreaterThanOrEqual(size.width - 1);
        expect(g.cyHeight).toBeGreaterThanOrEqual(0.55 * size.height);
        await painted(page);
        await shot(page, `phone-${size.name}-${lang}`);
      }
    });
  }

  it('phone 390×844: the opening view stacks the ranks, labels drawn at ≥ 11 px, none overlapping, the scene as wide as the canvas', async () => {
    for (const lang of ['en', 'ar']) {
      await open(390, 844, lang === 'ar' ? '&lang=ar' : '');
      const m = await page.evaluate(() => {
        const cy = window.kgx!.cy();
        const nodes = cy.nodes(':visible');
        const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as never;
        const boxes = nodes.map((n) => [n.id(), n.boundingBox(labelOnly)] as const);
        const overlaps: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [ia, a] = boxes[i]!;
            const [ib, c] = boxes[j]!;
            if (a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2) overlaps.push(`${ia} × ${ib}`);
          }
        const bb = cy.elements(':visible').renderedBoundingBox({});
        return {
          stacked: nodes.not('.stack').empty(),
          minPx: Math.min(...nodes.map((n) => parseFloat(n.style('font-size')) * cy.zoom())),
          overlaps,
          fillW: bb.w / cy.width(),
          left: bb.x1,
          right: bb.x2 - cy.width(),
        };
      });
      console.log(`phone ${lang}: labels ≥ ${m.minPx.toFixed(1)} px, scene ${Math.round(m.fillW * 100)}% of the width`);
      expect(m.stacked).toBe(true);
      expect(m.minPx).toBeGreaterThanOrEqual(11);
      expect(m.overlaps).toEqual([]);
      expect(m.fillW).toBeGreaterThanOrEqual(0.8);
      expect(m.left).toBeGreaterThanOrEqual(0);
      expect(m.right).toBeLessThanOrEqual(0);
    }
  });

  it('opens and closes the tools drawer and the top-bar menu; Escape gives focus back', async () => {
    await open(390, 844);
    expect(await shown('#tools')).toBe(false);
    expect(await shown('#btn-export')).toBe(false);
    await page.click('#btn-tools');
    await slid('#tools');
    expect(await shown('#tools')).toBe(true);
    expect(await page.getAttribute('#btn-tools', 'aria-expanded')).toBe('true');
    await page.click('.tabs [data-tab="queries"]');
    await page.locator('#tab-queries .query-item').first().waitFor();
    expect((await geometry()).docWidth).toBeLessThanOrEqual(390);
    await shot(page, 'phone-tools-drawer');
    await page.keyboard.press('Escape');
    await slid('#tools');
    expect(await shown('#tools')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-tools');

    await page.click('#btn-menu');
    expect(await shown('#btn-export')).toBe(true);
    expect(await shown('#lang-toggle')).toBe(true);
    const toggle = await page.locator('#lang-toggle').boundingBox();
    expect(toggle!.width).toBeGreaterThan(100);
    await page.click('#btn-export');
    await page.locator('#export-panel').waitFor({ state: 'visible' });
    await shot(page, 'phone-menu-export');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-export');
    await page.keyboard.press('Escape');
    expect(await shown('#btn-export')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('btn-menu');
  });

  it('a tapped node opens its details in a sheet, with the node above the sheet; a long press does too', async () => {
    const ctx = await b.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const p = await ctx.newPage();
      await p.goto(`${app.url}/?lang=en`);
      await settled(p);
      const id = await p.evaluate(() => window.kgx!.cy().nodes('.l-Agreement').first().id());
      const at = () =>
        p.evaluate((nid) => {
          const n = window.kgx!.cy().getElementById(nid);
          const r = document.getElementById('cy')!.getBoundingClientRect();
          return { x: n.renderedPosition().x + r.left, y: n.renderedPosition().y + r.top };
        }, id);
      const sheetOpen = () => p.waitForFunction(() => document.querySelector('.workspace')!.classList.contains('details-open'));
      const pt = await at();
      await p.touchscreen.tap(pt.x, pt.y);
      await sheetOpen();
      await p.locator('#details h2').first().waitFor();
      await settledSheet(p);
      const sheetTop = (await p.locator('#details').boundingBox())!.y;
      expect((await at()).y).toBeLessThan(sheetTop);
      expect(await p.evaluate(() => window.kgx!.state().focus)).toBe(id);
      await p.screenshot({ path: `${ARTIFACTS}/phone-details-sheet.png` });
      await p.click('#btn-close-sheet');
      // Closing is synchronous in the click handler.
      expect(await p.evaluate(() => document.querySelector('.workspace')!.classList.contains('details-open'))).toBe(false);

      // Long press on another node: held until Cytoscape reports the hold, then released.
      const other = await p.evaluate(() => window.kgx!.cy().nodes('.l-Country').first().id());
      const q = await p.evaluate((nid) => {
        const n = window.kgx!.cy().getElementById(nid);
        const r = document.getElementById('cy')!.getBoundingClientRect();
        return { x: n.renderedPosition().x + r.left, y: n.renderedPosition().y + r.top };
      }, other);
      const cdp = await ctx.newCDPSession(p);
      const touch = (type: 'touchStart' | 'touchEnd') => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: q.x, y: q.y }] });
      await touch('touchStart');
      await p.waitForFunction((nid) => window.kgx!.state().focus === nid && document.querySelector('.workspace')!.classList.contains('details-open'), other);
      await touch('touchEnd');
      expect(await p.locator('#details .d-actions button').count()).toBeGreaterThan(0);
    } finally {
      await ctx.close();
    }
  });

  it('keeps the timeline handles big enough for a finger', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const ctx = await b.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const p = await ctx.newPage();
      await p.goto(`${app.url}/?lang=en`);
      await settled(p);
      const box = await p.locator('.tl-track').boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await ctx.close();
    }
  });
});

/** The sheet has slid in and the viewport animation that keeps the node above it has finished. */
async function settledSheet(p: Page): Promise<void> {
  await p.evaluate(() => Promise.all(document.getElementById('details')!.getAnimations().map((a) => a.finished)));
  await p.waitForFunction(() => document.getElementById('cy')?.dataset.layout === 'idle' && !window.kgx!.cy().animated());
  await painted(p);
}
