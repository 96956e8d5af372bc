/**
 * A timeline one can use and query forms and results that help, measured in Chromium against the real app:
 * coinciding timeline marks each visible and clickable, filter counts that follow the window, the refit
 * option; errors at the field with the focus on it, numbers checked before anything is sent, enums as a
 * choice; result tables without the graph columns, with chips and the reader's numbers; a console that keeps
 * values-only and refused queries to itself. Screenshots in English and Arabic at desktop and phone sizes.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Browsing, painted, type RunningApp, sceneIdle, settled, shot, stateVersion, useExplorer, visibleCounts } from './harness.ts';

let app: RunningApp;
let b: Browsing;
let page: Page;
useExplorer((s) => ({ app, b, page } = s));

const open = async (path = '/', size: { width: number; height: number } = { width: 1440, height: 900 }) => {
  await page.setViewportSize(size);
  await page.goto(`${app.url}${path}`);
  return settled(page);
};

/** Query runs the page sends from now on. */
function watchRuns(): Request[] {
  const runs: Request[] = [];
  page.on('request', (r) => void (/\/api\/queries\/[^/]+\/run$/.test(new URL(r.url()).pathname) && runs.push(r)));
  return runs;
}

async function openQuery(id: string): Promise<void> {
  await page.click('.tabs [data-tab="queries"]');
  await page.click(`#tab-queries li[data-query-id="${id}"] .query-item`);
  await page.locator(`#tab-queries li[data-query-id="${id}"] .param-form`).waitFor();
}

/** Moves the timeline's start handle to a month (year × 12 + month index), as dragging does. */
async function setTimelineStart(month: number): Promise<void> {
  const before = await stateVersion(page);
  await page.evaluate((m) => {
    const lo = document.querySelector<HTMLInputElement>('#timeline .tl-lo')!;
    lo.value = String(m);
    lo.dispatchEvent(new Event('input', { bubbles: true }));
  }, month);
  await page.waitForFunction((v) => Number(document.getElementById('cy')!.dataset.stateVersion) > v, before);
  await sceneIdle(page);
}

const filterCount = (what: 'label' | 'type', name: string) =>
  page.evaluate(([w, n]) => Number(document.querySelector<HTMLElement>(`#filters [data-filter="${w}"] input[data-name="${n}"]`)?.closest('label')?.querySelector<HTMLElement>('.count')?.dataset.count ?? -1), [what, name] as const);

async function setConsoleQuery(q: string): Promise<void> {
  const editor = page.locator('#tab-console .cm-content');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(q);
}

