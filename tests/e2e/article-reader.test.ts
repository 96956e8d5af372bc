/**
 * The article reader in Chromium against the real app and the seeded Neo4j: opened from a source in the details
 * panel, the Al-Qabas interview reads right to left with every quoted passage marked and the API's coverage
 * figure; a passage lists its facts and lights them in the scene; "Show in article" scrolls to its passage; the
 * URL reopens it; Esc gives focus back; a phone gets a full-height sheet without sideways scroll; axe finds no
 * serious or critical problem in English or Arabic. Screenshots under test-artifacts/e2e/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SourceDetails } from '../../client/src/api-types.ts';
import { axeSerious, painted, type RunningApp, sceneIdle, settled, shot, useExplorer } from './harness.ts';

const AQ = 'source-alqabas-turkish-ambassador-interview';
const PROTOCOL = 'agreement-gendarmerie-national-guard-protocol-2025-03-25';

let app: RunningApp;
let page: Page;
let pageErrors: string[];
useExplorer((s) => {
  ({ app, page } = s);
  pageErrors = s.b.pageErrors;
});

let article: SourceDetails | undefined;
async function aq(): Promise<SourceDetails> {
  article ??= (await (await fetch(`${app.url}/api/sources/${AQ}`)).json()) as SourceDetails;
  return article;
}
const realFacts = (p: SourceDetails['passages'][number]) => p.facts.filter((f) => f.type !== 'MENTIONED_IN');

const open = async (path = '/') => {
  await page.goto(`${app.url}${path}`);
  return settled(page);
};
const readerReady = () => page.locator('#reader[data-state="ready"]').waitFor();

/** Selects the protocol (two articles quote it) and waits for its sources in the details panel. */
async function protocolDetails(): Promise<void> {
  // Returns nothing: a Cytoscape collection handed back to the test would be serialised whole.
  await page.evaluate((id) => {
    window.kgx!.cy().getElementById(id).select();
  }, PROTOCOL);
  await page.locator(`#details .source[data-source-id="${AQ}"] .show-in-article`).first().waitFor();
}

/** Waits until every fact of the passage that is not a mention is lit in the scene (edge and both ends). */
async function factsLit(passage: SourceDetails['passages'][number]): Promise<void> {
  const facts = realFacts(passage).map((f) => ({ from: f.from.id, to: f.to.id, type: f.type }));
  await page.waitForFunction(
    (fs) => {
      const cy = window.kgx!.cy();
      return fs.every((f) => {
        const a = cy.getElementById(f.from);
        const b = cy.getElementById(f.to);
        const edge = a.edgesTo(b).filter((e) => e.data('type') === f.type);
        return a.hasClass('ev-hl') && b.hasClass('ev-hl') && edge.nonempty() && edge.filter('.ev-hl').length === edge.length;
      });
    },
    facts,
    { timeout: 60_000 },
  );
}

/** Whether the box of `inner` lies within the visible box of `outer`. */
async function inside(innerSel: string, outerSel: string): Promise<boolean> {
  const a = await page.locator(innerSel).first().boundingBox();
  const b = await page.locator(outerSel).first().boundingBox();
  return Boolean(a && b && a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1 && a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1);
}

