// The relative imports of a module and their closure: the code a pipeline step really runs (its
// stamp hashes it), and the layering rules of tests/unit/architecture.test.ts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** `from '…'`, `import('…')` and bare `import '…'` with a relative specifier. */
const RELATIVE_IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The file a specifier names: itself, or with `.ts`, or its folder's `index.ts` (the specifier resolved as is otherwise). */
function resolveSpecifier(from: string, specifier: string): string {
  const target = path.resolve(path.dirname(from), specifier);
  for (const candidate of [target, `${target}.ts`, path.join(target, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return target;
}

/** Absolute paths of the relative imports of `file` (static, dynamic, type-only and side-effect imports). */
export function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(RELATIVE_IMPORT)].map((m) => resolveSpecifier(file, m[1]!));
}

/** Every file `entries` import, directly or not, themselves included; sorted. */
export function importClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`Module introuvable : ${file}`);
    seen.add(file);
    if (/\.(m?ts|js)$/.test(file)) queue.push(...relativeImports(file));
  }
  return [...seen].sort();
}