describe('a timeline one can use', () => {
  it('spreads coinciding marks apart: none overlaps, each takes a click at its centre and selects its item', async () => {
    expect(await open('/')).toBe('ready');
    await painted(page);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#timeline .tl-mark')].map((m) => {
        const r = m.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest<HTMLElement>('.tl-mark');
        return { id: m.dataset.id!, row: Number(m.dataset.row), x1: r.left, x2: r.right, y1: r.top, y2: r.bottom, hitsItself: hit === m, wide: m.classList.contains('wide') };
      }),
    );
    const items = await page.evaluate(() => window.kgx!.scene.datedItems('en'));
    expect(marks.length).toBe(items.length);
    expect(marks.length).toBeGreaterThan(5);
    // Items dated to the same month (the May 2024 protocol and the Emir's visit) sit in different rows.
    const byMonth = new Map<number, string[]>();
    for (const it of items.filter((i) => i.end - i.start < 2)) byMonth.set(it.start, [...(byMonth.get(it.start) ?? []), it.id]);
    const together = [...byMonth.values()].filter((ids) => ids.length > 1);
    expect(together.length, 'some dated items share a month').toBeGreaterThan(0);
    for (const ids of together) expect(new Set(ids.map((id) => marks.find((m) => m.id === id)!.row)).size).toBe(ids.length);
    // No two marks' boxes overlap, and each is at full size.
    for (const [i, a] of marks.entries()) {
      expect(a.x2 - a.x1, a.id).toBeGreaterThanOrEqual(8);
      expect(a.y2 - a.y1, a.id).toBeGreaterThanOrEqual(a.wide ? 5 : 8);
      for (const c of marks.slice(i + 1)) {
        const overlap = Math.max(0, Math.min(a.x2, c.x2) - Math.max(a.x1, c.x1)) * Math.max(0, Math.min(a.y2, c.y2) - Math.max(a.y1, c.y1));
        expect(overlap, `${a.id} × ${c.id}`).toBe(0);
      }
      expect(a.hitsItself, `${a.id} is on top at its centre`).toBe(true);
    }
    // A click selects the item in the scene (through the state: the URL's focus follows).
    const pair = together.find((ids) => ids.some((id) => id.startsWith('agreement-'))) ?? together[0]!;
    for (const id of pair) {
      await page.click(`#timeline .tl-mark[data-id="${id}"]`);
      await page.waitForFunction((want) => window.kgx!.cy().nodes(':selected').map((n) => n.id()).join() === want, id);
      expect(new URL(page.url()).searchParams.get('focus')).toBe(id);
    }
    // The keyboard: one mark in the Tab order, arrows move, Enter selects.
    const first = marks.slice().sort((a, c) => a.x1 - c.x1 || (a.id < c.id ? -1 : 1))[0]!;
    await page.focus('#timeline .tl-mark[tabindex="0"]');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForFunction((want) => window.kgx!.cy().nodes(':selected').map((n) => n.id()).join() === want, first.id);
    await sceneIdle(page);
    await shot(page, 'timeline-marks-en');
  });

  it('filter counts follow the window', async () => {
    expect(await open('/')).toBe('ready');
    const agreementsAll = await filterCount('label', 'Agreement');
    const partyAll = await filterCount('type', 'PARTY_TO');
    expect(agreementsAll).toBe(await page.evaluate(() => window.kgx!.cy().nodes('.l-Agreement').length));
    await setTimelineStart(2025 * 12);
    await expect.poll(() => filterCount('label', 'Agreement')).toBeLessThan(agreementsAll);
    const inWindow = await page.evaluate(() => window.kgx!.cy().nodes('.l-Agreement').not('.t-hidden').length);
    expect(await filterCount('label', 'Agreement')).toBe(inWindow);
    expect(await filterCount('type', 'PARTY_TO')).toBeLessThan(partyAll);
    // Still listed, so it can be switched back on: the list keeps every type.
    await page.click('#timeline [data-action="timeline-reset"]');
    await expect.poll(() => filterCount('label', 'Agreement')).toBe(agreementsAll);
    expect(await filterCount('type', 'PARTY_TO')).toBe(partyAll);
  });

  it('refits the scene after narrowing when asked, and the link keeps the option', async () => {
    // A layout that spreads out: narrowing leaves room a refit takes back.
    expect(await open('/?layout=concentric')).toBe('ready');
    const fill = () =>
      page.evaluate(() => {
        const cy = window.kgx!.cy();
        const bb = cy.nodes().not('.t-hidden, .f-hidden, .u-hidden').renderedBoundingBox({});
        return Math.max(bb.w / cy.width(), bb.h / cy.height());
      });
    await setTimelineStart(2025 * 12);
    const without = await fill();
    await page.check('#timeline [data-action="timeline-refit"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('fit')).toBe('1');
    await sceneIdle(page);
    // Fitted: fitting again changes nothing, and what is left takes more of the canvas than before.
    const viewport = () => page.evaluate(() => ({ zoom: window.kgx!.cy().zoom(), pan: window.kgx!.cy().pan() }));
    const isFitted = async () => {
      const now = await viewport();
      await page.evaluate(() => window.kgx!.scene.fit({ animate: false }));
      const again = await viewport();
      return Math.abs(again.zoom - now.zoom) < 1e-6 && Math.abs(again.pan.x - now.pan.x) < 0.5 && Math.abs(again.pan.y - now.pan.y) < 0.5;
    };
    expect(await isFitted()).toBe(true);
    expect(await fill()).toBeGreaterThan(without);
    await setTimelineStart(2025 * 12 + 6);
    expect(await isFitted()).toBe(true);
    expect(await page.evaluate(() => window.kgx!.state().refit)).toBe(true);
    await shot(page, 'timeline-refit-en');
  });
});