describe('article reader', () => {
  it('opens from a source in the details panel: right to left, every passage marked, the coverage the API gives', async () => {
    const data = await aq();
    await open('/');
    await protocolDetails();
    await page.locator(`#details .source[data-source-id="${AQ}"] .read-article`).click();
    await readerReady();
    const text = page.locator('#reader .reader-text');
    expect(await text.getAttribute('dir')).toBe('rtl');
    expect(await text.getAttribute('lang')).toBe('ar');
    expect(await page.locator('#reader h2').textContent()).toBe(data.titleOriginal);
    // One numbered marker per passage, and the marks cover exactly the passages' text.
    expect(data.passages.every((p) => p.start !== null)).toBe(true);
    expect(await page.locator('#reader .passage-marker').count()).toBe(data.passages.length);
    const marked = await page.locator('#reader mark.passage').evaluateAll((ms) => ms.map((m) => m.textContent ?? '').join(''));
    const union = new Set(data.passages.flatMap((p) => Array.from({ length: p.end! - p.start! }, (_, k) => p.start! + k)));
    expect(marked.length).toBe(union.size);
    // The coverage figure is the API's, and the sentences it leaves out are marked.
    const cov = page.locator('#reader .reader-coverage');
    expect(await cov.getAttribute('data-covered')).toBe(String(data.coverage.covered));
    expect(await cov.getAttribute('data-sentences')).toBe(String(data.coverage.sentences));
    expect(await cov.locator('.coverage-line').textContent()).toBe(
      `${data.coverage.covered} of ${data.coverage.sentences} sentences back a fact — ${Math.round(data.coverage.share * 100)}%`,
    );
    expect(await page.locator('#reader .sentence.uncovered').count()).toBe(data.sentences.filter((s) => !s.covered).length);
    expect(new URL(page.url()).searchParams.get('read')).toBe(AQ);
    await painted(page);
    await shot(page, 'reader-open-1440-en');
  });

  it('clicking a passage lists the facts it supports and lights them in the graph', async () => {
    const data = await aq();
    // The first passage that is the innermost of some mark and supports more than a mention.
    const i = await page.evaluate(
      (withFacts) => [...document.querySelectorAll<HTMLElement>('#reader mark.passage')].map((m) => Number(m.dataset.passage)).find((n) => withFacts.includes(n)),
      data.passages.flatMap((p, k) => (realFacts(p).length ? [k] : [])),
    );
    expect(i).toBeDefined();
    const passage = data.passages[i!]!;
    await page.locator(`#reader mark.passage[data-passage="${i}"]`).first().click();
    const facts = page.locator(`#reader .reader-facts[data-passage="${i}"] li.fact`);
    await expect.poll(() => facts.count()).toBe(realFacts(passage).length);
    expect((await facts.first().getAttribute('data-fact'))!).toBe(realFacts(passage)[0]!.id);
    await factsLit(passage);
    expect(new URL(page.url()).searchParams.get('passage')).toBe(String(i));
    expect(await page.locator(`#reader .passage-marker[data-passage="${i}"]`).getAttribute('aria-pressed')).toBe('true');
    await sceneIdle(page);
    await painted(page);
    await shot(page, 'reader-passage-1440-en');
  });

  it('"Show in article" on a quote opens the reader scrolled to that passage, and Esc gives focus back', async () => {
    const data = await aq();
    await open('/');
    await protocolDetails();
    // The last quote of the interview in the panel: the furthest down the article.
    const blocks = page.locator(`#details .source[data-source-id="${AQ}"] .quote-block`);
    const last = blocks.last();
    const quote = (await last.locator('.quote-ar').textContent())!;
    const i = data.passages.findIndex((p) => p.quote === quote);
    expect(i).toBeGreaterThan(0);
    const button = last.locator('.show-in-article');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator(`#reader[data-state="ready"][data-passage="${i}"]`).waitFor();
    await expect.poll(() => inside(`#reader mark.passage.active[data-passages~="${i}"]`, '#reader .reader-body')).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.passage)).toBe(String(i));
    await factsLit(data.passages[i]!);
    expect(new URL(page.url()).searchParams.get('passage')).toBe(String(i));

    // Keyboard: Tab moves between passages, Enter makes the focused one the reader's passage.
    await page.keyboard.press('Shift+Tab');
    const prev = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.passage);
    expect(prev).toBeDefined();
    await page.keyboard.press('Enter');
    await page.locator(`#reader[data-passage="${prev}"]`).waitFor();

    await page.keyboard.press('Escape');
    await page.locator('#reader').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('show-in-article'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('read')).toBeNull();
    expect(await page.evaluate(() => window.kgx!.cy().elements('.ev-hl').length)).toBe(0);
  });

  it('a copied link reopens the reader at its passage, and the Arabic interface mirrors it', async () => {
    const data = await aq();
    const i = data.passages.length - 2;
    await open(`/?read=${AQ}&passage=${i}`);
    await page.locator(`#reader[data-state="ready"][data-passage="${i}"]`).waitFor();
    await expect.poll(() => inside(`#reader mark.passage.active[data-passages~="${i}"]`, '#reader .reader-body')).toBe(true);
    await factsLit(data.passages[i]!);
    // The address keeps saying it.
    const params = new URL(page.url()).searchParams;
    expect([params.get('read'), params.get('passage')]).toEqual([AQ, String(i)]);

    await open(`/?lang=ar&read=${AQ}&passage=${i}`);
    await page.locator(`#reader[data-state="ready"][data-passage="${i}"]`).waitFor();
    expect(await page.locator('#reader').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#reader .coverage-line').textContent()).toContain(`${data.coverage.covered} من أصل ${data.coverage.sentences}`);
    // Fact ends in Arabic where the graph has an Arabic name.
    const ends = await page.locator('#reader .reader-facts .end').allTextContents();
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.some((e) => /[\u0600-\u06ff]/.test(e))).toBe(true);
    await factsLit(data.passages[i]!);
    await sceneIdle(page);
    await painted(page);
    await shot(page, 'reader-passage-1440-ar');
    expect(await axeSerious(page)).toEqual({});
  });

  it('has no serious or critical accessibility problem in English', async () => {
    await open(`/?read=${AQ}&passage=3`);
    await page.locator('#reader[data-state="ready"][data-passage="3"]').waitFor();
    expect(await axeSerious(page)).toEqual({});
  });

  it('is a full-height sheet on a phone, without sideways scroll, in English and Arabic', async () => {
    const data = await aq();
    const i = Math.floor(data.passages.length / 2);
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const lang of ['en', 'ar']) {
        await open(`/?lang=${lang}&read=${AQ}&passage=${i}`);
        await page.locator(`#reader[data-state="ready"][data-passage="${i}"]`).waitFor();
        const box = (await page.locator('#reader').boundingBox())!;
        expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
        const widths = await page.evaluate(() => {
          const r = document.getElementById('reader')!;
          const body = r.querySelector<HTMLElement>('.reader-body')!;
          return { page: document.scrollingElement!.scrollWidth, reader: r.scrollWidth, body: body.scrollWidth, bodyClient: body.clientWidth };
        });
        expect(widths.page).toBeLessThanOrEqual(390);
        expect(widths.reader).toBeLessThanOrEqual(390);
        expect(widths.body).toBeLessThanOrEqual(widths.bodyClient);
        await expect.poll(() => inside(`#reader mark.passage.active[data-passages~="${i}"]`, '#reader .reader-body')).toBe(true);
        // The close button is within reach and closes.
        await painted(page);
        await shot(page, `reader-phone-${lang}`);
        expect(await axeSerious(page)).toEqual({});
        await page.locator('#reader .reader-close').click();
        await page.locator('#reader').waitFor({ state: 'detached' });
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    expect(pageErrors.join('\n')).toBe('');
  });
});
