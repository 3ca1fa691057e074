// calage.parquet: for every rolling window and région, IGN's published forest area (interpolated
// between its published windows) and the factor that scales the design weights of the région's
// points (forest and poplar plots) to it. The estimation SQL multiplies each point's weight by
// the factor of its région and window (src/lib/estimation/sql.ts).
import { CALIBRATION, PERIODS, WINDOW_LENGTH } from '../../src/lib/estimation/config.ts';
import { PipelineError } from '../lib/errors.ts';
import { columnGroups, docOf, writeDocumented, type Step, type TableDoc } from '../lib/step.ts';
import columns from './calage.columns.json' with { type: 'json' };
import { ifnSources } from './ifnDocs.ts';
import { parquetAt } from '../lib/duck.ts';

const SOURCE = 'ign-igd-1-1-2-surface-regions';

const COLUMNS = columnGroups(columns, 'calage.columns.json');

export const docs: TableDoc[] = [
  {
    file: 'calage.parquet',
    description: `Calage des poids de sondage : pour chaque fenêtre glissante de ${WINDOW_LENGTH} campagnes et chaque région, la surface forestière publiée par l’IGN (peupleraies comprises ; ${CALIBRATION.source}) et le facteur qui ramène la somme des poids des points de la région à cette surface. ${CALIBRATION.rule}`,
    sources: [SOURCE, ...ifnSources()],
    computed: true,
    order: ['period', 'reg'],
    columns: COLUMNS.calage,
  },
];

export interface PublishedArea {
  /** Published window, e.g. '2008-2012'. */
  periode: string;
  /** Area in hectares. */
  surfaceHa: number;
}

export type CalibrationRule = 'publiée' | 'interpolée' | 'extrapolée';

/** Middle of a window's campaigns: '2006-2009' → 2007.5. */
export function midYear(period: string): number {
  const m = /^(\d{4})-(\d{4})$/.exec(period);
  if (!m) throw new Error(`Fenêtre illisible : « ${period} »`);
  return (Number(m[1]) + Number(m[2])) / 2;
}

/**
 * A région's area for a window from its published series: the published figure for a published
 * window, otherwise linear in the windows' middle years between the two published windows around
 * it, or along the nearest published segment outside them (CALIBRATION.rule).
 */
export function areaForWindow(series: readonly PublishedArea[], period: string): { surfaceHa: number; regle: CalibrationRule } {
  const same = series.find((s) => s.periode === period);
  if (same) return { surfaceHa: same.surfaceHa, regle: 'publiée' };
  const points = [...series].map((s) => ({ t: midYear(s.periode), v: s.surfaceHa })).sort((a, b) => a.t - b.t);
  if (points.length < 2) throw new Error('Il faut au moins deux fenêtres publiées pour interpoler');
  const t = midYear(period);
  let k = points.findIndex((p) => p.t > t);
  const regle: CalibrationRule = k === 0 || k === -1 ? 'extrapolée' : 'interpolée';
  if (k === -1) k = points.length - 1;
  if (k === 0) k = 1;
  const a = points[k - 1]!;
  const b = points[k]!;
  return { surfaceHa: a.v + ((b.v - a.v) * (t - a.t)) / (b.t - a.t), regle };
}

