/**
 * The explorer in Debian's Chromium against the real app and the seeded Neo4j: one browser, one app, the
 * states an analyst goes through. Each state is saved as a screenshot under test-artifacts/e2e/.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { connect } from '../../server/neo4j/provision.ts';
import { type Browsing, painted, pngDimensions, type RunningApp, sceneIdle, settled, shot, startApp, stateVersion, useExplorer, visibleCounts } from './harness.ts';

const SONMEZ = 'person-tuba-nur-sonmez';
const EMIR = 'person-meshal-al-ahmad-al-jaber-al-sabah';
const FIEP = 'org-fiep';

let app: RunningApp;
let b: Browsing;
let page: Page;
useExplorer((s) => ({ app, b, page } = s));

const open = async (path = '/') => {
  await page.goto(`${app.url}${path}`);
  return settled(page);
};
const cyIds = (selector: string) => page.evaluate((s) => window.kgx!.cy().elements(s).map((e) => e.id()).sort(), selector);
/** Ids of what is shown (from the hiding classes, as the app decides it). */
const shownIds = (p: Page) =>
  p.evaluate(() => {
    const g = window.kgx!.view().graph;
    return [...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)].sort();
  });
const selectedNode = () => page.evaluate(() => window.kgx!.cy().nodes(':selected').map((n) => n.id()));

/** Types into a type-ahead and picks the suggestion for `id`. */
async function pick(inputSelector: string, text: string, id: string): Promise<void> {
  await page.fill(inputSelector, '');
  await page.type(inputSelector, text, { delay: 20 });
  const option = page.locator(`${inputSelector} + .typeahead li[data-id="${id}"]`);
  await option.waitFor({ state: 'visible', timeout: 10_000 });
  await option.dispatchEvent('mousedown');
}

