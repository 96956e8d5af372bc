/**
 * What a new reader sees first, measured rather than eyeballed: label sizes on screen (font size × zoom) at
 * two common window sizes, the scene filling the canvas, no label over another, and the agreement details.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Browsing, openReady, type RunningApp, sceneIdle, settled, shot, useExplorer } from './harness.ts';

let app: RunningApp;
let b: Browsing;
useExplorer((s) => ({ app, b } = s));

/** A page of its own at the given window size, settled on `path`. */
async function pageAt(width: number, height: number, path = '/'): Promise<Page> {
  const context = await b.browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => b.pageErrors.push(e.message));
  await openReady(page, `${app.url}${path}`);
  return page;
}

interface Measure {
  zoom: number;
  minNodePx: number;
  /** On-screen size of every edge label that is drawn. */
  edgePx: number[];
  fillW: number;
  fillH: number;
  overlaps: string[];
}

/** Label sizes, how much of the canvas the scene spans, and which drawn labels overlap. */
const measure = (page: Page): Promise<Measure> =>
  page.evaluate(() => {
    const cy = window.kgx!.cy();
    const zoom = cy.zoom();
    const nodes = cy.nodes(':visible');
    const px = (e: { style: (k: string) => string }) => parseFloat(e.style('font-size')) * zoom;
    const drawn = cy.edges(':visible').filter((e) => String(e.style('label')) !== '' && Number(e.style('text-opacity')) > 0 && px(e) >= 9);
    const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as never;
    const boxes = [...nodes.map((n) => [n.id(), n.boundingBox(labelOnly)] as const), ...drawn.map((e) => [e.id(), e.boundingBox(labelOnly)] as const)];
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [ia, a] = boxes[i]!;
        const [ib, c] = boxes[j]!;
        if (a.w > 0 && c.w > 0 && a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2) overlaps.push(`${ia} × ${ib}`);
      }
    const bb = cy.elements(':visible').renderedBoundingBox({});
    return {
      zoom,
      minNodePx: Math.min(...nodes.map(px)),
      edgePx: drawn.map(px),
      fillW: bb.w / cy.width(),
      fillH: bb.h / cy.height(),
      overlaps,
    };
  });

describe('the opening view', () => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    for (const lang of ['en', 'ar'] as const) {
      it(`is readable at ${width}×${height} (${lang}): node labels ≥ 11 px, edge labels ≥ 9 px or not drawn, canvas filled, no overlaps`, async () => {
        const page = await pageAt(width, height, lang === 'en' ? '/' : '/?lang=ar');
        const m = await measure(page);
        console.log(
          `[first-screen] ${width}×${height} ${lang}: zoom ${m.zoom.toFixed(2)}, node labels ≥ ${m.minNodePx.toFixed(1)} px, ${m.edgePx.length} edge labels drawn (≥ ${m.edgePx.length ? Math.min(...m.edgePx).toFixed(1) : '-'} px), scene ${Math.round(m.fillW * 100)}% × ${Math.round(m.fillH * 100)}% of the canvas, ${m.overlaps.length} overlaps`,
        );
        expect(m.minNodePx).toBeGreaterThanOrEqual(11);
        for (const px of m.edgePx) expect(px).toBeGreaterThanOrEqual(9);
        expect(Math.max(m.fillW, m.fillH)).toBeGreaterThanOrEqual(0.8);
        expect(m.overlaps).toEqual([]);
        // Every node is inside the canvas: nothing to pan for.
        const inside = await page.evaluate(() => {
          const cy = window.kgx!.cy();
          const bb = cy.elements(':visible').renderedBoundingBox({});
          return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
        });
        expect(inside).toBe(true);
        await shot(page, `first-screen-open-${width}-${lang}`);
        // The same view with an agreement selected: who signed it, in the details panel.
        // void: returning the collection would have Playwright serialise the whole Cytoscape core (a minute).
        await page.evaluate(() => void window.kgx!.cy().getElementById('agreement-executive-protocol-defence-procurement-2024').select());
        await page.locator('#details .who-host[data-ready="true"] .d-parties li').first().waitFor();
        await sceneIdle(page);
        await shot(page, `first-screen-agreement-${width}-${lang}`);
        await page.context().close();
      });
    }
  }

  it('lays out the same way every time, agreements in the middle column', async () => {
    const positions = async () => {
      const page = await pageAt(1280, 720);
      const p = await page.evaluate(() =>
        window
          .kgx!.cy()
          .nodes()
          .map((n) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y')), n.hasClass('l-Agreement')] as const)
          .sort(),
      );
      await page.context().close();
      return p;
    };
    const first = await positions();
    expect(await positions()).toEqual(first);
    const xs = new Set(first.filter(([, , , agreement]) => agreement).map(([, x]) => x));
    expect(xs.size).toBe(1);
    const [mid] = [...xs];
    // Parties to the left of the agreements, everything else to the right.
    const others = first.filter(([, , , agreement]) => !agreement).map(([, x]) => x);
    expect(others.every((x) => x !== mid)).toBe(true);
    expect(b.pageErrors.join('\n')).toBe('');
  });
});

