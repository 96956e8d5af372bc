/**
 * Markup in the data renders as text, in Debian's Chromium against the real app and Neo4j: a temporary person
 * whose names, description and provenance quotes hold <img onerror> and <script>, and a saved query whose
 * title, description and column name hold HTML. Searching for the person, opening its details, listing and
 * running the saved query: no dialog fires, `window.__xss` stays unset, no <img src=x> or injected <script>
 * reaches the DOM, and the markup shows literally as text.
 *
 * The app's Content-Security-Policy would stop an injected inline handler from running anyway, so the DOM
 * itself is checked too: the test must fail if markup ever becomes elements, whatever the CSP then blocks.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../server/search/fold.ts';
import { testDb } from '../setup/db.ts';
import { launchBrowser, painted, settled, shot, startApp, type Browsing, type RunningApp } from './harness.ts';

const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=2</script>';
const PROBE = {
  id: 'person-xss-probe',
  name: `Xssprobe ${IMG}`,
  nameAr: `اختبار ${SCRIPT}`,
  description: `${IMG} ${SCRIPT}`,
  aliases: [SCRIPT],
};
const SOURCE = 'source-alqabas-turkish-ambassador-interview';
const QUERY = {
  title: '<img src=x onerror=window.__xss=3> Xss query',
  description: '<script>window.__xss=4</script> <b>bold?</b>',
  cypher: `MATCH (p:Person {id: '${PROBE.id}'})-[r:MENTIONED_IN]->(s:Source) RETURN p.name AS \`<b>name</b>\`, p.description AS description, p, r, s`,
};

const db = testDb();
let app: RunningApp;
let b: Browsing;
let page: Page;
let savedId: string | undefined;

beforeAll(async () => {
  // The probe is written through the driver (the API never writes domain data), with the folded search text
  // the seed gives every node, so the search box finds it like any other.
  await db.driver.executeQuery(
    `MATCH (s:Source {id: $source})
     CREATE (p:Entity:Person {id: $id, name: $name, nameAr: $nameAr, description: $description, aliases: $aliases,
                              aliasesText: $aliasesText, searchText: $searchText})
     CREATE (p)-[:MENTIONED_IN {sources: [$source], quote: $img, quoteEn: $script, quotes: [$img], quotesEn: [$script]}]->(s)`,
    {
      ...PROBE,
      source: SOURCE,
      aliasesText: PROBE.aliases.join(' | '),
      searchText: [PROBE.name, PROBE.nameAr, ...PROBE.aliases].map(fold).join(' | '),
      img: IMG,
      script: SCRIPT,
    },
    { database: db.database },
  );
  [app, b] = await Promise.all([startApp(), launchBrowser()]);
  page = b.page;
  const res = await fetch(`${app.url}/api/queries`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(QUERY) });
  expect(res.status, await res.clone().text()).toBe(201);
  savedId = ((await res.json()) as { id: string }).id;
}, 120_000);

afterAll(async () => {
  // Clean up whatever happened above: the saved query through the API, the probe through the driver.
  if (savedId && app) expect((await fetch(`${app.url}/api/queries/${savedId}`, { method: 'DELETE' })).status).toBe(204);
  await db.driver.executeQuery('MATCH (p:Person {id: $id}) DETACH DELETE p', { id: PROBE.id }, { database: db.database });
  await db.driver.close();
  await b?.close();
  await app?.close();
});

/** Nothing the markup could have produced is in the page, and nothing ran. */
async function expectNoInjection(where: string): Promise<void> {
  const found = await page.evaluate(() => ({
    xss: (window as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.scripts].filter((s) => (s.textContent ?? '').includes('__xss')).length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    // Markup as text is escaped in the serialised DOM (&lt;img …); as elements it would appear raw.
    rawMarkup: document.documentElement.outerHTML.includes('<img src=x') || document.documentElement.outerHTML.includes('<script>window.__xss'),
  }));
  expect(found, where).toEqual({ xss: undefined, images: 0, scripts: 0, handlers: 0, rawMarkup: false });
  expect(b.dialogs, where).toEqual([]);
}

describe('markup in names and saved queries renders as text', () => {
  it('the search suggestion and the details panel show the markup literally', async () => {
    await page.goto(`${app.url}/`);
    expect(await settled(page)).toBe('ready');
    await page.fill('#search', '');
    await page.type('#search', 'Xssprobe', { delay: 20 });
    const option = page.locator(`#search + .typeahead li[data-id="${PROBE.id}"]`);
    await option.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await option.textContent()).toContain(PROBE.name);
    await expectNoInjection('typeahead');
    await option.dispatchEvent('mousedown');

    const details = page.locator(`#details .details[data-node-id="${PROBE.id}"]`);
    await details.waitFor({ timeout: 15_000 });
    expect(await details.locator('h2').textContent()).toBe(PROBE.name);
    expect(await details.locator('.name-ar').textContent()).toBe(PROBE.nameAr);
    const text = (await details.textContent()) ?? '';
    expect(text).toContain(IMG);
    expect(text).toContain(SCRIPT);
    // The provenance quotes of the MENTIONED_IN edge, literally too.
    await expect.poll(() => details.locator('.quote-ar').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await details.locator('.quote-ar').allTextContents()).toContain(IMG);
    expect(await details.locator('.quote-en').allTextContents()).toContain(SCRIPT);
    await expect.poll(() => page.getByText(PROBE.description, { exact: false }).first().isVisible()).toBe(true);
    // In the graph the name is a canvas label, drawn as the same text.
    expect(await page.evaluate((id) => window.kgx!.cy().$id(id).data('label_en') as string, PROBE.id)).toBe(PROBE.name);
    await painted(page);
    await expectNoInjection('details');
    await shot(page, 'xss-details');
  });

  it('the queries list and a run of the saved query show its title, description and columns literally', async () => {
    await page.click('.tabs [data-tab="queries"]');
    const item = page.locator(`#tab-queries li[data-query-id="${savedId}"]`);
    await item.waitFor({ timeout: 15_000 });
    expect(await item.locator('strong').textContent()).toBe(QUERY.title);
    expect(await item.textContent()).toContain(QUERY.description);
    await expectNoInjection('queries list');

    await item.locator('button').click();
    await page.click('#tab-queries .param-form button[type="submit"]');
    const table = page.locator('#results .results-table');
    await table.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    expect(await table.locator('thead').textContent()).toContain('<b>name</b>');
    const body = (await table.locator('tbody').textContent()) ?? '';
    expect(body).toContain(PROBE.name);
    expect(body).toContain(PROBE.description);
    await painted(page);
    await expectNoInjection('query run');
    await shot(page, 'xss-saved-query');
  });

  it('raised no page errors and no dialogs along the way', () => {
    expect(b.pageErrors.join('\n')).toBe('');
    expect(b.dialogs).toEqual([]);
  });
});
