/**
 * Takes the README's screenshot (docs/screenshot.png) of a running explorer:
 *   npm start   # in another terminal
 *   npx tsx tests/e2e/readme-screenshot.ts [http://127.0.0.1:3000]
 * The view: the agreements, with the Emir-era procurement protocol open in the details panel (names in
 * both scripts, date, the two articles' Arabic quotes with English glosses).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.ts';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshot.png');
const focus = 'agreement-executive-protocol-defence-procurement-2024';

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${base}/?lang=both`);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
  // Selected, not focused: the whole agreements view stays in the picture.
  await page.evaluate((id) => {
    window.kgx!.cy().$id(id).select();
  }, focus);
  await page.locator(`#details .details[data-node-id="${focus}"] .quote-ar`).first().waitFor({ timeout: 30_000 });
  // Scroll the details so the sources (Arabic quote, English gloss) are in the picture.
  await page.evaluate(() => {
    const panel = document.getElementById('details')!;
    const sources = [...panel.querySelectorAll('h3')].find((h) => h.parentElement?.querySelector('.sources'));
    if (sources) panel.scrollTop = sources.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop - 220;
  });
  // The scene idle (no layout or animation running) and the scroll painted.
  await page.waitForFunction(() => document.getElementById('cy')?.dataset.layout === 'idle', null, { timeout: 60_000 });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
