/**
 * Browser-test harness: the real app (Express + the run's real Neo4j) listening on a free port, and one
 * headless Debian Chromium driven by playwright-core. Screenshots go to test-artifacts/e2e/.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { clientDist, createApp } from '../../server/app.ts';
import { projectRoot } from '../../server/config.ts';
import type { GraphDb } from '../../server/neo4j/db.ts';
import { testConfig, testDb } from '../setup/db.ts';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './chromium.ts';

export const ARTIFACTS = path.join(projectRoot, 'test-artifacts', 'e2e');

export interface RunningApp {
  url: string;
  close: () => Promise<void>;
}

/** The real app on 127.0.0.1:<free port>; `db` defaults to the run's seeded Neo4j. */
export async function startApp(db: GraphDb & { mode?: string } = testDb()): Promise<RunningApp> {
  if (!fs.existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist is missing: run `npm run build` first (npm test does it).');
  const app = createApp({ config: testConfig(), db, neo4jMode: db.mode ?? 'external' });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.driver.close();
    },
  };
}

export interface Browsing {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors seen so far (a test asserts there are none). */
  pageErrors: string[];
  dialogs: string[];
  close: () => Promise<void>;
}

/**
 * The usual set-up of a browser test file: the app and Chromium started together before its tests, both closed
 * after them. `ready` receives them (and the page) once started.
 */
export function useExplorer(ready: (s: { app: RunningApp; b: Browsing; page: Page }) => void): void {
  let app: RunningApp | undefined;
  let b: Browsing | undefined;
  beforeAll(async () => {
    [app, b] = await Promise.all([startApp(), launchBrowser()]);
    ready({ app, b, page: b.page });
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await app?.close();
  });
}

export async function launchBrowser(): Promise<Browsing> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, deviceScaleFactor: 1 });
  // Generous: the machine running the suite may be busy (two cores, other tests).
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { browser, context, page, pageErrors, dialogs, close: () => browser.close() };
}

/** Waits until the explorer settled: the view loaded (body[data-state] is no longer "loading") and the scene is idle. */
export async function settled(page: Page, timeout = 30_000): Promise<string> {
  await page.waitForFunction(() => document.body.dataset.state && document.body.dataset.state !== 'loading', null, { timeout });
  await sceneIdle(page, timeout);
  return page.evaluate(() => document.body.dataset.state ?? '');
}

/**
 * Opens `url` and waits until it settled as 'ready', with the page as a reader normally sees it. A busy machine
 * can make the first health probe miss: the "database unreachable" banner then takes canvas room while the view
 * is fitted, so such a load is taken again (up to four times).
 */
export async function openReady(page: Page, url: string, timeout = 30_000): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.goto(url);
    expect(await settled(page, timeout)).toBe('ready');
    if (await page.locator('#banner').isHidden()) return;
    console.log(`[e2e] the health banner showed (${await page.locator('#banner').textContent()}); loading ${url} again`);
    await page.locator('#banner').waitFor({ state: 'hidden', timeout: 30_000 });
  }
}

/**
 * Waits until the scene says it is idle: no layout or viewport animation running (#cy[data-layout]) and, in a
 * big scene, the labels of the nodes in view brought up to date (#cy[data-labels]).
 */
export async function sceneIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const c = document.getElementById('cy');
      return c?.dataset.layout === 'idle' && c.dataset.labels !== 'pending';
    },
    null,
    { timeout },
  );
}

/** The store version the scene last drew (#cy[data-state-version]). */
export const stateVersion = (page: Page): Promise<number> => page.evaluate(() => Number(document.getElementById('cy')?.dataset.stateVersion ?? 0));

/**
 * Waits for the browser to paint two more frames: whatever the last change set off (a redraw, an image's
 * error handler) has had its turn before a screenshot or an assertion that nothing happened.
 */
export async function painted(page: Pick<Page, 'evaluate'>): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Visible node and edge counts as the status bar reports them. */
export async function visibleCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const s = document.getElementById('statusbar')!;
    return { nodes: Number(s.dataset.visibleNodes), edges: Number(s.dataset.visibleEdges) };
  });
}

/** Reads width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngDimensions(buf: Buffer): { width: number; height: number } {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(sig)) throw new Error('not a PNG (bad signature)');
  if (buf.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('not a PNG (no IHDR first)');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * Serious and critical axe-core violations on the page as it is now (or within the given selectors only): rule
 * id → number of nodes.
 */
export async function axeSerious(page: Page, within: string[] = []): Promise<Record<string, number>> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  for (const selector of within) builder = builder.include(selector);
  const r = await builder.analyze();
  const out: Record<string, number> = {};
  for (const v of r.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    out[v.id] = v.nodes.length;
    // Where, so that a failure says what to fix.
    console.log(`${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join(' | ')}`);
  }
  return out;
}