export const step: Step = {
  name: 'calage',
  module: import.meta.filename,
  sources: [SOURCE],
  after: ['territoires', 'ifn'],
  outputs: ['calage.parquet'],
  async run({ db, mirror, staging, out, log }) {
    const src = mirror.source(SOURCE);
    await db.loadCsv('raw_igd', [{ path: await mirror.file(SOURCE), label: src.path }], ',');
    await db.typeColumns('raw_igd', 't_igd', { code_region: 'VARCHAR', region: 'VARCHAR', periode: 'VARCHAR', surface_foret_1000ha: 'DOUBLE' });
    await db.dropCsv('raw_igd');
    const rows = await db.all<{ reg: string; periode: string; s: number | null; _file: string; _line: number }>(
      `SELECT pad0(code_region, 2) AS reg, periode, surface_foret_1000ha AS s, _file, _line FROM t_igd ORDER BY _line`,
    );
    const regions = (
      await db.all<{ code: string }>(
        `SELECT code FROM ${parquetAt(out, 'territoires.parquet')} WHERE level = 'region' ORDER BY code`,
      )
    ).map((r) => r.code);
    const series = new Map<string, PublishedArea[]>();
    for (const r of rows) {
      if (r.reg === 'FR') continue;
      if (!regions.includes(r.reg)) throw new PipelineError('Région inconnue des territoires', { file: r._file, line: r._line, column: 'code_region', value: r.reg });
      if (r.s === null || r.s <= 0) throw new PipelineError('Surface publiée manquante ou nulle', { file: r._file, line: r._line, column: 'surface_foret_1000ha' });
      if (!/^\d{4}-\d{4}$/.test(r.periode)) throw new PipelineError('Fenêtre illisible (attendu : « 2013-2017 »)', { file: r._file, line: r._line, column: 'periode', value: r.periode });
      if (!series.has(r.reg)) series.set(r.reg, []);
      series.get(r.reg)!.push({ periode: r.periode, surfaceHa: r.s * 1000 });
    }
    for (const reg of regions)
      if ((series.get(reg)?.length ?? 0) < 2) throw new PipelineError(`La région ${reg} a moins de deux fenêtres publiées`, { file: src.path });

    // Design-weight area of each région and campaign (forest and poplar plots).
    const weights = await db.all<{ reg: string; annee: number; s: number }>(`
      SELECT reg, annee, sum(poids) AS s FROM (
        SELECT reg, annee, poids FROM ${parquetAt(out, 'placettes.parquet')}
        UNION ALL SELECT reg, annee, poids FROM ${parquetAt(out, 'peupleraies_placettes.parquet')}
      ) GROUP BY reg, annee ORDER BY reg, annee`);
    const byRegion = new Map<string, Map<number, number>>();
    for (const w of weights) {
      if (!byRegion.has(w.reg)) byRegion.set(w.reg, new Map());
      byRegion.get(w.reg)!.set(w.annee, w.s);
    }

    await db.run(`CREATE OR REPLACE TABLE out_calage (period VARCHAR, reg VARCHAR, surface_publiee_ha DOUBLE, regle VARCHAR,
      surface_poids_ha DOUBLE, rapport_calage DOUBLE, facteur DOUBLE)`);
    const app = await db.conn.createAppender('out_calage');
    for (const period of PERIODS) {
      const first = Number(period.slice(0, 4));
      for (const reg of regions) {
        let sum = 0;
        for (let a = first; a < first + WINDOW_LENGTH; a++) {
          const s = byRegion.get(reg)?.get(a);
          if (!s) throw new PipelineError(`Aucun point pondéré dans la région ${reg} en ${a} : calage impossible`, { file: 'placettes.parquet', column: 'poids' });
          sum += s;
        }
        const { surfaceHa, regle } = areaForWindow(series.get(reg)!, period);
        const design = sum / WINDOW_LENGTH;
        app.appendVarchar(period);
        app.appendVarchar(reg);
        app.appendDouble(surfaceHa);
        app.appendVarchar(regle);
        app.appendDouble(design);
        app.appendDouble(surfaceHa / design);
        app.appendDouble(surfaceHa / sum);
        app.endRow();
      }
    }
    app.closeSync();
    await writeDocumented(db, staging, docOf(docs, 'calage.parquet'), 'SELECT * FROM out_calage');
    const range = await db.one<{ lo: number; hi: number }>(`SELECT min(rapport_calage) AS lo, max(rapport_calage) AS hi FROM out_calage`);
    log(`calage : ${PERIODS.length} fenêtres × ${regions.length} régions, rapport publié ÷ poids de ${range.lo.toFixed(2)} à ${range.hi.toFixed(2)}`);
  },
};
