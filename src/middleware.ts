// Runs on every page as it is rendered (at build time for this static site, and in `astro dev`):
// French typography (no-break spaces before « : ; ! ? % » and inside guillemets, typographic apostrophes; see src/lib/typography.ts).
import { defineMiddleware } from 'astro:middleware';
import { frenchSpacing } from './lib/typography.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(frenchSpacing(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
