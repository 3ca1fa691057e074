// Static site only: every page is pre-rendered; the browser adds interaction, never content.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The public address the site is deployed at; sitemap and canonical links use it.
// Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://observatoire-forets.example.org';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
  prefetch: false,
});