describe('query forms that help', () => {
  it('refuses "1e" at the field, with the focus on it and nothing sent', async () => {
    expect(await open('/')).toBe('ready');
    const runs = watchRuns();
    await openQuery('find-by-name');
    const input = page.locator('#tab-queries .param-form input[name="limit"]');
    await input.fill('1e');
    await page.click('#tab-queries .param-form button[type="submit"]');
    const error = page.locator('#tab-queries .param-error[data-error-for="limit"]');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/whole number/);
    const wiring = await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#tab-queries .param-form input[name="limit"]')!;
      const err = document.querySelector<HTMLElement>('#tab-queries .param-error[data-error-for="limit"]')!;
      const f = field.getBoundingClientRect();
      const e = err.getBoundingClientRect();
      const panel = document.getElementById('tab-queries')!.getBoundingClientRect();
      return {
        focused: document.activeElement === field,
        invalid: field.getAttribute('aria-invalid'),
        describedBy: (field.getAttribute('aria-describedby') ?? '').split(' '),
        errId: err.id,
        next: field.nextElementSibling === err,
        gap: e.top - f.bottom,
        inPanel: e.top >= panel.top && e.bottom <= panel.bottom,
      };
    });
    expect(wiring).toMatchObject({ focused: true, invalid: 'true', next: true, inPanel: true });
    expect(wiring.describedBy).toContain(wiring.errId);
    expect(wiring.gap).toBeGreaterThanOrEqual(0);
    expect(wiring.gap).toBeLessThan(12);
    for (const bad of ['abc', '1e', '٣e']) {
      await input.fill(bad);
      await page.click('#tab-queries .param-form button[type="submit"]');
      await painted(page);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('limit');
    }
    expect(runs.length).toBe(0);
    await shot(page, 'form-error-at-field-en');

    // Arabic-Indic digits are read as the number they write.
    await input.fill('٣');
    await page.click('#tab-queries .param-form button[type="submit"]');
    await expect.poll(() => runs.length).toBe(1);
    expect((runs[0]!.postDataJSON() as { params: Record<string, unknown> }).params.limit).toBe(3);
    expect(await settled(page)).toBe('ready');
    expect(new URL(page.url()).searchParams.get('p.limit')).toBe('3');
    expect(await error.isVisible()).toBe(false);
    expect(await input.getAttribute('aria-invalid')).toBeNull();
  });

  it('offers an enum as a select, with its values named in the interface language', async () => {
    expect(await open('/')).toBe('ready');
    await openQuery('who-signed-what-with-whom');
    const select = page.locator('#tab-queries select[name="status"]');
    const options = () => select.evaluate((s: HTMLSelectElement) => [...s.options].map((o) => [o.value, o.textContent]));
    expect(await options()).toEqual([
      ['', '(any)'],
      ['signed', 'signed'],
      ['under_negotiation', 'under negotiation'],
      ['planned', 'planned'],
    ]);
    await select.selectOption('under_negotiation');
    await page.click('#tab-queries .param-form button[type="submit"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('p.status') === 'under_negotiation');
    expect(await settled(page)).toBe('ready');
    const statuses = await page.locator('#results .results-table td:nth-child(4)').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['under_negotiation']));
    await page.click('#lang-toggle [data-lang="ar"]');
    await expect.poll(options).toEqual([
      ['', '(الكل)'],
      ['signed', 'موقّعة'],
      ['under_negotiation', 'قيد التفاوض'],
      ['planned', 'مخطط لها'],
    ]);
    expect(await select.inputValue()).toBe('under_negotiation');
  });
});

describe('results that help', () => {
  it('hides the graph columns unless asked, shows graph elements as chips, formats numbers for the language', async () => {
    expect(await open('/?v=query&q=who-signed-what-with-whom')).toBe('ready');
    const head = () => page.locator('#results .results-table thead th').allTextContents();
    const shown = await head();
    expect(shown).toEqual(['agreement', 'agreementAr', 'kind', 'status', 'date', 'parties', 'oversawBy']);
    await page.check('#results [data-action="all-columns"]');
    expect(await head()).toEqual(expect.arrayContaining(['a', 'partyNodes', 'partyEdges', 'leaders', 'oversight']));
    // Chips: the node's name and its label, as the scene names them.
    const chips = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#results .chip-node')].slice(0, 30).map((c) => ({
        name: c.querySelector('.chip-name')?.textContent,
        label: c.querySelector('.chip-label')?.textContent,
        want: window.kgx!.scene.nodeData(c.dataset.id!)?.props.name,
        primary: window.kgx!.scene.nodeData(c.dataset.id!)?.primary,
      })),
    );
    expect(chips.length).toBeGreaterThan(5);
    for (const c of chips) {
      expect(c.name).toBe(c.want);
      expect(c.label).toBe(String(c.primary).replace(/([a-z])([A-Z])/g, '$1 $2'));
    }
    expect(await page.locator('#results .results-table').textContent()).not.toContain('[:PARTY_TO]');
    await page.uncheck('#results [data-action="all-columns"]');
    expect(await head()).toEqual(shown);
    await shot(page, 'results-chips-en');

    expect(await open('/?v=query&q=purchases-and-contract-values')).toBe('ready');
    const columns = await head();
    const cells = async (name: string) => page.locator(`#results .results-table tbody td:nth-child(${columns.indexOf(name) + 1})`).allTextContents();
    expect(columns).not.toContain('p');
    expect(await cells('value')).toContain('367,000,000');
    // Years read as years.
    for (const y of await cells('year')) expect(y).toMatch(/^(\d{4}|—)$/);
    await page.check('#results [data-action="all-columns"]');
    await shot(page, 'results-numbers-en');
    await page.click('#lang-toggle [data-lang="ar"]');
    // The Arabic interface's locale (the one its dates use) decides digits and separators.
    const arabic = await page.evaluate(() => new Intl.NumberFormat('ar').format(367000000));
    await expect.poll(() => cells('value')).toContain(arabic);
    expect(await cells('value')).not.toContain('367000000');
    expect(await page.locator('#results .chip-node .chip-label').first().textContent()).toMatch(/[\u0600-\u06FF]/);
    await shot(page, 'results-numbers-ar');
  });
});

