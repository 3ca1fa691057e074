// recolte.parquet: Agreste commercial wood harvest 2005–2024 by département, région and France,
// 47 product categories, in long format; an empty cell (statistical secret) becomes null.
import { PipelineError } from '../lib/errors.ts';
import { columnGroups, docOf, writeDocumented, type Step, type TableDoc } from '../lib/step.ts';
import columns from './recolte.columns.json' with { type: 'json' };
import { formatInteger } from '../../src/lib/format/numbers.ts';
import { sqlString } from '../../src/lib/sql.ts';
import { parquetAt } from '../lib/duck.ts';

export const YEARS = Array.from({ length: 20 }, (_, i) => String(2005 + i));
const FILES = [
  { id: 'agreste-recolte-departements-historique', niveau: 'departement', column: 'Département' },
  { id: 'agreste-recolte-regions-historique', niveau: 'region', column: 'Région' },
] as const;

const COLUMNS = columnGroups(columns, 'recolte.columns.json');

export const docs: TableDoc[] = [
  {
    file: 'recolte.parquet',
    description:
      "Récolte de bois commercialisée (enquête annuelle « Exploitations forestières », SSP Agreste), 2005–2024, par département, région et France métropolitaine, pour 47 catégories de produits, en milliers de m³ de bois rond sur écorce. Mesure le bois vendu, pas les prélèvements totaux (autoconsommation exclue). Une cellule vide (secret statistique) donne volume nul et secret vrai.",
    sources: FILES.map((f) => f.id),
    order: ['niveau', 'code', 'rang', 'annee'],
    columns: COLUMNS.recolte,
  },
];

export const step: Step = {
  name: 'recolte',
  module: import.meta.filename,
  sources: FILES.map((f) => f.id),
  after: ['territoires'],
  outputs: ['recolte.parquet'],
  async run({ db, mirror, staging, out, log }) {
    const parts: string[] = [];
    for (const f of FILES) {
      const src = mirror.source(f.id);
      await db.loadCsv(`raw_${f.niveau}`, [{ path: await mirror.file(f.id), label: src.path }]);
      // Indentation of the category carries the hierarchy: read it before typing trims it.
      await db.run(`CREATE OR REPLACE TABLE ind_${f.niveau} AS SELECT _line, (length("Récolte") - length(ltrim("Récolte")))::SMALLINT AS retrait FROM raw_${f.niveau}`);
      const types: Record<string, 'VARCHAR' | 'DOUBLE'> = { [f.column]: 'VARCHAR', Récolte: 'VARCHAR' };
      for (const y of YEARS) types[y] = 'DOUBLE';
      await db.typeColumns(`raw_${f.niveau}`, `t_${f.niveau}`, types);
      await db.dropCsv(`raw_${f.niveau}`);
      const terr = `"${f.column}"`;
      parts.push(`
        SELECT CASE WHEN ${terr} = 'France métropolitaine' THEN 'france' ELSE '${f.niveau}' END AS niveau,
          CASE WHEN ${terr} = 'France métropolitaine' THEN 'FR' ELSE split_part(${terr}, ' - ', 1) END AS code,
          CASE WHEN ${terr} = 'France métropolitaine' THEN ${terr} ELSE substr(${terr}, strpos(${terr}, ' - ') + 3) END AS nom,
          t.rang,
          i.retrait, split_part("Récolte", ' - ', 1) AS produit, "Récolte" AS categorie,
          u.annee::SMALLINT AS annee, u.volume, u.volume IS NULL AS secret, t._file, t._line
        FROM (SELECT *, (row_number() OVER (PARTITION BY ${terr} ORDER BY _line))::SMALLINT AS rang FROM t_${f.niveau}) t
        JOIN ind_${f.niveau} i USING (_line),
        LATERAL (SELECT * FROM (VALUES ${YEARS.map((y) => `('${y}', t."${y}")`).join(', ')}) v(annee, volume)) u`);
    }
    await db.run(`CREATE OR REPLACE TABLE all_recolte AS ${parts.join(' UNION ALL ')}`);
    // France appears in both files: check they agree, keep one copy (from the région file).
    const diff = await db.all<{ categorie: string; annee: number }>(`
      SELECT a.categorie, a.annee FROM all_recolte a JOIN all_recolte b
        ON a.code = 'FR' AND b.code = 'FR' AND a.rang = b.rang AND a.annee = b.annee AND a._file < b._file
      WHERE a.volume IS DISTINCT FROM b.volume LIMIT 1`);
    if (diff[0]) throw new PipelineError(`Les totaux France des deux fichiers Agreste diffèrent`, { column: String(diff[0].annee), value: diff[0].categorie });
    await db.run(`CREATE OR REPLACE TABLE out_recolte AS SELECT * FROM all_recolte
      WHERE NOT (code = 'FR' AND _file = ${sqlString(mirror.source(FILES[0].id).path)})`);

    // Validation: every code is a known territory of its level; 47 categories per territory.
    await db.run(`CREATE OR REPLACE TABLE territoires_ref AS SELECT * FROM ${parquetAt(out, 'territoires.parquet')}`);
    const unknown = await db.all<{ _file: string; _line: number; code: string }>(`
      SELECT _file, _line, code FROM out_recolte r WHERE NOT EXISTS
        (SELECT 1 FROM territoires_ref t WHERE t.level = r.niveau AND (t.code = r.code OR (r.niveau = 'france' AND t.code = 'FR')))
      ORDER BY _file, _line LIMIT 1`);
    if (unknown[0]) throw new PipelineError(`Territoire inconnu`, { file: unknown[0]._file, line: unknown[0]._line, value: unknown[0].code });
    const counts = await db.one<{ dep: number; reg: number; cats: number }>(`
      SELECT count(DISTINCT code) FILTER (WHERE niveau = 'departement') AS dep, count(DISTINCT code) FILTER (WHERE niveau = 'region') AS reg,
        max(rang) AS cats FROM out_recolte`);
    if (counts.dep !== 96 || counts.reg !== 13 || counts.cats !== 47)
      throw new PipelineError(`Récolte : ${counts.dep} départements, ${counts.reg} régions, ${counts.cats} catégories (attendu 96, 13, 47)`);

    await writeDocumented(db, staging, docOf(docs, 'recolte.parquet'), 'SELECT niveau, code, nom, rang, retrait, produit, categorie, annee, volume, secret FROM out_recolte');
    const { n, s } = await db.one<{ n: number; s: number }>(`SELECT count(*) AS n, count(*) FILTER (WHERE secret) AS s FROM out_recolte`);
    log(`recolte : ${formatInteger(Number(n))} lignes, dont ${formatInteger(Number(s))} sous secret statistique`);
  },
};