describe('explorer in the browser', () => {
  it('loads and draws the agreements view, with a legend and no page errors', async () => {
    expect(await open('/')).toBe('ready');
    const apiAgreements = (await (await fetch(`${app.url}/api/agreements`)).json()) as { rows: { id: string }[] };
    const agreementIds = await cyIds('node.l-Agreement');
    expect(agreementIds).toEqual(apiAgreements.rows.map((r) => r.id).sort());
    expect(agreementIds.length).toBeGreaterThan(0);
    const counts = await visibleCounts(page);
    expect(counts.nodes).toBeGreaterThan(agreementIds.length);
    expect(counts.edges).toBeGreaterThan(0);
    // Something was really drawn: the node layer holds painted pixels (Cytoscape paints on a later frame).
    const paintedPixels = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('#cy canvas[data-id="layer2-node"]')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      });
    await vi.waitFor(async () => expect(await paintedPixels()).toBeGreaterThan(5000), { timeout: 5_000, interval: 100 });
    expect(await page.locator('#legend li').count()).toBeGreaterThan(3);
    // Status drawn in the border: the under-negotiation agreement is dashed.
    const dashed = await page.evaluate(() => window.kgx!.cy().nodes('.s-under_negotiation').map((n) => n.style('border-style')));
    expect(dashed.length).toBeGreaterThan(0);
    expect(new Set(dashed)).toEqual(new Set(['dashed']));
    await shot(page, '01-agreements-en');
    expect(b.pageErrors.join('\n')).toBe('');
  });

  it('shows names, dates with precision and sources with Arabic quotes in the details panel, in Arabic too', async () => {
    await open('/');
    await page.evaluate(() => {
      window.kgx!.cy().$id('agreement-gendarmerie-national-guard-protocol-2025-03-25').select();
    });
    const details = page.locator('#details .details[data-node-id="agreement-gendarmerie-national-guard-protocol-2025-03-25"]');
    await details.waitFor();
    await expect.poll(() => details.locator('.quote-ar').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await details.locator('.name-ar').getAttribute('dir')).toBe('rtl');
    expect(await details.locator('.precision').first().getAttribute('data-precision')).toBe('day');
    expect(await details.locator('.date-value').first().textContent()).toBe('25 March 2025');
    expect(await details.locator('.quote-ar').first().getAttribute('dir')).toBe('rtl');
    expect((await details.locator('.quote-en').first().textContent())?.length).toBeGreaterThan(5);
    await shot(page, '02-details-en');

    // A relationship: its own sources, each with the Arabic quote and the English gloss.
    await page.evaluate(() => {
      const cy = window.kgx!.cy();
      cy.elements().unselect();
      cy.edges('[type = "OVERSAW"]').first().select();
    });
    const edge = page.locator('#details .details[data-kind="edge"]');
    await edge.waitFor();
    expect(await edge.locator('.quote-ar').count()).toBeGreaterThan(0);
    expect(await edge.locator('.quote-ar').first().getAttribute('lang')).toBe('ar');
    expect((await edge.locator('.quote-en').first().textContent())?.length).toBeGreaterThan(5);
    await shot(page, '02b-edge-details-en');
    await page.evaluate(() => {
      const cy = window.kgx!.cy();
      cy.elements().unselect();
      cy.$id('agreement-gendarmerie-national-guard-protocol-2025-03-25').select();
    });

    await page.click('#lang-toggle [data-lang="ar"]');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await page.evaluate(() => window.kgx!.cy().$id('country-kuwait').style('label'))).toBe('\u2068الكويت\u2069');
    expect(await page.locator('#details .date-value').first().textContent()).toMatch(/٢٠٢٥|2025/);
    await sceneIdle(page);
    await painted(page);
    await shot(page, '03-agreements-ar');
    await page.click('#lang-toggle [data-lang="both"]');
    expect(await page.evaluate(() => window.kgx!.cy().$id('country-kuwait').style('label'))).toBe('\u2068Kuwait\u2069\n\u2068الكويت\u2069');
    await shot(page, '04-agreements-both');
    await page.click('#lang-toggle [data-lang="en"]');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });

  it('searching Sönmez and سونمز both focus her node', async () => {
    for (const q of ['Sönmez', 'سونمز']) {
      await open('/');
      await pick('#search', q, SONMEZ);
      await expect.poll(selectedNode, { timeout: 10_000 }).toEqual([SONMEZ]);
      await page.locator(`#details .details[data-node-id="${SONMEZ}"]`).waitFor();
      expect(await page.locator('#details .name-ar').textContent()).toBe('طوبى نور سونمز');
      expect(await page.evaluate(() => window.kgx!.state().focus)).toBe(SONMEZ);
      expect(await page.evaluate(() => window.kgx!.cy().$id('person-tuba-nur-sonmez').hasClass('hl'))).toBe(true);
    }
    await shot(page, '05-search-sonmez');
    // She came in with her neighbourhood (she is no party to an agreement): one undo takes that back.
    expect(await page.evaluate(() => window.kgx!.state().expanded)).toEqual([SONMEZ]);
    await page.click('#btn-undo');
    expect(await cyIds(`#${SONMEZ}`)).toEqual([]);
    expect(await page.evaluate(() => window.kgx!.state().expanded)).toEqual([]);
    expect(await page.locator('#details .details.empty').count()).toBe(1);
  });

  it('expanding a node merges its neighbourhood without duplicates, keeps positions, and can be undone', async () => {
    await open('/');
    const before = await cyIds('*');
    const target = 'org-gendarmerie-general-command';
    expect(before).toContain(target);
    const positionsBefore = await page.evaluate(() => Object.fromEntries(window.kgx!.cy().nodes().map((n) => [n.id(), { ...n.position() }])));
    // Double-click the node where it is drawn.
    const at = await page.evaluate((id) => {
      const cy = window.kgx!.cy();
      cy.$id(id).unselect();
      const p = cy.$id(id).renderedPosition();
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, target);
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(async () => (await cyIds('*')).length, { timeout: 15_000 }).toBeGreaterThan(before.length);
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#btn-undo')!.disabled);
    // The expansion is done (recorded in the state) and its layout has finished: nothing moves any more.
    await page.waitForFunction((id) => window.kgx!.state().expanded.includes(id), target);
    await sceneIdle(page);
    const after = await cyIds('*');
    expect(new Set(after).size).toBe(after.length);
    expect(after).toEqual(expect.arrayContaining(before));
    // Existing nodes stayed where they were.
    const moved = await page.evaluate((prev) => {
      const cy = window.kgx!.cy();
      return Object.entries(prev).filter(([id, p]) => {
        const q = cy.$id(id).position();
        return Math.abs(q.x - p.x) > 0.5 || Math.abs(q.y - p.y) > 0.5;
      }).length;
    }, positionsBefore);
    expect(moved).toBe(0);
    expect(await page.evaluate(() => window.kgx!.state().expanded)).toEqual([target]);
    await shot(page, '06-expanded');

    await page.click('#btn-undo');
    expect(await cyIds('*')).toEqual(before);
    expect(await page.evaluate(() => window.kgx!.state().expanded)).toEqual([]);
  });

  it('the connection finder links the Emir and FIEP and highlights the path', async () => {
    await open('/');
    await page.click('.tabs [data-tab="paths"]');
    await pick('#tab-paths input[data-end="from"]', 'Meshal', EMIR);
    await pick('#tab-paths input[data-end="to"]', 'FIEP', FIEP);
    await page.click('#tab-paths [data-action="find-paths"]');
    await page.locator('#tab-paths .path-list li').first().waitFor({ timeout: 15_000 });
    const lit = await cyIds('node.path-hl');
    expect(lit).toEqual(expect.arrayContaining([EMIR, FIEP]));
    expect((await cyIds('edge.path-hl')).length).toBeGreaterThan(0);
    const listed = await page.locator('#tab-paths .path-list li').first().textContent();
    expect(listed).toMatch(/Meshal/);
    expect(listed).toMatch(/FIEP/);
    expect(await page.evaluate(() => window.kgx!.state().paths)).toEqual({ from: EMIR, to: FIEP });
    await sceneIdle(page);
    await shot(page, '07-connection-emir-fiep');
  });

  it('a saved query with a parameter runs from its generated form, drawing a graph and a table', async () => {
    const queries = (await (await fetch(`${app.url}/api/queries`)).json()) as { id: string; params: { name: string; type: string }[] }[];
    const q = queries.find((x) => x.params.some((p) => p.type === 'nodeId'));
    expect(q, 'a saved query with a nodeId parameter').toBeDefined();
    const param = q!.params.find((p) => p.type === 'nodeId')!;
    await open('/');
    await page.click('.tabs [data-tab="queries"]');
    await page.click(`#tab-queries li[data-query-id="${q!.id}"] button`);
    const input = `#tab-queries .param-form input[name="${param.name}"]`;
    await pick(input, 'Kuwait', 'country-kuwait');
    await page.click('#tab-queries .param-form button[type="submit"]');
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('q') === id, q!.id);
    expect(await settled(page)).toBe('ready');
    expect(new URL(page.url()).searchParams.get(`p.${param.name}`)).toBe('country-kuwait');
    expect(await cyIds('#country-kuwait')).toEqual(['country-kuwait']);
    expect(await page.locator('#results .results-table tbody tr').count()).toBeGreaterThan(0);
    await shot(page, '08-saved-query');
  });

  it('the timeline narrows the visible count', async () => {
    await open('/');
    const before = await visibleCounts(page);
    const versionBefore = await stateVersion(page);
    // Move the start handle to January 2025: everything dated before goes.
    await page.evaluate(() => {
      const lo = document.querySelector<HTMLInputElement>('#timeline .tl-lo')!;
      lo.value = String(2025 * 12);
      lo.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // The scene has drawn the state with the new window.
    await page.waitForFunction((v) => Number(document.getElementById('cy')!.dataset.stateVersion) > v, versionBefore);
    const after = await visibleCounts(page);
    expect(after.nodes).toBeLessThan(before.nodes);
    const outside = await page.evaluate(() => window.kgx!.cy().nodes('.dated').not('.t-hidden, .f-hidden, .u-hidden').filter((n) => n.data('tEnd') < 2025 * 12).length);
    expect(outside).toBe(0);
    expect(await page.evaluate(() => window.kgx!.state().window)).toEqual({ from: '2025-01', to: expect.stringMatching(/^\d{4}-\d{2}$/) });
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toMatch(/^2025-01\.\./);
    await shot(page, '09-timeline-2025');
  });

  it('the Cypher console refuses a write query and marks a syntax error in place', async () => {
    await open('/');
    const nodesBefore = (await visibleCounts(page)).nodes;
    await page.click('.tabs [data-tab="console"]');
    const editor = page.locator('#tab-console .cm-content');
    await editor.waitFor();
    const setQuery = async (q: string) => {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(q);
    };
    await setQuery("CREATE (n:Entity {id: 'e2e-should-not-exist'}) RETURN n");
    await page.click('#tab-console [data-action="console-run"]');
    const message = page.locator('#tab-console .console-message.error');
    await message.waitFor({ timeout: 15_000 });
    expect(await message.textContent()).toMatch(/read-only|read only|refused|write/i);
    // The scene that was there is kept.
    expect((await visibleCounts(page)).nodes).toBe(nodesBefore);
    await shot(page, '10-console-write-refused');

    await setQuery('MATCH (n:Agreement RETURN n');
    await page.click('#tab-console [data-action="console-run"]');
    await page.locator('#tab-console .cm-error-mark').waitFor({ timeout: 15_000 });
    expect(await page.locator('#tab-console .err-pos').textContent()).toMatch(/line 1, column \d+/);
    await shot(page, '11-console-syntax-error');

    await setQuery('MATCH (a:Agreement)<-[r:PARTY_TO]-(p) RETURN a.name AS agreement, r, p LIMIT 10');
    await page.click('#tab-console [data-action="console-run"]');
    await page.locator('#tab-console .console-message.ok').waitFor({ timeout: 15_000 });
    expect(await page.locator('#results .results-table tbody tr').count()).toBe(10);
    expect((await cyIds('node.l-Agreement')).length).toBeGreaterThan(0);
  }, 120_000);

  it('PNG export yields a valid PNG at the requested scale', async () => {
    await open('/');
    await page.click('#btn-export');
    const sizes: Record<string, { width: number; height: number }> = {};
    for (const scale of ['1', '2']) {
      await page.selectOption('#export-scale', scale);
      // The size counts the frame (title, legend, sources), which waits for the sources it cites.
      await page.waitForFunction(() => document.getElementById('export-size')!.dataset.pending === undefined);
      const expected = await page.evaluate(() => {
        const el = document.getElementById('export-size')!;
        return { width: Number(el.dataset.width), height: Number(el.dataset.height) };
      });
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      const buf = fs.readFileSync((await download.path())!);
      const dims = pngDimensions(buf);
      expect(dims).toEqual(expected);
      sizes[scale] = dims;
    }
    expect(Math.abs(sizes['2']!.width - 2 * sizes['1']!.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(sizes['2']!.height - 2 * sizes['1']!.height)).toBeLessThanOrEqual(2);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const svgText = fs.readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<\?xml|^<svg/);
    expect(svgText).toContain('Kuwait');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const view = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as { format: string; graph: { nodes: unknown[] }; sources: string[] };
    expect(view.format).toBe('kg-explorer/view');
    expect(view.graph.nodes.length).toBe((await visibleCounts(page)).nodes);
    expect(view.sources.length).toBeGreaterThan(0);
  });

  it('a deep link reopens the same view', async () => {
    await open('/');
    await page.selectOption('#layout-select', 'concentric');
    await page.click('#lang-toggle [data-lang="ar"]');
    await page.click('.tabs [data-tab="filters"]');
    await page.locator('#tab-filters [data-filter="label"] input[data-name="Product"]').uncheck();
    await page.evaluate(() => {
      window.kgx!.cy().$id('country-turkey').select();
    });
    await page.evaluate(() => {
      const hi = document.querySelector<HTMLInputElement>('#timeline .tl-hi')!;
      hi.value = String(2024 * 12 + 11);
      hi.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toMatch(/\.\.2024-12$/);
    const link = page.url();
    const want = {
      state: await page.evaluate(() => window.kgx!.state()),
      visible: await shownIds(page),
      selected: await selectedNode(),
    };
    expect(want.state).toMatchObject({ layout: 'concentric', lang: 'ar', hiddenLabels: ["Product"], focus: 'country-turkey' });
    const other = await b.context.newPage();
    try {
      await other.goto(link);
      await settled(other);
      expect(await other.evaluate(() => window.kgx!.state())).toEqual(want.state);
      expect(await shownIds(other)).toEqual(want.visible);
      expect(await other.evaluate(() => window.kgx!.cy().nodes(':selected').map((n) => n.id()))).toEqual(want.selected);
      expect(await other.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await other.locator('#layout-select').inputValue()).toBe('concentric');
      await shot(other, '12-deep-link-reopened');
    } finally {
      await other.close();
    }
  });

  it('renders names as text: markup in a name never becomes HTML', async () => {
    await open('/');
    const evil = '<img src=x onerror=alert(1)>';
    await page.evaluate(async (name) => {
      await window.kgx!.scene.merge({ nodes: [{ id: 'xss-test', labels: ['Person', 'Entity'], properties: { name, nameAr: name, aliases: [name], description: name } }], edges: [] }, { animate: false, record: false });
      window.kgx!.cy().$id('xss-test').select();
    }, evil);
    const details = page.locator('#details .details[data-node-id="xss-test"]');
    await details.waitFor();
    expect(await details.locator('h2').textContent()).toBe(evil);
    expect(await page.locator('#details img, #legend img, #tab-filters img').count()).toBe(0);
    await painted(page);
    expect(b.dialogs).toEqual([]);
  });

  it('says clearly when Neo4j is down', async () => {
    // A second app whose driver points at a port nothing listens on.
    const down = await startApp({ ...connect('bolt://127.0.0.1:9', 'neo4j', 'x'), mode: 'external' });
    const p = await b.context.newPage();
    try {
      await p.goto(`${down.url}/`);
      await p.locator('#banner:not([hidden])').waitFor({ timeout: 30_000 });
      expect(await p.locator('#banner').textContent()).toMatch(/not reachable/);
      await p.waitForFunction(() => document.body.dataset.state === 'error', null, { timeout: 30_000 });
      await shot(p, '13-neo4j-down');
    } finally {
      await p.close();
      await down.close();
    }
  });

  it('raised no uncaught page errors along the way', () => {
    // Joined, so a failure prints the messages themselves.
    expect(b.pageErrors.join('\n')).toBe('');
  });
});
