/**
 * The Arabic interface in Chromium against the real app and Neo4j: every panel's own text is Arabic (data —
 * names, quotes, values as recorded — may be in any script), English text inside it reads left to right, and
 * the page does not scroll sideways. Screenshots at phone, tablet and desktop sizes in both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI_STRINGS } from '../../client/src/i18n.ts';
import { type Browsing, painted, type RunningApp, settled, shot, useExplorer } from './harness.ts';

let app: RunningApp;
let b: Browsing;
let page: Page;
useExplorer((s) => ({ app, b, page } = s));

/** Latin words allowed in the Arabic interface: names of formats, the query language, code-like hints. */
const ALLOWED = new Set(['Cypher', 'PNG', 'SVG', 'JSON', 'FIEP', 'YYYY', 'Ctrl', 'Enter', 'HTML', 'Markdown', 'iframe', 'Bayraktar']);

/**
 * Latin words in the interface's own text under `roots`, leaving out what comes from the data: names,
 * values, quotes, sources, the Cypher editor and the code-like parameter list.
 */
function untranslated(p: Page, roots: string[]): Promise<string[]> {
  return p.evaluate(
    ([rs, allowed]) => {
      const DATA = '[lang="en"], [lang="tr"], [dir="ltr"], bdi, .cm-editor, .names, .props td, .chip, .d-header h2, .h2-ar, .edge-ends, .sources, .prov-host, .id-line, .description, .hit-names, .path-node, .typeahead, .tl-value, .tl-axis, .date-value, .date-row + .muted, .filter-list .f-name, .legend li, .console-message, .muted.small.note';
      const found = new Set<string>();
      for (const sel of rs) {
        for (const root of document.querySelectorAll<HTMLElement>(sel)) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement!;
            if (el.closest(DATA) || !el.checkVisibility({ visibilityProperty: true })) continue;
            // A relationship type shown as its identifier (MEMBER_OF), like an id.
            if (/^[A-Z][A-Z_]+$/.test(n.textContent!.trim())) continue;
            for (const w of n.textContent!.match(/[A-Za-z]{3,}/g) ?? []) if (!allowed.includes(w)) found.add(`${w} (${sel}: ${n.textContent!.trim().slice(0, 60)})`);
          }
          for (const el of root.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title]')) {
            if (el.closest(DATA)) continue;
            for (const a of ['aria-label', 'placeholder']) for (const w of el.getAttribute(a)?.match(/[A-Za-z]{3,}/g) ?? []) if (!allowed.includes(w)) found.add(`${w} (${a} of ${el.id || el.className})`);
          }
        }
      }
      return [...found];
    },
    [roots, [...ALLOWED]] as const,
  );
}

