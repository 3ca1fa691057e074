// The design weights of placettes.parquet and peupleraies_placettes.parquet (columns poids,
// sous_reseau, note_poids), rebuilt from the sampling grid by scripts/lib/designWeights.ts.
// Part of the inventory step: run on the output tables before they are validated and written.
import type { Db } from '../lib/duck.ts';
import { designWeights, type DesignPoint, type PointWeight } from '../lib/designWeights.ts';
import { PipelineError } from '../lib/errors.ts';
import { gridNode } from '../lib/grid.ts';
import { columnGroups, type ColumnDoc } from '../lib/step.ts';
import columns from './poids.columns.json' with { type: 'json' };

export const WEIGHT_COLUMNS: ColumnDoc[] = columnGroups(columns, 'poids.columns.json').weights;

const TABLES = [
  { table: 'out_placettes', kind: 'foret' },
  { table: 'out_peupleraies_placettes', kind: 'peupleraie' },
] as const;

/** Computes the weights of the plot tables' points and fills their weight columns. */
export async function addDesignWeights(db: Db, log: (m: string) => void): Promise<void> {
  const points: DesignPoint[] = [];
  for (const { table, kind } of TABLES) {
    const rows = await db.all<{ idp: number; annee: number; xl93: number; yl93: number; ser: string; greco: string }>(
      `SELECT idp, annee, xl93, yl93, ser, greco FROM ${table} ORDER BY idp`,
    );
    for (const r of rows) {
      const node = gridNode(r.xl93, r.yl93);
      points.push({ idp: r.idp, annee: r.annee, i: node.i, j: node.j, offsetM: node.offsetM, zone: r.ser, parent: r.greco, kind });
    }
  }
  const t = performance.now();
  const report = designWeights(points);
  const seconds = (performance.now() - t) / 1000;

  await db.run(`CREATE OR REPLACE TEMP TABLE poids_points (kind VARCHAR, idp INTEGER, poids DOUBLE, sous_reseau VARCHAR, note_poids VARCHAR)`);
  const app = await db.conn.createAppender('poids_points');
  for (const w of report.weights) {
    app.appendVarchar(w.kind);
    app.appendInteger(w.idp);
    app.appendDouble(w.poids);
    if (w.classe) app.appendVarchar(w.classe);
    else app.appendNull();
    if (w.note) app.appendVarchar(w.note);
    else app.appendNull();
    app.endRow();
  }
  app.closeSync();
  for (const { table, kind } of TABLES) {
    await db.run(`UPDATE ${table} SET poids = w.poids, sous_reseau = w.sous_reseau, note_poids = w.note_poids
      FROM poids_points w WHERE w.kind = '${kind}' AND w.idp = ${table}.idp`);
    const { missing } = await db.one<{ missing: number }>(`SELECT count(*) AS missing FROM ${table} WHERE poids IS NULL`);
    if (missing) throw new PipelineError(`${missing} points de ${table.slice(4)} sans poids de sondage`, { column: 'poids' });
  }
  log(summary(report.weights, seconds));
}

function summary(weights: readonly PointWeight[], seconds: number): string {
  const forest = weights.filter((w) => w.kind === 'foret');
  const count = (note: string) => forest.filter((w) => w.note === note).length;
  const pct = (n: number) => `${((100 * n) / forest.length).toFixed(1).replace('.', ',')} %`;
  const unused = forest.filter((w) => w.poids === 0).length;
  return `poids : ${forest.length - unused} placettes pondérées sur ${forest.length} en ${seconds.toFixed(1)} s ; poids nul : ${pct(count('sous-réseau éclairci'))} en sous-réseau éclairci, ${pct(count('hors grille') + count('hors réseau de la campagne'))} hors des réseaux`;
}
