// The inventory step: extracts the 15 annual zips, loads and types every CSV, locates plots,
// writes placettes, arbres, arbres_morts, couverts and the peupleraies tables, and validates them
// (row counts, keys, territories, species) before anything is published.
import path from 'node:path';
import { parquetAt, type Db } from '../lib/duck.ts';
import { PipelineError } from '../lib/errors.ts';
import { polygons, projectL93, type GeoJsonGeometry, type Zone } from '../lib/geo.ts';
import type { Mirror } from '../lib/mirror.ts';
import { docOf, writeDocumented, type Step, type StepContext, type TableDoc } from '../lib/step.ts';
import { ARBRES_COLUMNS, docs as arbresDocs, PEUPLERAIES_ARBRES_COLUMNS, treesSql } from './arbres.ts';
import { coversSql, docs as couvertsDocs } from './couverts.ts';
import { ANNEE_SQL, RAW_KINDS, RAW_TYPES, type RawKind } from './ifnRaw.ts';
import { deadSql, docs as mortsDocs } from './morts.ts';
import { createLocations, docs as placettesDocs, IDF_GROUP, PEUPLERAIES_COLUMNS, PLACETTES_COLUMNS, plotsSql } from './placettes.ts';
import { addDesignWeights } from './poids.ts';
import { formatInteger } from '../../src/lib/format/numbers.ts';

export const YEARS = Array.from({ length: 15 }, (_, i) => 2005 + i);

/** Row counts announced by the mirror's README: a difference stops the build. */
export const EXPECTED_ROWS: Record<string, number> = {
  placettes: 93_043,
  arbres: 1_018_376,
  arbres_morts: 107_389,
  peupleraies_placettes: 3_165,
};

/** Outline of the départements of the grouped code '75', projected to Lambert-93. */
export async function idfZones(mirror: Mirror): Promise<Zone[]> {
  const fc = JSON.parse(await mirror.text('admin-departements')) as {
    features: { properties: { code: string }; geometry: GeoJsonGeometry }[];
  };
  const zones = fc.features
    .filter((f) => IDF_GROUP.includes(f.properties.code))
    .map((f) => ({ code: f.properties.code, shape: projectL93(polygons(f.geometry)) }))
    .sort((a, b) => a.code.localeCompare(b.code));
  if (zones.length !== IDF_GROUP.length) throw new PipelineError(`Contours d'Île-de-France incomplets`, { file: 'boundaries/departements.geojson' });
  return zones;
}

/** Finds the first row of a query `SELECT _file, _line, v …` and throws with it. */
async function expectNone(db: Db, sql: string, message: string, column?: string): Promise<void> {
  const bad = await db.all<{ _file: string; _line: number; v: unknown }>(`${sql} ORDER BY _file, _line LIMIT 1`);
  if (bad[0])
    throw new PipelineError(message, {
      file: bad[0]._file,
      line: bad[0]._line,
      ...(column ? { column } : {}),
      value: String(bad[0].v),
    });
}

async function loadKind(db: Db, mirror: Mirror, kind: RawKind): Promise<void> {
  const files: { path: string; label: string; rows: number }[] = [];
  for (const y of YEARS) {
    const src = mirror.source(`ifn-${y}`);
    const members = await mirror.members(src.id);
    for (const m of src.members ?? []) {
      if (path.basename(m.name) !== `${kind}_${y}.csv`) continue;
      files.push({ path: members.get(m.name)!, label: mirror.label(src, m.name), rows: m.rows });
    }
  }
  let t = performance.now();
  await db.loadCsv(`raw_${kind}`, files);
  if (process.env.DEBUG_TIMING) console.error(kind, 'load', performance.now() - t);
  t = performance.now();
  // Row counts against the raw files (as recorded in the manifest).
  const counts = new Map((await db.all<{ f: string; n: number }>(`SELECT _file AS f, count(*) AS n FROM raw_${kind} GROUP BY 1`)).map((r) => [r.f, r.n]));
  for (const f of files)
    if ((counts.get(f.label) ?? 0) !== f.rows)
      throw new PipelineError(`Lignes lues : ${counts.get(f.label) ?? 0} au lieu de ${f.rows}`, { file: f.label });
  await db.typeColumns(`raw_${kind}`, `t_${kind}`, RAW_TYPES[kind]);
  await db.dropCsv(`raw_${kind}`);
  if (process.env.DEBUG_TIMING) console.error(kind, 'type', performance.now() - t);
  // The campaign year encoded in idp must be the file's year.
  await expectNone(
    db,
    `SELECT _file, _line, idp AS v FROM t_${kind}
     WHERE idp IS NULL OR idp // 100000 + 2005 <> regexp_extract(_file, '_(\\d{4})\\.csv$', 1)::INTEGER`,
    `Identifiant de point absent ou d'une autre campagne que celle du fichier`,
    'idp',
  );
}

