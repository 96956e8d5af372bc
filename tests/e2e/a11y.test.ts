/**
 * Accessibility in Chromium against the real app and Neo4j: axe-core on every main view (explorer, each
 * tab, the details of a node, the export menu, the snapshot dialog, the embed page) in English and Arabic,
 * at desktop and phone sizes, with no serious or critical violation; the skip link, the focusable graph with
 * arrow-key moves and its text mirror, the tabs pattern, focus returning from menus and dialogs, and camera moves
 * that jump instead of gliding when the reader asked the system for less motion.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { testConfig, testDb } from '../setup/db.ts';
import { axeSerious, launchBrowser, painted, sceneIdle, settled, type Browsing } from './harness.ts';

const db = testDb();
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-a11y-e2e-cache-'));
let server: Server;
let url: string;
let b: Browsing;
let embedId: string;

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
type Size = keyof typeof SIZES;

beforeAll(async () => {
  const app = createApp({ config: testConfig({ SNAPSHOT_CACHE_DIR: cacheDir }), db, neo4jMode: db.mode });
  [server, b] = await Promise.all([
    new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    }),
    launchBrowser(),
  ]);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // One snapshot for the embed page.
  await b.page.goto(`${url}/`);
  await settled(b.page);
  const body = await b.page.evaluate(() => ({ title: 'Agreements', view: window.kgx!.view(), width: 900, height: 560 }));
  const res = await fetch(`${url}/api/snapshots`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  embedId = ((await res.json()) as { id: string }).id;
}, 120_000);

afterAll(async () => {
  await b?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  await db.driver.close();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

const SEVERE = 'serious or critical';

async function openExplorer(page: Page, lang: string, size: Size, query = ''): Promise<void> {
  await page.setViewportSize(SIZES[size]);
  await page.goto(`${url}/?lang=${lang}${query}`);
  await settled(page);
}

/** Opens a panel the way a user does at this size: on a phone the tools sit in a drawer. */
async function showTab(page: Page, tab: string): Promise<void> {
  const toggle = page.locator('#btn-tools');
  if (await toggle.isVisible().catch(() => false)) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  await page.click(`.tabs [data-tab="${tab}"]`);
  await page.locator(`#tab-${tab}`).waitFor({ state: 'visible' });
  if (tab === 'queries') await page.locator('#tab-queries .query-item').first().waitFor();
  if (tab === 'console') await page.locator('#tab-console .cm-editor').waitFor();
}

/**
 * A view as a user reaches it. The tabs open on the page the view before them left; the others load a page of
 * their own. `within` is the region the view brought up, which axe then checks alone: the whole page was checked
 * as the first view of the same size and language, and checking all of it again cost some 2 s per view.
 */
type View = { name: string; within?: string[]; open: (page: Page, lang: string, size: Size) => Promise<void> };
const VIEWS: View[] = [
  { name: 'explorer', open: (p, l, s) => openExplorer(p, l, s) },
  ...['filters', 'queries', 'console', 'paths'].map((tab) => ({
    name: `tab-${tab}`,
    within: ['#tools'],
    open: async (p: Page) => {
      await showTab(p, tab);
      if (tab === 'queries') {
        await p.locator('#tab-queries .query-item').first().click();
        await p.locator('#tab-queries .param-form, #tab-queries .query-form').first().waitFor();
      }
    },
  })),
  {
    name: 'details',
    within: ['#details', '#btn-details'],
    open: async (p, l, s) => {
      await openExplorer(p, l, s, '&v=node&id=org-fiep&focus=org-fiep');
      const sheet = p.locator('#btn-details');
      if ((await sheet.isVisible().catch(() => false)) && (await sheet.getAttribute('aria-expanded')) !== 'true') await sheet.click();
      await p.locator('#details h2').first().waitFor();
    },
  },
  {
    name: 'export-menu',
    within: ['header'],
    open: async (p, l, s) => {
      await openExplorer(p, l, s);
      const menu = p.locator('#btn-menu');
      if (await menu.isVisible().catch(() => false)) await menu.click();
      await p.click('#btn-export');
      await p.locator('#export-panel').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'snapshot-dialog',
    within: ['#snapshot-dialog'],
    open: async (p, l, s) => {
      await openExplorer(p, l, s);
      const menu = p.locator('#btn-menu');
      if (await menu.isVisible().catch(() => false)) await menu.click();
      await p.click('#btn-snapshot');
      await p.locator('#snapshot-dialog').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'embed',
    open: async (p, l, s) => {
      await p.setViewportSize(SIZES[s]);
      await p.goto(`${url}/embed/${embedId}?lang=${l}`);
      await p.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? ''));
    },
  },
];

describe('axe-core: no serious or critical violation', () => {
  const table: Record<string, Record<string, number>> = {};
  afterAll(() => {
    // The figures behind the report: per view, language and size.
    const lines = Object.entries(table).map(([k, v]) => `${k}: ${Object.values(v).reduce((a, n) => a + n, 0)} ${JSON.stringify(v)}`);
    console.log(`axe serious+critical per view:\n${lines.join('\n')}`);
  });
  for (const size of ['desktop', 'phone'] as const) {
    for (const lang of ['en', 'ar'] as const) {
      it(`${size}, ${lang}`, async () => {
        const found: Record<string, Record<string, number>> = {};
        for (const v of VIEWS) {
          await v.open(b.page, lang, size);
          const r = await axeSerious(b.page, v.within);
          table[`${v.name} ${lang} ${size}`] = r;
          if (Object.keys(r).length) found[v.name] = r;
        }
        expect(found, SEVERE).toEqual({});
      }, 300_000);
    }
  }
});