describe('the console keeps its own results and errors', () => {
  it('a values-only query shows a table and leaves the graph and the link alone', async () => {
    expect(await open('/')).toBe('ready');
    const before = { counts: await visibleCounts(page), url: page.url(), ids: await page.evaluate(() => window.kgx!.cy().nodes().map((n) => n.id()).sort()) };
    await page.click('.tabs [data-tab="console"]');
    await setConsoleQuery('MATCH (a:Agreement) RETURN count(a) AS agreements, 367000000 AS big, 6.0209 AS score');
    await page.click('#tab-console [data-action="console-run"]');
    await page.locator('#tab-console .console-message.ok').waitFor({ timeout: 15_000 });
    expect(await page.locator('#results .results-table tbody tr').count()).toBe(1);
    expect(await page.locator('#results .results-table tbody').textContent()).toContain('367,000,000');
    expect(await page.locator('#results .results-table tbody').textContent()).toContain('6.021');
    expect(await visibleCounts(page)).toEqual(before.counts);
    expect(await page.evaluate(() => window.kgx!.cy().nodes().map((n) => n.id()).sort())).toEqual(before.ids);
    expect(page.url()).toBe(before.url);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    await shot(page, 'console-values-only-en');
  });

  it('a refused or failing query shows its error in the console, never in the link or on the canvas', async () => {
    expect(await open('/')).toBe('ready');
    await page.click('.tabs [data-tab="console"]');
    const before = { nodes: (await visibleCounts(page)).nodes, url: page.url(), history: await page.evaluate(() => history.length) };
    for (const q of ["CREATE (n:Entity {id: 'e2e-forms-should-not-exist'}) RETURN n", 'MATCH (n:Agreement RETURN n']) {
      await setConsoleQuery(q);
      await page.click('#tab-console [data-action="console-run"]');
      const message = page.locator('#tab-console .console-message.error');
      await message.waitFor({ timeout: 15_000 });
      // Near the editor: right under its actions, inside the console panel.
      const place = await page.evaluate(() => {
        const m = document.querySelector('#tab-console .console-message')!.getBoundingClientRect();
        const ed = document.querySelector('#tab-console .console-editor')!.getBoundingClientRect();
        return { below: m.top - ed.bottom };
      });
      expect(place.below).toBeGreaterThanOrEqual(0);
      expect(place.below).toBeLessThan(60);
      expect(page.url()).toBe(before.url);
      expect((await visibleCounts(page)).nodes).toBe(before.nodes);
      expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
      // Back does not lead to the refused query either: there was no history entry.
      expect(await page.evaluate(() => history.length)).toBe(before.history);
    }
    await shot(page, 'console-refused-en');

    // A link to a refused query: the error in the console, the default view on the canvas, the query gone from the link.
    await page.goto(`${app.url}/?v=cypher&cypher=${encodeURIComponent("CREATE (n:Entity {id: 'e2e-forms-should-not-exist'}) RETURN n")}`);
    await page.locator('#tab-console .console-message.error').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('cypher'));
    expect(await settled(page)).toBe('ready');
    expect((await visibleCounts(page)).nodes).toBe(before.nodes);
    // No error over the canvas, no Retry.
    expect(await page.locator('.overlay.is-error').count()).toBe(0);
  });
});

describe('screenshots', () => {
  it('the timeline and a form error at desktop and phone sizes in English and Arabic', async () => {
    for (const [name, width, height] of [
      ['desktop', 1440, 900],
      ['phone', 390, 844],
    ] as const) {
      for (const lang of ['en', 'ar'] as const) {
        expect(await open(`/?lang=${lang}&t=2024-01..2025-12&fit=1`, { width, height })).toBe('ready');
        await painted(page);
        await shot(page, `forms-timeline-${name}-${lang}`);
        if (name === 'desktop') {
          await openQuery('purchases-and-contract-values');
          await page.fill('#tab-queries input[name="minValue"]', '1e');
          await page.click('#tab-queries .param-form button[type="submit"]');
          await page.locator('#tab-queries .param-error:not([hidden])').waitFor();
          await shot(page, `forms-error-${name}-${lang}`);
        }
      }
    }
  });

  it('raised no page errors and no dialogs along the way', () => {
    expect(b.pageErrors.join('\n')).toBe('');
    expect(b.dialogs).toEqual([]);
  });
});