async function validate(db: Db): Promise<void> {
  // Exact counts of the README.
  for (const [table, n] of Object.entries(EXPECTED_ROWS)) {
    const { c } = await db.one<{ c: number }>(`SELECT count(*) AS c FROM out_${table}`);
    if (c !== n) throw new PipelineError(`La table ${table} compte ${c} lignes au lieu de ${n}`);
  }
  // Keys unique and non-null.
  const keys: [string, string[]][] = [
    ['placettes_foret', ['idp']],
    ['placettes_peupleraie', ['idp']],
    ['ecologie', ['idp']],
    ['arbres_foret', ['idp', 'a']],
    ['arbres_morts_foret', ['idp', 'a']],
    ['couverts_foret', ['idp', 'espar']],
    ['arbres_peupleraie', ['idp', 'a']],
    ['arbres_morts_peupleraie', ['idp', 'a']],
  ];
  for (const [kind, cols] of keys) {
    const k = cols.join(', ');
    for (const c of cols)
      await expectNone(db, `SELECT _file, _line, NULL AS v FROM t_${kind} WHERE ${c} IS NULL`, `Clé manquante`, c);
    await expectNone(
      db,
      `SELECT _file, _line, concat_ws(' / ', ${k}) AS v FROM (SELECT *, count(*) OVER (PARTITION BY ${k}) AS n FROM t_${kind}) WHERE n > 1`,
      `Clé en double (${k})`,
      k,
    );
  }
  // Forest and poplar plots never share an idp: the estimation joins points by idp alone.
  await expectNone(
    db,
    `SELECT f._file, f._line, f.idp AS v FROM t_placettes_foret f JOIN t_placettes_peupleraie p USING (idp)`,
    `Identifiant de point à la fois forêt et peupleraie`,
    'idp',
  );
  // Every tree, dead tree, cover and ecology row belongs to a plot of its kind.
  const fks: [string, string][] = [
    ['arbres_foret', 'placettes_foret'],
    ['arbres_morts_foret', 'placettes_foret'],
    ['couverts_foret', 'placettes_foret'],
    ['ecologie', 'placettes_foret'],
    ['arbres_peupleraie', 'placettes_peupleraie'],
    ['arbres_morts_peupleraie', 'placettes_peupleraie'],
  ];
  for (const [child, parent] of fks)
    await expectNone(db, `SELECT _file, _line, idp AS v FROM t_${child} c WHERE NOT EXISTS (SELECT 1 FROM t_${parent} p WHERE p.idp = c.idp)`, `Point inconnu de ${parent}`, 'idp');
  await expectNone(
    db,
    `SELECT _file, _line, idp AS v FROM t_placettes_foret p WHERE NOT EXISTS (SELECT 1 FROM t_ecologie e WHERE e.idp = p.idp)`,
    `Point forêt sans relevé écologique`,
    'idp',
  );
  // Every plot in exactly one territory of each level: one non-null code per level, known in territoires.
  for (const kind of ['placettes_foret', 'placettes_peupleraie'] as const) {
    const loc = kind === 'placettes_foret' ? 'placettes_loc' : 'peupleraies_loc';
    await expectNone(
      db,
      `SELECT p._file, p._line, l.dep AS v FROM t_${kind} p JOIN ${loc} l USING (idp)
       WHERE l.dep NOT IN (SELECT code FROM territoires_ref WHERE level = 'departement')`,
      `Département inconnu de territoires`,
      'dep',
    );
    await expectNone(
      db,
      `SELECT _file, _line, ser AS v FROM t_${kind} WHERE ser IS NULL OR ser NOT IN (SELECT code FROM territoires_ref WHERE level = 'ser')`,
      `SER inconnue de territoires`,
      'ser',
    );
  }
  for (const [table, level, column] of [
    ['placettes', 'region', 'reg'],
    ['placettes', 'greco', 'greco'],
    ['peupleraies_placettes', 'region', 'reg'],
    ['peupleraies_placettes', 'greco', 'greco'],
  ] as const) {
    const { c } = await db.one<{ c: number }>(
      `SELECT count(*) AS c FROM out_${table} WHERE ${column} IS NULL OR ${column} NOT IN (SELECT code FROM territoires_ref WHERE level = '${level}')`,
    );
    if (c) throw new PipelineError(`${c} points de ${table} sans ${level} connue`, { column });
  }
  // Design weights: never negative, and every campaign has weighted plots.
  for (const table of ['placettes', 'peupleraies_placettes']) {
    const { c } = await db.one<{ c: number }>(`SELECT count(*) AS c FROM out_${table} WHERE poids IS NULL OR poids < 0`);
    if (c) throw new PipelineError(`${c} points de ${table} avec un poids de sondage négatif ou absent`, { column: 'poids' });
  }
  const empty = await db.all<{ annee: number }>(`SELECT annee FROM out_placettes GROUP BY annee HAVING sum(poids) = 0 ORDER BY annee`);
  if (empty[0]) throw new PipelineError(`Aucune placette pondérée dans la campagne ${empty[0].annee}`, { column: 'poids' });
  // Species codes known in especes (null allowed where the campaign did not record it).
  const speciesCols: [string, string][] = [
    ['arbres_foret', 'espar'],
    ['arbres_morts_foret', 'espar'],
    ['couverts_foret', 'espar'],
    ['arbres_peupleraie', 'espar'],
    ['arbres_morts_peupleraie', 'espar'],
    ['placettes_foret', 'dcespar1'],
    ['placettes_foret', 'dcespar2'],
    ['placettes_foret', 'tpespar1'],
    ['placettes_foret', 'tpespar2'],
  ];
  for (const [kind, c] of speciesCols)
    await expectNone(
      db,
      `SELECT _file, _line, ${c} AS v FROM t_${kind} WHERE ${c} IS NOT NULL AND ${c} NOT IN (SELECT espar FROM especes_ref)`,
      `Code espèce inconnu de especes`,
      c,
    );
  // Live trees: espar always present; measurements in plausible ranges.
  await expectNone(db, `SELECT _file, _line, NULL AS v FROM t_arbres_foret WHERE espar IS NULL`, `Espèce manquante`, 'espar');
  for (const [kind, c, cond] of [
    ['arbres_foret', 'c13', 'c13 IS NULL OR c13 <= 0 OR c13 > 2000'],
    ['arbres_foret', 'w', 'w IS NULL OR w <= 0'],
    ['arbres_foret', 'v', 'v IS NULL OR v < 0'],
    ['arbres_foret', 'ir5', 'ir5 < 0'],
    ['arbres_foret', 'htot', 'htot <= 0 OR htot > 80'],
    ['arbres_morts_foret', 'w', 'w IS NULL OR w <= 0'],
    ['arbres_morts_foret', 'datemort', 'datemort NOT IN (1, 2)'],
    ['couverts_foret', 'tcl', 'tcl < 0 OR tcl > 100'],
    ['couverts_foret', 'tca', 'tca < 0 OR tca > 100'],
    ['placettes_foret', 'csa', 'csa IS NULL'],
    ['placettes_foret', 'xl93', 'xl93 NOT BETWEEN 50000 AND 1300000 OR yl93 NOT BETWEEN 6000000 AND 7150000'],
  ] as const)
    await expectNone(db, `SELECT _file, _line, ${c} AS v FROM t_${kind} WHERE ${cond}`, `Valeur hors du domaine attendu`, c);
  await expectWholeCampaignDatemort(db, 't_arbres_morts_foret');
}

