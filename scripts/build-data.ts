// Entry point of `npm run data:build`: verifies the source mirror against data/sources.json, then
// runs each output step in order, skipping steps whose inputs and code are unchanged.
// Outputs go to public/donnees/ (served at /donnees/); a failure exits non-zero with a message
// naming the file, column and line, and leaves the previous outputs in place.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Db } from './lib/duck.ts';
import { fileSystemDenial, PipelineError } from './lib/errors.ts';
import { sha256 } from './lib/hash.ts';
import { acquireBuildLock, LOCK_FILE } from './lib/lock.ts';
import { Mirror } from './lib/mirror.ts';
import { outDir, ROOT } from './lib/paths.ts';
import { isWorkInProgress, removeStaleStaging, Staging } from './lib/staging.ts';
import { hashCode, PIPELINE_VERSION, readStamps, writeStamps } from './lib/stamps.ts';
import { importClosure } from './lib/imports.ts';
import type { Step } from './lib/step.ts';
import { steps } from './steps.ts';

const log = (m: string) => process.stderr.write(`[data] ${m}\n`);

/** The tools the build hands every step (StepContext): part of every step's code. */
const STEP_TOOLS = ['lib/duck.ts', 'lib/mirror.ts', 'lib/staging.ts'].map((f) => path.join(ROOT, 'scripts', f));

/** What a running build must clean up if it is interrupted. */
let inProgress: { out: string; mirror: Mirror } | null = null;

/**
 * Ctrl-C or kill during a build: remove its staging folders, extracted archives and lock, say so,
 * and exit with 130. Published outputs are untouched (steps publish all or nothing).
 */
function onInterrupt(signal: NodeJS.Signals): void {
  if (inProgress) {
    const { out, mirror } = inProgress;
    for (const name of readdirSync(out)) if (isWorkInProgress(name)) rmSync(path.join(out, name), { recursive: true, force: true });
    if (mirror.tempDir) rmSync(mirror.tempDir, { recursive: true, force: true });
    rmSync(path.join(out, LOCK_FILE), { force: true });
  }
  process.stderr.write(`\n✗ Construction des données interrompue (${signal}) : les données déjà publiées n’ont pas été modifiées.\n`);
  process.exit(130);
}

export interface BuildOptions {
  /** Rebuild every step even when up to date. */
  force?: boolean;
  /** Only these steps (and nothing else). */
  only?: string[];
}

export interface BuildReport {
  built: string[];
  skipped: string[];
  /** Seconds spent per step that ran (the mirror check under `verification`). */
  seconds: Record<string, number>;
}

/** Runs the pipeline; throws a PipelineError on any failure. */
export async function buildData(options: BuildOptions = {}): Promise<BuildReport> {
  const out = outDir();
  await mkdir(out, { recursive: true });
  const mirror = new Mirror();
  const release = await acquireBuildLock(out, log);
  // An interruption (Ctrl-C, kill) removes what this build has in progress; see onInterrupt below.
  inProgress = { out, mirror };
  const stale = await removeStaleStaging(out);
  if (stale.length) log(`dossiers de travail d’une construction interrompue supprimés : ${stale.join(', ')}`);
  const report: BuildReport = { built: [], skipped: [], seconds: {} };
  let db: Db | null = null;
  try {
    const t0 = performance.now();
    await mirror.verifyAll();
    report.seconds.verification = (performance.now() - t0) / 1000;
    log(`miroir vérifié (${mirror.dir}) en ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const stamps = readStamps(out);
    for (const step of steps) {
      if (options.only && !options.only.includes(step.name)) continue;
      // The step's code (its module's import closure, with the tools the build hands it), its
      // sources, and the stamps recorded for its upstream steps: those describe the files on disk,
      // even when --only left an upstream step unbuilt.
      const code = await hashCode(importClosure([step.module, ...STEP_TOOLS]));
      const sources = step.sources.map((id) => `${id}:${mirror.source(id).sha256}`).join('\n');
      const upstream = step.after.map((a) => `${a}:${stamps[a] ?? ''}`).join('\n');
      const stamp = sha256([`v${PIPELINE_VERSION}`, step.name, code, sources, upstream].join('\n--\n'));
      const upToDate = stamps[step.name] === stamp && step.outputs.every((f) => existsSync(path.join(out, f)));
      if (upToDate && !options.force) {
        report.skipped.push(step.name);
        continue;
      }
      db ??= await Db.open();
      const ts = performance.now();
      await runStep(step, db, mirror, out);
      report.seconds[step.name] = (performance.now() - ts) / 1000;
      stamps[step.name] = stamp;
      await writeStamps(out, stamps);
      report.built.push(step.name);
    }

    log(`terminé en ${((performance.now() - t0) / 1000).toFixed(1)} s (construits : ${report.built.join(', ') || 'aucun'} ; à jour : ${report.skipped.join(', ') || 'aucun'})`);
    return report;
  } finally {
    db?.close();
    await mirror.close();
    await release();
    inProgress = null;
  }
}

async function runStep(step: Step, db: Db, mirror: Mirror, out: string): Promise<void> {
  const t = performance.now();
  const staging = await Staging.create(out, step.name);
  try {
    await step.run({ db, mirror, staging, out, log });
    // Checked in the staging folder, where a file the step forgot cannot be an older one.
    const missing = step.outputs.filter((f) => !existsSync(staging.path(f)));
    if (missing.length) throw new PipelineError(`L'étape « ${step.name} » n'a pas produit ${missing.join(', ')}`);
    const written = await staging.publish();
    log(`${step.name} : ${written.length} fichier(s) en ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } catch (e) {
    await staging.discard();
    throw e;
  }
}

function parseArgs(argv: string[]): BuildOptions {
  const opts: BuildOptions = {};
  for (const a of argv) {
    if (a === '--force') opts.force = true;
    else if (a.startsWith('--only=')) opts.only = a.slice(7).split(',');
  }
  return opts;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, 'scripts/build-data.ts');
if (isMain) {
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  buildData(parseArgs(process.argv.slice(2))).catch((e: unknown) => {
    const denied = fileSystemDenial(e);
    if (e instanceof PipelineError || denied) {
      const message = denied ?? (e as PipelineError).message;
      process.stderr.write(`\n✗ Construction des données interrompue : ${message}\n  Les données déjà publiées dans ${path.relative(ROOT, outDir())}/ n'ont pas été modifiées.\n`);
    } else {
      process.stderr.write(`\n✗ Erreur inattendue du pipeline de données :\n${(e as Error).stack ?? String(e)}\n`);
    }
    process.exit(1);
  });
}