const PROTOCOL = 'agreement-executive-protocol-defence-procurement-2024';
const EMIR = 'person-meshal-al-ahmad-al-jaber-al-sabah';
const FIEP = 'org-fiep';

describe('who signed what, sources, connections', () => {
  it('an agreement lists its parties with their roles, signatories, overseers, event, date and status; each line selects its node', async () => {
    const page = await pageAt(1440, 900);
    await page.evaluate((id) => void window.kgx!.cy().getElementById(id).select(), PROTOCOL);
    const who = page.locator('#details .who-host[data-ready="true"]');
    await who.waitFor();
    const parties = await who.locator('.d-parties li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-node-id'), li.querySelector('.role')?.textContent ?? '']));
    expect(parties).toEqual([
      ['country-turkey', 'state party (seller government)'],
      ['country-kuwait', 'state party (buyer government)'],
      ['org-turkey-ministry-of-national-defence', 'signatory ministry'],
      ['org-kuwait-ministry-of-defence', 'signatory ministry'],
    ]);
    expect(await who.locator('.d-signatories li').count()).toBe(2);
    expect((await who.locator('.d-overseers li').allTextContents()).join(' ')).toMatch(/Erdoğan.*President of Turkey/);
    expect(await who.locator('.d-signed-during li').getAttribute('data-node-id')).toBe('event-emir-visit-turkey-2024-05');
    expect(await who.locator('.who-facts').textContent()).toMatch(/May 2024.*month only.*signed/);
    await shot(page, 'first-screen-agreement-selected-1440-en');
    // A party's line selects the party; the party's details list its agreements with its role in each.
    await who.locator('.d-parties li[data-node-id="country-kuwait"] .node-link').click();
    await page.waitForFunction(() => window.kgx!.state().focus === 'country-kuwait');
    const agreements = page.locator('#details .who-host[data-ready="true"] .d-agreements li');
    await agreements.first().waitFor();
    const rows = await agreements.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-node-id'), li.querySelector('.role')?.textContent ?? '']));
    expect(rows).toContainEqual([PROTOCOL, 'state party (buyer government)']);
    expect(rows).toContainEqual(['agreement-kuwait-tb2-contract-2023', 'buyer']);
    expect(rows.length).toBe(4);
    await page.context().close();
  });

  it('sources show each distinct quote once, with the facts it supports', async () => {
    const page = await pageAt(1440, 900);
    await page.evaluate((id) => void window.kgx!.cy().getElementById(id).select(), PROTOCOL);
    const blocks = page.locator('#details .source .quote-block');
    await blocks.first().waitFor();
    const perSource = await page.locator('#details .source').evaluateAll((cards) =>
      cards.map((c) => [...c.querySelectorAll('.quote-block')].map((b) => `${b.querySelector('.quote-ar')?.textContent ?? ''}|${b.querySelector('.quote-en')?.textContent ?? ''}`)),
    );
    // Twelve cited quotes, five distinct sentences over the two articles: each shown once.
    for (const quotes of perSource) expect(new Set(quotes).size).toBe(quotes.length);
    expect(perSource.flat().length).toBe(5);
    const facts = await page.locator('#details .quote-block .fact').allTextContents();
    expect(facts).toContain('Turkey party to → Executive Protocol on Government Procurement from Defence Industries');
    expect(facts.some((f) => /^Sheikh Meshal.* oversaw → Executive Protocol/.test(f))).toBe(true);
    // No article address in the metadata: the link says it is the publication's site.
    const links = await page.locator('#details .source a[href]').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('data-article'), a.textContent]));
    for (const [, article, text] of links) expect(article === 'true' ? text === 'Open article' : text !== 'Open article').toBe(true);
    await page.context().close();
  });

  it('connections read the right way: true directions, parallel paths shown once with their variants', async () => {
    const page = await pageAt(1440, 900, `/?pa=${EMIR}&pb=${FIEP}`);
    await page.click('.tabs [data-tab="paths"]');
    const list = page.locator('#tab-paths .path-list li');
    await list.first().waitFor();
    expect(await page.locator('#tab-paths [data-paths]').getAttribute('data-paths')).toBe('2');
    expect(await list.count()).toBe(1);
    const steps = await list.first().locator('.path-rel').evaluateAll((rels) => rels.map((r) => [r.getAttribute('data-forward'), r.textContent!.trim()]));
    expect(steps[0]![0]).toBe('true');
    // The Guard is part of Kuwait: read from Kuwait, the step points back.
    expect(steps[1]).toEqual(['false', '←part of—']);
    expect(steps[2]![1]).toMatch(/full.*\|.*observer/);
    await page.context().close();
    expect(b.pageErrors.join('\n')).toBe('');
  });
});