/**
 * Stops when a campaign records the date of death on some of its standing dead trees but not all:
 * mortality takes or leaves out whole campaigns (CAMPAGNES_DATEMORT), so one stray date would bring
 * in a campaign whose other dead trees cannot be dated.
 */
export async function expectWholeCampaignDatemort(db: Db, table: string): Promise<void> {
  await expectNone(
    db,
    `WITH t AS (SELECT _file, _line, datemort, ${ANNEE_SQL} AS annee FROM ${table} WHERE veget IN ('5', 'C'))
     SELECT _file, _line, annee AS v FROM t WHERE datemort IS NULL
       AND annee IN (SELECT annee FROM t GROUP BY annee HAVING count(datemort) > 0)`,
    `Arbre mort sur pied sans date de mort dans une campagne qui la relève ailleurs (la mortalité prend ou écarte des campagnes entières)`,
    'datemort',
  );
}

export const OUTPUTS = [
  'placettes.parquet',
  'arbres.parquet',
  'arbres_morts.parquet',
  'couverts.parquet',
  'peupleraies_placettes.parquet',
  'peupleraies_arbres.parquet',
  'peupleraies_arbres_morts.parquet',
];

export const step: Step = {
  name: 'ifn',
  module: import.meta.filename,
  sources: [...YEARS.map((y) => `ifn-${y}`), 'admin-departements'],
  after: ['territoires', 'especes'],
  outputs: OUTPUTS,
  async run(ctx: StepContext) {
    const { db, mirror, staging, out, log } = ctx;
    const t0 = performance.now();
    for (const kind of RAW_KINDS) await loadKind(db, mirror, kind);
    log(`ifn : fichiers bruts chargés et typés en ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    await db.run(`CREATE OR REPLACE TABLE territoires_ref AS SELECT * FROM ${parquetAt(out, 'territoires.parquet')}`);
    await db.run(`CREATE OR REPLACE TABLE especes_ref AS SELECT * FROM ${parquetAt(out, 'especes.parquet')}`);

    const zones = await idfZones(mirror);
    for (const [typed, name] of [
      ['t_placettes_foret', 'placettes'],
      ['t_placettes_peupleraie', 'peupleraies'],
    ] as const) {
      const locs = await createLocations(db, typed, name, zones);
      const split = locs.filter((l) => l.grouped);
      const outside = locs.filter((l) => l.outside_m > 0);
      log(`${name} : ${split.length} points du groupe '75' répartis par coordonnées, dont ${outside.length} hors contour (max ${Math.max(0, ...outside.map((l) => l.outside_m)).toFixed(0)} m)`);
    }

    const tables: [string, string][] = [
      ['placettes', plotsSql('t_placettes_foret', 'placettes_loc', PLACETTES_COLUMNS, 't_ecologie')],
      ['peupleraies_placettes', plotsSql('t_placettes_peupleraie', 'peupleraies_loc', PEUPLERAIES_COLUMNS, null)],
      ['arbres', treesSql('t_arbres_foret', ARBRES_COLUMNS)],
      ['peupleraies_arbres', treesSql('t_arbres_peupleraie', PEUPLERAIES_ARBRES_COLUMNS)],
      ['arbres_morts', deadSql('t_arbres_morts_foret')],
      ['peupleraies_arbres_morts', deadSql('t_arbres_morts_peupleraie')],
      ['couverts', coversSql('t_couverts_foret')],
    ];
    for (const [name, sql] of tables) await db.run(`CREATE OR REPLACE TABLE out_${name} AS ${sql}`);
    await addDesignWeights(db, log);
    await validate(db);
    const ifnDocs: TableDoc[] = [...placettesDocs, ...arbresDocs, ...mortsDocs, ...couvertsDocs];
    for (const [name] of tables) {
      await writeDocumented(db, staging, docOf(ifnDocs, `${name}.parquet`), `SELECT * FROM out_${name}`);
      const { c } = await db.one<{ c: number }>(`SELECT count(*) AS c FROM out_${name}`);
      log(`${name} : ${formatInteger(Number(c))} lignes`);
    }
    for (const kind of RAW_KINDS) await db.run(`DROP TABLE IF EXISTS t_${kind}`);
  },
};
