// bdforet_epci.parquet and communes.parquet: IGN's BD Forêt (v2) forest area of every
// intercommunalité (EPCI, as ADEME publishes it for its ALDO tool) joined to INSEE's 2018 commune
// table, and that commune table itself (commune search, EPCI ↔ département links, wildfires by EPCI).
// The file's traps are handled here and reported in the build log: keys that are not SIREN codes,
// rows repeated word for word, EPCI absent from the 2018 commune table.
import { PipelineError } from '../lib/errors.ts';
import { BDFORET_FACTS } from '../../src/lib/epci/facts.ts';
import { columnGroups, docOf, writeDocumented, type Step, type TableDoc } from '../lib/step.ts';
import columns from './bdforet.columns.json' with { type: 'json' };
import { formatInteger } from '../../src/lib/format/numbers.ts';
import { parquetAt } from '../lib/duck.ts';

export const BDFORET = 'ign-bdforet-v2-surface-epci';
export const COMMUNES = 'cog-communes-epci-2018';


const COLUMNS = columnGroups(columns, 'bdforet.columns.json');

export const docs: TableDoc[] = [
  {
    file: 'bdforet_epci.parquet',
    description: `Surface forestière cartographiée par la ${BDFORET_FACTS.version} de l’IGN pour chaque intercommunalité (EPCI à fiscalité propre, périmètres 2018-2019), par type de formation, avec les communes, la population et le département de rattachement de l’EPCI d’après le COG 2018 de l’INSEE. ${BDFORET_FACTS.definition} Lignes écartées du fichier source : clés qui ne sont pas des SIREN (îles sans EPCI et lignes techniques), doublons exacts, EPCI absents de la table des communes 2018 (périmètres d’avant une fusion) ; le journal de construction les compte.`,
    sources: [BDFORET, COMMUNES],
    order: ['siren'],
    columns: COLUMNS.epci,
  },
  {
    file: 'communes.parquet',
    description: 'Communes de France métropolitaine au 1er janvier 2018 (COG de l’INSEE) avec leur population, leur département, leur région et leur EPCI (SIREN). Sert à la recherche de communes, aux listes de communes des fiches EPCI et aux incendies par EPCI.',
    sources: [COMMUNES],
    order: ['insee'],
    columns: COLUMNS.communes,
  },
];