describe('zoom', () => {
  it('a wheel notch zooms by about 1.2×, the buttons zoom and fit, and a scene over 100 nodes gets an overview map', async () => {
    const page = await pageAt(1440, 900);
    const zoom = () => page.evaluate(() => window.kgx!.cy().zoom());
    const box = (await page.locator('#cy').boundingBox())!;
    const z0 = await zoom();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction((z) => window.kgx!.cy().zoom() !== z, z0);
    expect((await zoom()) / z0).toBeCloseTo(1.2, 2);
    const z1 = await zoom();
    await page.click('.zoom-buttons [data-zoom="zoomIn"]');
    await page.waitForFunction((z) => Math.abs(window.kgx!.cy().zoom() / z - 1.2) < 0.01, z1);
    await sceneIdle(page);
    await page.click('.zoom-buttons [data-zoom="zoomOut"]');
    await page.waitForFunction((z) => Math.abs(window.kgx!.cy().zoom() - z) < 0.01, z1);
    await sceneIdle(page);
    await page.click('.zoom-buttons [data-zoom="fitView"]');
    await page.waitForFunction((z) => Math.abs(window.kgx!.cy().zoom() - z) < 0.01, z0);
    expect(await page.locator('.zoom-buttons [data-zoom="zoomIn"]').getAttribute('aria-label')).toBe('Zoom in');
    // 22 nodes: no overview. 150 more: the overview shows, and pressing on it moves the view.
    expect(await page.locator('.overview-host').isHidden()).toBe(true);
    await page.evaluate(async () => {
      const nodes = Array.from({ length: 150 }, (_, i) => ({ id: `extra-${i}`, labels: ['Place'], properties: { name: `Extra ${i}` } }));
      await window.kgx!.scene.merge({ nodes, edges: [] }, { animate: false });
    });
    await sceneIdle(page);
    const overview = page.locator('.overview-host canvas');
    await overview.waitFor({ state: 'visible' });
    const pan = await page.evaluate(() => window.kgx!.cy().pan());
    const ob = (await overview.boundingBox())!;
    await page.mouse.click(ob.x + 10, ob.y + 10);
    expect(await page.evaluate(() => window.kgx!.cy().pan())).not.toEqual(pan);
    await shot(page, 'first-screen-overview');
    await page.context().close();
    expect(b.pageErrors.join('\n')).toBe('');
  });
});