async function openAr(query = ''): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${app.url}/?lang=ar${query}`);
  await settled(page);
}

describe('the Arabic interface', () => {
  it('has no untranslated interface string in any panel', async () => {
    const missing: string[] = [];
    await openAr();
    missing.push(...(await untranslated(page, ['.topbar', '.tabs', '#tab-filters', '.scene-tools', '#statusbar', '#timeline', '#details', '.skip-links'])));
    // Options of a closed select have no box, so the walker above does not see them.
    const options = await page.evaluate(() => [...document.querySelectorAll('select option')].map((o) => o.textContent ?? ''));
    for (const text of options) for (const w of text.match(/[A-Za-z]{3,}/g) ?? []) if (!ALLOWED.has(w)) missing.push(`${w} (option: ${text})`);
    await page.click('#btn-export');
    missing.push(...(await untranslated(page, ['#export-panel'])));
    await page.keyboard.press('Escape');

    await page.click('.tabs [data-tab="queries"]');
    await page.locator('#tab-queries .query-item').first().waitFor();
    missing.push(...(await untranslated(page, ['#tab-queries'])));
    for (const id of ['agreements-in-a-date-range', 'connection-between-two-actors', 'facts-supported-by-a-source', 'find-by-name']) {
      await page.click(`#tab-queries li[data-query-id="${id}"] .query-item`);
      await page.locator('#tab-queries .param-form').waitFor();
      missing.push(...(await untranslated(page, ['#tab-queries .query-form'])));
    }
    await page.click('.tabs [data-tab="paths"]');
    missing.push(...(await untranslated(page, ['#tab-paths'])));
    await page.click('.tabs [data-tab="console"]');
    await page.locator('#tab-console .cm-editor').waitFor();
    missing.push(...(await untranslated(page, ['#tab-console'])));

    // Details of a node with properties, and of a relationship with a role.
    await openAr('&v=node&id=org-fiep&focus=org-fiep');
    await page.locator('#details h2').first().waitFor();
    missing.push(...(await untranslated(page, ['#details'])));
    const edge = await page.evaluate(() => window.kgx!.cy().edges('[type = "PARTY_TO"], [type = "MEMBER_OF"]').first().id());
    if (edge) {
      // A block body: returning the collection would have Playwright serialise the whole Cytoscape core (a minute).
      await page.evaluate((id) => {
        window.kgx!.cy().getElementById(id).select();
      }, edge);
      await page.locator('#details .edge-ends').waitFor();
      missing.push(...(await untranslated(page, ['#details'])));
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('says a failed request in Arabic: the sources of a node no longer in the graph', async () => {
    await openAr();
    // A node on screen that the database does not hold (removed since it was drawn, say).
    await page.evaluate(async () => {
      const id = 'person-no-longer-there';
      await window.kgx!.scene.replace({ nodes: [{ id, labels: ['Person', 'Entity'], properties: { id, name: 'Gone', nameAr: 'محذوف', x: 0, y: 0 } }], edges: [] }, 'preset');
      window.kgx!.cy().getElementById(id).select();
    });
    const error = page.locator('#details .error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.textContent()).toBe(UI_STRINGS.ar.errNotFound);
  });

  it('says a console error in Arabic, keeping the code and Neo4j\'s own words as they are', async () => {
    await openAr();
    await page.click('.tabs [data-tab="console"]');
    const editor = page.locator('#tab-console .cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('MATCH (n:Agreement RETURN n');
    await page.click('#tab-console [data-action="console-run"]');
    await page.locator('#tab-console .cm-error-mark').waitFor({ timeout: 15_000 });
    expect(await page.locator('#tab-console .err-code').textContent()).toBe('cypher_syntax_error');
    expect(await page.locator('#tab-console .err-pos').textContent()).toMatch(/^ السطر 1، العمود \d+$/);
    // The kind of failure in an Arabic sentence, then the database's own words on a left-to-right line.
    expect(await page.locator('#tab-console .err-say').textContent()).toBe(UI_STRINGS.ar.errRequest);
    const detail = page.locator('#tab-console .err-text');
    expect(await detail.textContent()).toMatch(/^Invalid input 'RETURN'/);
    expect(await detail.evaluate((d) => getComputedStyle(d).direction)).toBe('ltr');
  });

  it('lays English text in the Arabic interface out left to right', async () => {
    await openAr();
    await page.click('.tabs [data-tab="queries"]');
    await page.locator('#tab-queries .params-hint').first().waitFor();
    // The parameter list is code: its own left-to-right box, whatever the page's direction.
    expect(await page.locator('#tab-queries .params-hint').first().evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // Canvas labels: every line a first-strong isolate, so "Ministry of Defence (Kuwait)" keeps its brackets in
    // the right-to-left canvas and an Arabic name with Latin in it keeps its order in the English one.
    const labels = await page.evaluate(() => [...window.kgx!.cy().nodes(':visible').map((n) => String(n.style('label')))]);
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) for (const line of label.split('\n')) expect(line).toMatch(/^\u2068[^\u2068\u2069]*\u2069$/);
    // A mixed note that starts in English reads as an English paragraph (first strong letter).
    await openAr('&lang=en');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#search')!).unicodeBidi)).toBe('plaintext');
  });

  it('takes screenshots at phone, tablet and desktop sizes in both languages', async () => {
    for (const [name, width, height] of [
      ['phone', 390, 844],
      ['tablet', 768, 1024],
      ['desktop', 1440, 900],
    ] as const) {
      for (const lang of ['en', 'ar']) {
        await page.setViewportSize({ width, height });
        await page.goto(`${app.url}/?lang=${lang}&focus=agreement-executive-protocol-defence-procurement-2024`);
        await settled(page);
        const sheet = page.locator('#btn-details');
        if ((await sheet.isVisible()) && (await sheet.getAttribute('aria-expanded')) !== 'true') await sheet.click();
        await page.evaluate(() => Promise.all(document.getElementById('details')!.getAnimations().map((a) => a.finished)));
        await painted(page);
        await shot(page, `ui-${name}-${lang}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
    }
  });
});
