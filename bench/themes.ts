// Thematic pages benchmark: the brotli-compressed weight of each theme page as a visitor downloads
// it (HTML with its build-time charts, plus the CSS and JS it loads). Budget: 150 KB per page.
// Measures the built site in SITE_DIST_DIR (default dist/); a page not built is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Figures } from './run.ts';

const THEMES = ['la-foret-en-france', 'incendies', 'sante-des-forets', 'ressources-bois', 'adaptation', 'attenuation'];

const brotli = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Same-origin stylesheets and scripts the page references. */
function assetsOf(html: string): string[] {
  const refs = [
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(refs.filter((ref) => ref.startsWith('/')))];
}

export async function benchThemes(): Promise<Record<string, { value: number; unit: string }>> {
  const dist = process.env['SITE_DIST_DIR'] ?? 'dist';
  const figures: Figures = {};
  for (const slug of ['', ...THEMES]) {
    const file = join(dist, 'thematiques', slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file);
    const assets = assetsOf(html.toString()).reduce((sum, asset) => sum + brotli(readFileSync(join(dist, asset))), 0);
    figures[`thematique_${slug || 'index'}_br`] = { value: (brotli(html) + assets) / 1024, unit: 'KB' };
  }
  return figures;
}