describe('exports', () => {
  it('the SVG export is drawn as snapshots are: one shape per node, every label, title, legend and sources, no halo, no console errors', async () => {
    const page = await pageAt(1440, 900);
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text())));
    await page.evaluate((id) => void window.kgx!.cy().getElementById(id).select(), PROTOCOL);
    await page.click('#btn-export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const svgText = fs.readFileSync((await download.path())!, 'utf8');
    const found = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return undefined;
      const drawing = doc.documentElement.querySelector(':scope > svg')!;
      const fills: Record<string, number> = {};
      for (const e of drawing.querySelectorAll('[fill]')) fills[e.getAttribute('fill')!] = (fills[e.getAttribute('fill')!] ?? 0) + 1;
      const cy = window.kgx!.cy();
      // The colour each shown node is painted in, as canvas2svg writes it.
      const want: Record<string, number> = {};
      cy.nodes(':visible').forEach((n) => {
        const [r, g, b] = n.style('background-color').match(/\d+/g)!.map(Number);
        want[`rgb(${r},${g},${b})`] = (want[`rgb(${r},${g},${b})`] ?? 0) + 1;
      });
      const texts = [...drawing.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ');
      return {
        fills,
        want,
        texts,
        title: doc.querySelector('.snapshot-title')?.textContent ?? '',
        legend: doc.querySelectorAll('.legend-item').length,
        sources: doc.querySelector('.snapshot-sources')?.textContent ?? '',
      };
    }, svgText);
    expect(found).toBeDefined();
    for (const [colour, n] of Object.entries(found!.want)) expect(found!.fills[colour] ?? 0, colour).toBeGreaterThanOrEqual(n);
    // Every node label is in the drawing (canvas2svg writes a label's lines as separate texts).
    for (const word of ['Kuwait', 'Executive', 'Emir', 'Bayraktar', 'Gendarmerie']) expect(found!.texts).toContain(word);
    expect(found!.title).toMatch(/Knowledge-graph explorer/);
    expect(found!.legend).toBeGreaterThan(5);
    expect(found!.sources).toMatch(/^Sources: .*Al-Qabas/);
    // No selection halo: the selected agreement's underlay (blue, translucent) is not drawn.
    expect(svgText).not.toMatch(/opacity="0\.28"/);
    expect(errors).toEqual([]);
    // The switch leaves the frame out.
    await page.uncheck('#export-frame');
    const [bare] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const bareText = fs.readFileSync((await bare.path())!, 'utf8');
    expect(bareText).not.toContain('snapshot-sources');
    expect(bareText).toContain('Kuwait');
    await page.context().close();
  });
});

