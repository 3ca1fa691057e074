// Benchmark of the estimation engine (`npm run bench` imports benchEstimation): time (wall and CPU)
// to compute every indicator for every territory and rolling window from the pipeline's tables,
// and the size of the files it writes. Runs in a temp folder holding copies of the input tables, so the site's
// public/donnees/ is left alone. Skipped (no figures) when the tables have not been built.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INPUT_TABLES } from '../src/lib/estimation/node.ts';
import { estimate } from '../scripts/estimation/index.ts';
import { dataOutputDir } from '../src/lib/data/outputDir.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function benchEstimation(): Promise<Record<string, { value: number; unit: string }>> {
  const source = dataOutputDir(ROOT);
  if (!INPUT_TABLES.every((t) => existsSync(path.join(source, `${t}.parquet`)))) {
    process.stderr.write(`estimation : tables absentes de ${source}, banc d'essai ignoré (lancer npm run data:build)\n`);
    return {};
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-estimation-'));
  try {
    for (const t of INPUT_TABLES) copyFileSync(path.join(source, `${t}.parquet`), path.join(dir, `${t}.parquet`));
    const cpu0 = process.cpuUsage();
    const summary = await estimate(dir, dir);
    const cpu = process.cpuUsage(cpu0);
    const size = (name: string) => (summary.files.find((f) => f.name === name)?.bytes ?? 0) / 1024;
    return {
      'estimation.temps_total': { value: summary.seconds, unit: 's' },
      // CPU time of both DuckDB threads: on a machine shared with other jobs, wall time says little
      'estimation.temps_cpu': { value: (cpu.user + cpu.system) / 1e6, unit: 's' },
      'estimation.estimations': { value: summary.rows, unit: 'lignes' },
      'estimation.resultats_parquet': { value: size('resultats.parquet'), unit: 'Kio' },
      'estimation.indicateurs_json': { value: size('indicateurs.json'), unit: 'Kio' },
      'estimation.methodologie_json': { value: size('methodologie.json'), unit: 'Kio' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [k, v] of Object.entries(await benchEstimation())) console.log(`${k}: ${v.value.toFixed(2)} ${v.unit}`);
}
