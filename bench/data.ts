// Benchmark of the data pipeline (`npm run bench` imports benchData): full build time, second run
// with unchanged inputs (steps skipped), peak memory, total size of the files served to browsers,
// and whether two full builds give byte-identical outputs. Runs in temp output folders so the
// site's public/donnees/ is left alone. Each build runs in a child process (`tsx bench/data.ts
// --child`) so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);

interface ChildResult {
  seconds: number;
  maxRssMb: number;
  built: string[];
  steps: Record<string, number>;
}

function runChild(out: string, force: boolean): ChildResult {
  const res = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [SELF, '--child', ...(force ? ['--force'] : [])], {
    cwd: ROOT,
    env: { ...process.env, DATA_OUT_DIR: out },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`data:build a échoué pendant le banc d'essai :\n${res.stderr}`);
  const last = res.stdout.trim().split('\n').pop()!;
  return JSON.parse(last) as ChildResult;
}

/** Output files below `dir`, sub-folders included (e.g. explorateur/), dot files (stamps) excluded. */
function outputFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? outputFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

/** sha256 of every output file, by relative path. */
async function digests(dir: string): Promise<Map<string, string>> {
  const { sha256 } = await import('../scripts/lib/hash.ts');
  return new Map(outputFiles(dir).map((f) => [f, sha256(readFileSync(path.join(dir, f)))]));
}

function totalBytes(dir: string): number {
  return outputFiles(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);
}

export async function benchData(): Promise<Record<string, { value: number; unit: string }>> {
  const a = mkdtempSync(path.join(os.tmpdir(), 'bench-data-a-'));
  const b = mkdtempSync(path.join(os.tmpdir(), 'bench-data-b-'));
  try {
    const full = runChild(a, false);
    const second = runChild(a, false);
    const again = runChild(b, true);
    const da = await digests(a);
    const db = await digests(b);
    const differing = [...new Set([...da.keys(), ...db.keys()])].filter((f) => da.get(f) !== db.get(f)).sort();
    if (differing.length) process.stderr.write(`[bench] sorties différentes entre deux constructions : ${differing.join(', ')}\n`);
    const identical = da.size > 0 && differing.length === 0;
    const steps = Object.fromEntries(Object.entries(full.steps).map(([k, v]) => [`data_step_${k}`, { value: v, unit: 's' }]));
    return {
      data_pipeline_full: { value: full.seconds, unit: 's' },
      ...steps,
      data_pipeline_second_run: { value: second.seconds, unit: 's' },
      data_pipeline_second_run_steps_rebuilt: { value: second.built.length, unit: 'étapes' },
      data_pipeline_peak_memory: { value: Math.max(full.maxRssMb, again.maxRssMb), unit: 'Mo' },
      data_outputs_total_size: { value: totalBytes(a) / 1024 / 1024, unit: 'Mo' },
      data_outputs_files: { value: da.size, unit: 'fichiers' },
      data_outputs_identical_across_runs: { value: identical ? 1 : 0, unit: 'booléen (1 = sha256 identiques)' },
      data_outputs_differing_across_runs: { value: differing.length, unit: 'fichiers' },
    };
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child')) {
  const { buildData } = await import('../scripts/build-data.ts');
  const t0 = performance.now();
  const report = await buildData({ force: process.argv.includes('--force') });
  const seconds = (performance.now() - t0) / 1000;
  // resourceUsage().maxRSS is in kilobytes and includes DuckDB's native allocations.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ seconds, maxRssMb, built: report.built, steps: report.seconds }));
} else if (process.argv[1] === SELF) {
  console.log(await benchData());
}
