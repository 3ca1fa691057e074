// The set-up every browser suite shares: the built site served on a free port and one Chromium,
// started before the file's tests and stopped after them. `const env = browserSuite();` then
// `env.site.url` and `env.browser` inside tests.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveBuiltSite } from './site.ts';
import type { StaticServer } from '../../../scripts/lib/static-server.ts';

export interface BrowserSuite {
  readonly site: StaticServer;
  readonly browser: Browser;
}

export function browserSuite(): BrowserSuite {
  let site: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveBuiltSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      if (!site) throw new Error('Le site n’est pas encore servi (utiliser dans un test).');
      return site;
    },
    get browser() {
      if (!browser) throw new Error('Chromium n’est pas encore lancé (utiliser dans un test).');
      return browser;
    },
  };
}
