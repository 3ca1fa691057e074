// `npm run screenshots`: PNGs of chosen pages at desktop (1280 px) and phone (390 px) widths, in the
// light and dark themes, into screenshots/ (gitignored), for people to look at. Needs a built site.
// Usage: npm run screenshots -- [/chemin/ ...]   (default: the pages below)
import { mkdirSync } from 'node:fs';
import { serveBuiltSite } from '../tests/e2e/support/site.ts';
import { launchBrowser, newContext } from '../tests/e2e/support/browser.ts';

const defaultPaths = ['/', '/plan-du-site/', '/mentions-legales/'];
const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const widths = { bureau: { width: 1280, height: 900 }, telephone: { width: 390, height: 844 } };
const outDir = 'screenshots';

mkdirSync(outDir, { recursive: true });
const site = await serveBuiltSite();
const browser = await launchBrowser();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of Object.entries(widths)) {
      const context = await newContext(browser, { viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const path of paths.length ? paths : defaultPaths) {
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        const name = (path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'accueil').replace(/[?=&,]/g, '-');
        const file = `${outDir}/${name}-${device}-${colorScheme === 'light' ? 'clair' : 'sombre'}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