export const step: Step = {
  name: 'bdforet',
  module: import.meta.filename,
  sources: [BDFORET, COMMUNES],
  after: ['territoires'],
  outputs: ['bdforet_epci.parquet', 'communes.parquet'],
  async run({ db, mirror, staging, out, log }) {
    const bdfLabel = mirror.source(BDFORET).path;
    const comLabel = mirror.source(COMMUNES).path;

    await db.loadCsv('raw_communes', [{ path: await mirror.file(COMMUNES), label: comLabel }], ',');
    await db.typeColumns('raw_communes', 't_communes', {
      nom: 'VARCHAR', insee: 'VARCHAR', population: 'INTEGER', departement: 'VARCHAR', region: 'VARCHAR', epci: 'VARCHAR',
    });
    await db.dropCsv('raw_communes');
    const deps = `SELECT code FROM ${parquetAt(out, 'territoires.parquet')} WHERE level = 'departement'`;
    const badDep = await db.all<{ _file: string; _line: number; v: string }>(
      `SELECT _file, _line, departement AS v FROM t_communes WHERE departement NOT IN (${deps}) ORDER BY _line LIMIT 1`,
    );
    if (badDep[0]) throw new PipelineError('Département inconnu des territoires', { file: badDep[0]._file, line: badDep[0]._line, column: 'departement', value: badDep[0].v });
    const badCom = await db.all<{ _file: string; _line: number; v: string }>(
      `SELECT _file, _line, insee AS v FROM t_communes WHERE NOT regexp_full_match(insee, '[0-9][0-9AB][0-9]{3}') OR nom IS NULL ORDER BY _line LIMIT 1`,
    );
    if (badCom[0]) throw new PipelineError('Code commune illisible ou nom manquant', { file: badCom[0]._file, line: badCom[0]._line, column: 'insee', value: badCom[0].v });
    const dupCom = await db.all<{ v: string }>(`SELECT insee AS v FROM t_communes GROUP BY insee HAVING count(*) > 1 LIMIT 1`);
    if (dupCom[0]) throw new PipelineError('Commune en double', { file: comLabel, column: 'insee', value: dupCom[0].v });
    await db.run(`CREATE OR REPLACE TABLE out_communes AS
      SELECT insee, nom, population, departement AS dep, region AS reg, nullif(epci, '') AS epci FROM t_communes`);

    await db.loadCsv('raw_bdforet', [{ path: await mirror.file(BDFORET), label: bdfLabel }], ',');
    // The two trailing columns have no name and no content: dropped after checking they are empty.
    const extra = (await db.columns('raw_bdforet')).filter((c) => /^column\d+$/.test(c));
    for (const c of extra) {
      const filled = await db.all<{ _line: number }>(`SELECT _line FROM raw_bdforet WHERE nullif(trim("${c}"), '') IS NOT NULL LIMIT 1`);
      if (filled[0]) throw new PipelineError('Colonne sans nom mais remplie', { file: bdfLabel, line: filled[0]._line, column: c });
    }
    const exclude = extra.length ? ` EXCLUDE (${extra.map((c) => `"${c}"`).join(', ')})` : '';
    await db.run(`CREATE OR REPLACE VIEW raw_bdforet_cols AS SELECT *${exclude} FROM raw_bdforet`);
    await db.typeColumns('raw_bdforet_cols', 't_bdforet', {
      siren: 'VARCHAR', feuillus: 'DOUBLE', coniferes: 'DOUBLE', mixtes: 'DOUBLE', peupleraies: 'DOUBLE', total: 'DOUBLE', jeune_peup: 'DOUBLE', tx_boisement: 'DOUBLE',
    });
    await db.run('DROP VIEW raw_bdforet_cols');
    await db.dropCsv('raw_bdforet');

    const counts = await db.one<{ rows: number; not_siren: number; not_siren_ha: number }>(`
      SELECT count(*) AS rows, count(*) FILTER (WHERE NOT coalesce(regexp_full_match(siren, '[0-9]{9}'), false)) AS not_siren,
             coalesce(sum(total) FILTER (WHERE NOT coalesce(regexp_full_match(siren, '[0-9]{9}'), false)), 0) AS not_siren_ha
      FROM t_bdforet`);
    await db.run(`CREATE OR REPLACE TABLE t_bdforet_ok AS
      SELECT DISTINCT siren, feuillus, coniferes, mixtes, peupleraies, total, jeune_peup, tx_boisement
      FROM t_bdforet WHERE regexp_full_match(siren, '[0-9]{9}')`);
    const conflict = await db.all<{ siren: string }>(`SELECT siren FROM t_bdforet_ok GROUP BY siren HAVING count(*) > 1 LIMIT 1`);
    if (conflict[0]) throw new PipelineError('EPCI présent deux fois avec des surfaces différentes', { file: bdfLabel, column: 'siren', value: conflict[0].siren });
    const bad = await db.all<{ _line: number; _file: string; siren: string; why: string }>(`
      SELECT _file, _line, siren, CASE
        WHEN least(feuillus, coniferes, mixtes, peupleraies, jeune_peup, total) < 0 OR tx_boisement NOT BETWEEN 0 AND 1 THEN 'surface négative ou taux hors de [0, 1]'
        ELSE 'total différent de la somme des types (feuillus + conifères + mixtes + peupleraies + jeunes peuplements)' END AS why
      FROM t_bdforet WHERE regexp_full_match(siren, '[0-9]{9}') AND (
        least(feuillus, coniferes, mixtes, peupleraies, jeune_peup, total) < 0 OR tx_boisement NOT BETWEEN 0 AND 1
        OR abs(feuillus + coniferes + mixtes + peupleraies + jeune_peup - total) > 0.01)
      ORDER BY _line LIMIT 1`);
    if (bad[0]) throw new PipelineError(bad[0].why, { file: bad[0]._file, line: bad[0]._line, column: 'total', value: bad[0].siren });

    // EPCI of the commune table: communes, population, main département (most communes, then population).
    await db.run(`CREATE OR REPLACE TABLE t_epci AS
      WITH par_dep AS (
        SELECT epci, dep, reg, count(*) AS n, sum(population) AS pop FROM out_communes WHERE epci IS NOT NULL GROUP BY epci, dep, reg
      ),
      principal AS (
        SELECT epci, arg_max(dep, n * 1e9 + pop) AS dep, arg_max(reg, n * 1e9 + pop) AS reg,
               string_agg(dep, ',' ORDER BY dep) AS departements
        FROM par_dep GROUP BY epci
      ),
      chef AS (
        SELECT epci, arg_max(nom, population * 1e6 - CAST(right(insee, 3) AS INTEGER)) AS commune_principale,
               count(*) AS n_communes, sum(population) AS population
        FROM out_communes WHERE epci IS NOT NULL GROUP BY epci
      )
      SELECT c.epci AS siren, c.commune_principale, CAST(c.n_communes AS INTEGER) AS n_communes, CAST(c.population AS INTEGER) AS population,
             p.dep, p.departements, p.reg
      FROM chef c JOIN principal p USING (epci)`);
    const unmatched = await db.one<{ n: number; ha: number; list: string | null }>(`
      SELECT count(*) AS n, coalesce(sum(total), 0) AS ha, string_agg(siren, ', ' ORDER BY siren) AS list
      FROM t_bdforet_ok b WHERE siren NOT IN (SELECT siren FROM t_epci)`);
    const missing = await db.one<{ n: number; list: string | null }>(`
      SELECT count(*) AS n, string_agg(siren, ', ' ORDER BY siren) AS list FROM t_epci WHERE siren NOT IN (SELECT siren FROM t_bdforet_ok)`);

    await db.run(`CREATE OR REPLACE TABLE out_bdforet AS
      SELECT e.siren,
             CASE WHEN e.n_communes = 1 THEN e.commune_principale
                  WHEN e.n_communes = 2 THEN e.commune_principale || ' et 1 autre commune'
                  ELSE e.commune_principale || ' et ' || CAST(e.n_communes - 1 AS VARCHAR) || ' autres communes' END AS nom,
             e.commune_principale, e.n_communes, e.population, e.dep, e.departements, e.reg,
             b.feuillus AS feuillus_ha, b.coniferes AS coniferes_ha, b.mixtes AS mixtes_ha, b.peupleraies AS peupleraies_ha,
             b.jeune_peup AS jeunes_peuplements_ha, b.total AS surface_foret_ha, b.tx_boisement * 100 AS taux_boisement,
             CASE WHEN b.tx_boisement > 0 THEN b.total / b.tx_boisement END AS surface_ha
      FROM t_epci e JOIN t_bdforet_ok b USING (siren)`);
    await writeDocumented(db, staging, docOf(docs, 'bdforet_epci.parquet'), 'SELECT * FROM out_bdforet');
    await writeDocumented(db, staging, docOf(docs, 'communes.parquet'), 'SELECT * FROM out_communes');

    const kept = await db.one<{ n: number; ha: number }>(`SELECT count(*) AS n, sum(surface_foret_ha) AS ha FROM out_bdforet`);
    const fmt = formatInteger;
    log(
      `bdforet : ${kept.n} EPCI, ${fmt(kept.ha)} ha cartographiés ; écartés : ${counts.not_siren} lignes sans SIREN (${fmt(counts.not_siren_ha)} ha), ` +
        `${counts.rows - counts.not_siren - (await db.one<{ n: number }>('SELECT count(*) AS n FROM t_bdforet_ok')).n} doublons exacts, ` +
        `${unmatched.n} EPCI absents des communes 2018 (${fmt(unmatched.ha)} ha : ${unmatched.list ?? '—'}) ; ` +
        `${missing.n} EPCI des communes 2018 sans ligne BD Forêt (${missing.list ?? '—'})`,
    );
  },
};
