// incendies.parquet: the BDIFF wildfires 1973–2024, one row per fire, with areas in hectares.
// Coverage differs over time (Mediterranean départements only in early years): the build measures
// it and records it in the Parquet metadata (key `couverture`) and in the data dictionary.
import { PipelineError } from '../lib/errors.ts';
import { columnGroups, docOf, writeDocumented, type Step, type TableDoc } from '../lib/step.ts';
import columns from './incendies.columns.json' with { type: 'json' };
import { formatInteger } from '../../src/lib/format/numbers.ts';
import { sqlIdentifier, sqlString } from '../../src/lib/sql.ts';
import { parquetAt, type ColType } from '../lib/duck.ts';

/**
 * Column groups: the fire's date, place and number (their SQL is written out in the step below),
 * then the columns copied from the producer's one to one, from the column named in `source`:
 * areas (converted from m² to ha), texts and counts.
 */
const { fire, areas, texts, counts } = columnGroups(columns, 'incendies.columns.json');

export const SOURCES = ['bdiff-1973-1979', 'bdiff-1980-1989', 'bdiff-1990-1999', 'bdiff-2000-2009', 'bdiff-2010-2019', 'bdiff-2020-2024'];
export const EXPECTED_FIRES = 140_247;

export const COVERAGE_NOTE =
  "Couverture inégale : de 1973 à 2005, la base ne contient que les départements du dispositif méditerranéen (15 au plus) ; la saisie s'étend progressivement au reste de la France à partir de 2006 (nombre de départements présents chaque année : métadonnée departements_par_annee du fichier). Les totaux nationaux avant 2006 ne sont donc pas comparables aux suivants. Les départements d'outre-mer (971, 972, 974, 976) apparaissent à partir des années 2000.";

export const docs: TableDoc[] = [
  {
    file: 'incendies.parquet',
    description: `Incendies de forêt recensés par la BDIFF, 1973–2024, un feu par ligne, surfaces converties de m² en hectares. ${COVERAGE_NOTE}`,
    sources: SOURCES,
    order: ['annee', 'date_alerte', 'numero'],
    columns: [
      ...fire,
      ...areas,
      ...texts,
      ...counts,
    ],
  },
];

export const step: Step = {
  name: 'incendies',
  module: import.meta.filename,
  sources: [...SOURCES, 'cog-dep-2025'],
  after: ['territoires'],
  outputs: ['incendies.parquet'],
  async run({ db, mirror, staging, out, log }) {
    const files = [];
    for (const id of SOURCES) files.push({ path: await mirror.file(id), label: mirror.source(id).path });
    await db.loadCsv('raw_bdiff', files);
    const types: Record<string, ColType> = {
      Année: 'SMALLINT',
      Numéro: 'INTEGER',
      Département: 'VARCHAR',
      'Code INSEE': 'VARCHAR',
      'Nom de la commune': 'VARCHAR',
      'Date de première alerte': 'VARCHAR',
    };
    // The producer's columns are read in their documented type (areas still in m²).
    for (const c of [...areas, ...texts, ...counts]) types[c.source] = c.type as ColType;
    await db.typeColumns('raw_bdiff', 't_bdiff', types);
    await db.dropCsv('raw_bdiff');

    // Dates must parse and agree with the year column.
    const bad = await db.all<{ _file: string; _line: number; v: string }>(
      `SELECT _file, _line, "Date de première alerte" AS v FROM t_bdiff
       WHERE try_strptime("Date de première alerte", '%d/%m/%Y %H:%M') IS NULL
          OR year(try_strptime("Date de première alerte", '%d/%m/%Y %H:%M')) <> "Année"
       ORDER BY _file, _line LIMIT 1`,
    );
    if (bad[0]) throw new PipelineError(`Date illisible ou d'une autre année`, { file: bad[0]._file, line: bad[0]._line, column: 'Date de première alerte', value: bad[0].v });

    await db.run(`CREATE OR REPLACE TABLE territoires_ref AS SELECT * FROM ${parquetAt(out, 'territoires.parquet')}`);
    const select = [
      `"Année"::SMALLINT AS annee`,
      `"Numéro"::INTEGER AS numero`,
      `pad0("Département", 2) AS dep`,
      `t.code IS NOT NULL AS metropole`,
      `t.region AS reg`,
      `pad0("Code INSEE", 5) AS code_insee`,
      `"Nom de la commune" AS commune`,
      `strptime("Date de première alerte", '%d/%m/%Y %H:%M') AS date_alerte`,
      `strptime("Date de première alerte", '%d/%m/%Y %H:%M')::DATE AS date`,
      ...areas.map((c) => `round(${sqlIdentifier(c.source)} / 10000, 4) AS ${c.name}`),
      ...[...texts, ...counts].map((c) => `${sqlIdentifier(c.source)} AS ${c.name}`),
    ];
    await db.run(`CREATE OR REPLACE TABLE out_incendies AS SELECT ${select.join(', ')}, _file, _line
      FROM t_bdiff b LEFT JOIN territoires_ref t ON t.level = 'departement' AND t.code = pad0(b."Département", 2)`);

    // Validation: count, key, départements known (metropolitan or the four overseas codes).
    const { n, keys } = await db.one<{ n: number; keys: number }>(`SELECT count(*) AS n, count(DISTINCT (annee, numero)) AS keys FROM out_incendies`);
    if (n !== EXPECTED_FIRES) throw new PipelineError(`${n} feux lus au lieu de ${EXPECTED_FIRES}`);
    if (keys !== n) throw new PipelineError(`Clé (Année, Numéro) en double dans la BDIFF`);
    const unknown = await db.all<{ _file: string; _line: number; dep: string }>(
      `SELECT _file, _line, dep FROM out_incendies WHERE NOT metropole AND dep NOT IN ('971','972','973','974','976') ORDER BY _file, _line LIMIT 1`,
    );
    if (unknown[0]) throw new PipelineError(`Département inconnu`, { file: unknown[0]._file, line: unknown[0]._line, column: 'Département', value: unknown[0].dep });

    // Coverage by year, recorded with the file.
    const cover = await db.all<{ annee: number; deps: number }>(
      `SELECT annee, count(DISTINCT dep) FILTER (WHERE metropole) AS deps FROM out_incendies GROUP BY 1 ORDER BY 1`,
    );
    const perYear = cover.map((c) => `${c.annee}:${c.deps}`).join(',');
    const meta = `{couverture: ${sqlString(COVERAGE_NOTE)}, departements_par_annee: ${sqlString(perYear)}, source: ${sqlString('BDIFF, base de données sur les incendies de forêts en France')}}`;
    await writeDocumented(db, staging, docOf(docs, 'incendies.parquet'), 'SELECT * EXCLUDE (_file, _line) FROM out_incendies', meta);
    log(`incendies : ${formatInteger(Number(n))} feux`);
    await db.run('DROP TABLE t_bdiff');
  },
};