describe('new nodes find room', () => {
  it('an expansion puts the newcomers by their anchor, over no node or label, and moves nothing already there', async () => {
    const page = await pageAt(1440, 900);
    // The user moves a node first: it must stay where it was put.
    await page.evaluate(() => {
      const n = window.kgx!.cy().getElementById('org-kuwait-national-guard');
      n.position({ x: n.position('x') - 30, y: n.position('y') + 10 });
      n.emit('dragfree');
    });
    const positions = () =>
      page.evaluate(() => Object.fromEntries(window.kgx!.cy().nodes().map((n) => [n.id(), { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }])));
    const before = await positions();
    await page.evaluate(() => void window.kgx!.cy().getElementById('country-kuwait').select());
    await page.locator('#details .d-actions .btn.primary').click();
    await page.waitForFunction(() => window.kgx!.state().expanded.includes('country-kuwait'));
    await sceneIdle(page);
    const after = await positions();
    const fresh = Object.keys(after).filter((id) => !(id in before));
    expect(fresh.length).toBeGreaterThan(3);
    for (const [id, p] of Object.entries(before)) expect(after[id], id).toEqual(p);
    const clash = await page.evaluate((freshIds) => {
      const cy = window.kgx!.cy();
      const box = { includeLabels: true, includeOverlays: false, includeUnderlays: false } as never;
      const body = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as never;
      const nodes = cy.nodes(':visible').toArray();
      const over = (a: { x1: number; x2: number; y1: number; y2: number }, b: typeof a) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const out: string[] = [];
      for (let i = 0; i < nodes.length; i++)
        for (let j = i + 1; j < nodes.length; j++) {
          const [a, b] = [nodes[i]!, nodes[j]!];
          if (!freshIds.includes(a.id()) && !freshIds.includes(b.id())) continue;
          if (over(a.boundingBox(body), b.boundingBox(body))) out.push(`bodies ${a.id()} × ${b.id()}`);
          if (over(a.boundingBox(box), b.boundingBox(box))) out.push(`boxes ${a.id()} × ${b.id()}`);
        }
      // Near the anchor: every newcomer within a few rings of Kuwait.
      const k = cy.getElementById('country-kuwait').position();
      const far = freshIds.filter((id) => Math.hypot(cy.getElementById(id).position('x') - k.x, cy.getElementById(id).position('y') - k.y) > 900);
      return { out, far };
    }, fresh);
    expect(clash.out).toEqual([]);
    expect(clash.far).toEqual([]);
    await shot(page, 'first-screen-expanded');
    await page.context().close();
  });
});

describe('the table beside the graph', () => {
  it('lists what is on screen and the agreements, sorts, filters, shares the selection both ways and downloads CSV, in Arabic too', async () => {
    const page = await pageAt(1440, 900);
    await page.click('.zoom-buttons [data-action="table"]');
    const table = page.locator('.table-view');
    await table.locator('tbody tr').first().waitFor();
    const shown = await page.evaluate(() => window.kgx!.cy().nodes(':visible').length);
    expect(await table.locator('tbody tr').count()).toBe(shown);
    await table.locator('[data-table-tab="agreements"]').click();
    await page.waitForFunction(() => document.querySelector('.table-view')?.getAttribute('data-tab') === 'agreements' && document.querySelectorAll('.table-view tbody tr').length === 6);
    const protocolRow = table.locator(`tbody tr[data-id="${PROTOCOL}"]`);
    expect(await protocolRow.textContent()).toContain('Turkey (state party (seller government))');
    // Sorted by a column, both ways.
    await table.locator('th .th-sort').nth(2).click();
    const dates = () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    const asc = await dates();
    await table.locator('th .th-sort').nth(2).click();
    expect(await dates()).toEqual([...asc].reverse());
    // Filtered.
    await table.locator('.table-filter').fill('Gendarmerie');
    await page.waitForFunction(() => document.querySelectorAll('.table-view tbody tr').length === 2);
    await table.locator('.table-filter').fill('');
    // Row → node, node → row.
    await protocolRow.click();
    await page.waitForFunction((id) => window.kgx!.state().focus === id, PROTOCOL);
    expect(await page.evaluate(() => window.kgx!.cy().$(':selected').map((n) => n.id()))).toEqual([PROTOCOL]);
    await page.evaluate(() => void window.kgx!.cy().getElementById('agreement-kuwait-tb2-contract-2023').select());
    await page.waitForFunction(() => document.querySelector('.table-view tr.selected')?.getAttribute('data-id') === 'agreement-kuwait-tb2-contract-2023');
    // CSV of what the table shows.
    const [csv] = await Promise.all([page.waitForEvent('download'), table.locator('[data-action="csv"]').click()]);
    const text = fs.readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFAgreement,Kind,Date,Status,Parties,Overseen by,Sources');
    expect(text.trim().split('\r\n')).toHaveLength(7);
    expect(text).toContain('state party (seller government)');
    // Arabic.
    await page.click('#lang-toggle [data-lang="ar"]');
    await page.waitForFunction(() => document.querySelector('.table-view th')?.textContent?.includes('الاتفاقية'));
    await shot(page, 'first-screen-table-ar');
    await page.context().close();
    expect(b.pageErrors.join('\n')).toBe('');
  });
});