describe('motion', () => {
  /** The zoom levels the canvas showed, frame by frame, while a Fit after two zoom steps ran (repeats dropped). */
  async function zoomsDuringFit(p: Page): Promise<string[]> {
    await openExplorer(p, 'en', 'desktop');
    for (let i = 0; i < 2; i++) {
      await p.click('[data-zoom="zoomIn"]');
      await sceneIdle(p);
    }
    await p.evaluate(() => {
      const w = window as unknown as { __zooms: number[]; __rec: boolean };
      w.__zooms = [];
      w.__rec = true;
      const frame = () => {
        w.__zooms.push(window.kgx!.cy().zoom());
        if (w.__rec) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await p.click('[data-zoom="fitView"]');
    await sceneIdle(p);
    await painted(p);
    const zooms = await p.evaluate(() => {
      const w = window as unknown as { __zooms: number[]; __rec: boolean };
      w.__rec = false;
      return w.__zooms;
    });
    return [...new Set(zooms.map((z) => z.toFixed(4)))];
  }

  it('glides the camera by default, and jumps when the reader asked the system for less motion', async () => {
    const p = b.page;
    expect((await zoomsDuringFit(p)).length).toBeGreaterThan(2);
    await p.emulateMedia({ reducedMotion: 'reduce' });
    try {
      // The zoom before and the zoom after (so Fit did zoom), nothing in between.
      expect(await zoomsDuringFit(p)).toHaveLength(2);
    } finally {
      await p.emulateMedia({ reducedMotion: null });
    }
  });
});

describe('keyboard', () => {
  const active = (p: Page) => p.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');

  it('reaches the graph in two key presses through the skip link; arrows move to a neighbour, Enter selects', async () => {
    const p = b.page;
    await openExplorer(p, 'en', 'desktop');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#cy');
    await p.keyboard.press('Enter');
    expect(await active(p)).toBe('cy');
    // The cursor starts on a node; an arrow moves it along an edge to a neighbour.
    await p.keyboard.press('ArrowRight');
    await p.waitForFunction(() => Boolean(document.getElementById('cy')!.dataset.cursor));
    const seen = new Set<string>();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      const before = await p.evaluate(() => document.getElementById('cy')!.dataset.cursor!);
      seen.add(before);
      await p.keyboard.press(key);
      const after = await p.evaluate(() => document.getElementById('cy')!.dataset.cursor!);
      if (after !== before) {
        const linked = await p.evaluate(([a, c]) => window.kgx!.cy().getElementById(a!).neighborhood(`node[id="${c}"]`).length > 0, [before, after]);
        expect(linked, `${before} → ${after}`).toBe(true);
        seen.add(after);
      }
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(await p.locator('#graph-cursor').isVisible()).toBe(true);
    expect(await p.locator('#graph-announce').textContent()).toMatch(/relationships/);
    const cursor = await p.evaluate(() => document.getElementById('cy')!.dataset.cursor!);
    await p.keyboard.press('Enter');
    await p.waitForFunction((id) => window.kgx!.state().focus === id, cursor);
    await p.locator('#details h2').first().waitFor();
    // The text mirror names the selected node and marks it.
    await p.waitForFunction((id) => document.getElementById(`mirror-${id}`)?.getAttribute('aria-current') === 'true', cursor);
    const items = await p.locator('#scene-list li').count();
    expect(items).toBeGreaterThan(10);
  });

  it('follows the tabs pattern: arrows, Home and End move and activate, one tab in the Tab order', async () => {
    const p = b.page;
    await openExplorer(p, 'en', 'desktop');
    await p.focus('.tabs [data-tab="filters"]');
    await p.keyboard.press('ArrowRight');
    expect(await active(p)).toBe('tabbtn-queries');
    expect(await p.locator('#tab-queries').isVisible()).toBe(true);
    await p.keyboard.press('End');
    expect(await active(p)).toBe('tabbtn-paths');
    await p.keyboard.press('Home');
    expect(await active(p)).toBe('tabbtn-filters');
    await p.keyboard.press('ArrowLeft');
    expect(await active(p)).toBe('tabbtn-paths');
    expect(await p.locator('.tabs [tabindex="0"]').count()).toBe(1);
    // Right to left, the arrows follow the reading direction.
    await openExplorer(p, 'ar', 'desktop');
    await p.focus('.tabs [data-tab="filters"]');
    await p.keyboard.press('ArrowLeft');
    expect(await active(p)).toBe('tabbtn-queries');
  });

  it('gives focus back to the opener when a menu or dialog closes', async () => {
    const p = b.page;
    await openExplorer(p, 'en', 'desktop');
    await p.focus('#btn-export');
    await p.keyboard.press('Enter');
    await p.locator('#export-panel').waitFor({ state: 'visible' });
    await p.focus('#export-png');
    await p.keyboard.press('Escape');
    expect(await p.locator('#export-panel').isVisible()).toBe(false);
    expect(await active(p)).toBe('btn-export');

    await p.focus('#btn-snapshot');
    await p.keyboard.press('Enter');
    await p.locator('#snapshot-dialog').waitFor({ state: 'visible' });
    await p.keyboard.press('Escape');
    await p.waitForFunction(() => !document.querySelector('#snapshot-dialog[open]'));
    expect(await active(p)).toBe('btn-snapshot');
  });

  it('has one h1 and a named graph region', async () => {
    const p = b.page;
    await openExplorer(p, 'ar', 'phone');
    expect(await p.locator('h1').count()).toBe(1);
    expect(await p.locator('h1').textContent()).toBe('مستكشف الرسم المعرفي');
    expect(await p.getAttribute('#cy', 'role')).toBe('application');
    expect(await p.getAttribute('#cy', 'tabindex')).toBe('0');
  });
});
