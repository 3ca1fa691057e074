// Static site only: every page is pre-rendered; the browser adds interaction, never content.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';

// The public address the site is deployed at (SITE_URL at build time, e.g. https://forets.exemple.fr).
// Sitemap, canonical links and absolute addresses in citations need it; without it the site invents
// none: pages print their path and, in the browser, the address they are actually served from.
const site = process.env.SITE_URL?.trim() || undefined;

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Page-specific styles under 4 KB are inlined: each page blocks rendering on one shared CSS file only.
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // MDX: the thematic articles (src/content/thematiques) embed chart components in their text.
  integrations: [...(site ? [sitemap()] : []), mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
});
