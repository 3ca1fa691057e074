// What the benches read in the built site (its HTML pages, the same-origin scripts a page loads)
// and the median of their repeated measures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../tests/e2e/support/site.ts';

/** Every HTML file below `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

/** Same-origin JS a page loads (module scripts and their imports, transitively) and the workers and WebAssembly they name. */
export function scriptGraph(html: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="(\/[^"]+\.m?js)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(distDir, file))) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    // Static and dynamic imports (Vite writes the latter between backquotes).
    for (const m of code.matchAll(/(?:from|import\(?)\s*["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/g)) queue.push(new URL(m[1]!, `http://site${file}`).pathname);
    // Assets named by URL (Vite writes them between backquotes too): workers and WebAssembly.
    for (const m of code.matchAll(/["'`](\/_astro\/[^"'`]+\.m?js)["'`]/g)) queue.push(m[1]!);
    for (const m of code.matchAll(/["'`](\/_astro\/[^"'`]+\.wasm)["'`]/g)) seen.add(m[1]!);
  }
  return seen;
}

/** Median of a list of measures (NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
