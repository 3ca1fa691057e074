// Static site only: every page is pre-rendered; the browser adds interaction, never content.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';

// The public address the site is deployed at; sitemap and canonical links use it.
// Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://observatoire-forets.example.org';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Page-specific styles under 4 KB are inlined: each page blocks rendering on one shared CSS file only.
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // MDX: the thematic articles (src/content/thematiques) embed chart components in their text.
  integrations: [sitemap(), mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
});
