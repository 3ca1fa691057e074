// Data contract of the pipeline's real outputs (public/donnees/, built by `npm run data:build`):
// files, columns and types as documented, exact row counts, unique keys, territories, ranges, and
// national orders of magnitude a reader would notice if they were wrong.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryMarkdown } from '../../scripts/dictionary.ts';
import { Db } from '../../scripts/lib/duck.ts';
import { outDir, ROOT } from '../../scripts/lib/paths.ts';
import { orderSql } from '../../scripts/lib/step.ts';
import { tableDocs } from '../../scripts/tables/index.ts';
import { IDF_GROUP } from '../../scripts/tables/placettes.ts';
import { sqlString } from '../../src/lib/sql.ts';
import { FOREST_AREA_FROM } from '../../src/lib/factsheet/fires.ts';

const OUT = outDir();
const file = (f: string) => path.join(OUT, f);
let db: Db;

beforeAll(async () => {
  const missing = tableDocs.map((t) => t.file).filter((f) => !existsSync(file(f)));
  if (missing.length) throw new Error(`Sorties absentes (${missing.join(', ')}) : lancez d'abord « npm run data:build ».`);
  db = await Db.open();
  for (const t of tableDocs.filter((x) => x.file.endsWith('.parquet')))
    await db.run(`CREATE VIEW ${t.file.replace('.parquet', '')} AS SELECT * FROM read_parquet(${sqlString(file(t.file))})`);
});
afterAll(() => db?.close());

const count = async (sql: string) => (await db.one<{ n: number }>(`SELECT (${sql}) AS n`)).n;

describe('colonnes et types documentés', () => {
  for (const t of tableDocs.filter((x) => x.file.endsWith('.parquet')))
    it(`${t.file} a exactement les colonnes du dictionnaire, dans l'ordre et avec leur type`, async () => {
      const cols = await db.all<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM read_parquet(${sqlString(file(t.file))})`);
      expect(cols.map((c) => `${c.column_name} ${c.column_type}`)).toEqual(t.columns.map((c) => `${c.name} ${c.type}`));
    });

  it('le dictionnaire des données committé est à jour', () => {
    expect(readFileSync(path.join(ROOT, 'docs/dictionnaire-donnees.md'), 'utf8')).toBe(dictionaryMarkdown());
  });
});

describe('nombres de lignes', () => {
  const expected: Record<string, number> = {
    placettes: 93_043,
    arbres: 1_018_376,
    arbres_morts: 107_389,
    couverts: 431_607,
    peupleraies_placettes: 3_165,
    peupleraies_arbres: 16_901,
    peupleraies_arbres_morts: 574,
    especes: 195,
    territoires: 1 + 13 + 96 + 86 + 11,
    incendies: 140_247,
    recolte: (96 + 13 + 1) * 47 * 20,
  };
  for (const [table, n] of Object.entries(expected))
    it(`${table} compte ${n.toLocaleString('fr-FR')} lignes`, async () => {
      expect(await count(`SELECT count(*) FROM ${table}`)).toBe(n);
    });
});

describe('clés', () => {
  const parquetDocs = tableDocs.filter((t) => t.file.endsWith('.parquet'));
  it('every documented Parquet file is checked here', () => expect(parquetDocs.length).toBeGreaterThanOrEqual(15));
  for (const t of parquetDocs) {
    const key = t.order.join(', ');
    it(`${t.file} : (${key}) unique et non nul, et le fichier est trié ainsi`, async () => {
      const rows = `read_parquet(${sqlString(file(t.file))}, file_row_number = true)`;
      const nulls = t.order.map((k) => `${k} IS NULL`).join(' OR ');
      expect(await count(`SELECT count(*) FROM ${rows} WHERE ${nulls}`)).toBe(0);
      expect(await count(`SELECT count(*) - count(DISTINCT (${key})) FROM ${rows}`)).toBe(0);
      // Position in the file against position in the documented order (the dictionary says it is sorted).
      expect(await count(`SELECT count(*) FROM (SELECT file_row_number, row_number() OVER (ORDER BY ${orderSql(t)}) - 1 AS sorted FROM ${rows}) WHERE file_row_number <> sorted`)).toBe(0);
    });
  }
  const topoDocs = tableDocs.filter((t) => t.file.endsWith('.topojson'));
  it('every documented TopoJSON file is checked here', () => expect(topoDocs.length).toBe(5));
  for (const t of topoDocs)
    it(`${t.file} : un contour par ${t.order.join(', ')}, dans cet ordre`, () => {
      const topology = JSON.parse(readFileSync(file(t.file), 'utf8')) as { objects: Record<string, { geometries: { properties: Record<string, string> }[] }> };
      const keys = Object.values(topology.objects)[0]!.geometries.map((g) => t.order.map((k) => g.properties[k]).join('|'));
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual([...keys].sort());
    });
  it('incendies : un numéro par feu et par année (annee, numero)', async () => {
    expect(await count(`SELECT count(*) - count(DISTINCT (annee, numero)) FROM incendies`)).toBe(0);
  });

  it('chaque arbre, arbre mort et couvert appartient à un point forêt de la même campagne', async () => {
    for (const t of ['arbres', 'arbres_morts', 'couverts'])
      expect(await count(`SELECT count(*) FROM ${t} c LEFT JOIN placettes p USING (idp) WHERE p.idp IS NULL OR p.annee <> c.annee`)).toBe(0);
  });
});

describe('placettes', () => {
  it('couvre les 15 campagnes 2005–2019, année cohérente avec idp', async () => {
    expect(await db.all(`SELECT min(annee) AS a, max(annee) AS b, count(DISTINCT annee) AS n FROM placettes`)).toEqual([{ a: 2005, b: 2019, n: 15 }]);
    expect(await count(`SELECT count(*) FROM placettes WHERE annee <> idp // 100000 + 2005`)).toBe(0);
  });

  it('place chaque point dans exactement un territoire de chaque niveau', async () => {
    for (const [c, level] of [
      ['dep', 'departement'],
      ['reg', 'region'],
      ['ser', 'ser'],
      ['greco', 'greco'],
    ])
      expect(await count(`SELECT count(*) FROM placettes p WHERE p.${c} IS NULL OR NOT EXISTS (SELECT 1 FROM territoires t WHERE t.level = '${level}' AND t.code = p.${c})`)).toBe(0);
    expect(await count(`SELECT count(*) FROM placettes p JOIN territoires t ON t.level = 'departement' AND t.code = p.dep WHERE t.region <> p.reg`)).toBe(0);
    expect(await count(`SELECT count(*) FROM placettes WHERE greco <> left(ser, 1)`)).toBe(0);
  });

  it("répartit le code groupé '75' entre les départements du groupe, et lui seul", async () => {
    expect(await count(`SELECT count(*) FROM placettes WHERE dep_ifn IN ('78','91','92','93','94','95')`)).toBe(0);
    expect(await count(`SELECT count(*) FROM placettes WHERE dep_ifn = '75' AND dep NOT IN (${IDF_GROUP.map((d) => `'${d}'`).join(',')})`)).toBe(0);
    expect(await count(`SELECT count(*) FROM placettes WHERE dep_ifn <> '75' AND dep <> dep_ifn`)).toBe(0);
    expect(await count(`SELECT count(DISTINCT dep) FROM placettes WHERE dep_ifn = '75'`)).toBeGreaterThanOrEqual(5);
  });

  it('complète les départements et garde la Corse en 2A / 2B', async () => {
    expect(await count(`SELECT count(*) FROM placettes WHERE length(dep_ifn) <> 2`)).toBe(0);
    expect(await count(`SELECT count(*) FROM placettes WHERE dep_ifn = '20'`)).toBe(0);
    expect(await count(`SELECT count(*) FROM placettes WHERE dep IN ('2A', '2B')`)).toBeGreaterThan(1000);
  });

  it('a des coordonnées en France métropolitaine, cohérentes entre Lambert-93 et WGS84', async () => {
    expect(await count(`SELECT count(*) FROM placettes WHERE lon NOT BETWEEN -5.3 AND 9.7 OR lat NOT BETWEEN 41.3 AND 51.2`)).toBe(0);
    expect(await count(`SELECT count(*) FROM placettes WHERE xl93 IS NULL OR yl93 IS NULL`)).toBe(0);
  });

  it('a une couverture du sol renseignée partout et une pente en pourcentage plausible', async () => {
    expect(await count(`SELECT count(*) FROM placettes WHERE csa IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*) FROM placettes WHERE pent2 < 0 OR pent2 > 250`)).toBe(0);
    expect(await count(`SELECT count(*) FROM placettes WHERE expo < 0 OR expo > 400`)).toBe(0);
  });
});

describe('arbres', () => {
  it('ont une espèce connue, une circonférence en mètres et un poids positif', async () => {
    expect(await count(`SELECT count(*) FROM arbres a LEFT JOIN especes e USING (espar) WHERE e.espar IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*) FROM arbres WHERE c13 < 0.235 OR c13 > 9`)).toBe(0);
    expect(await count(`SELECT count(*) FROM arbres WHERE w <= 0 OR v < 0`)).toBe(0);
  });

  it('ont une classe de diamètre de 5 cm qui contient leur diamètre', async () => {
    expect(await count(`SELECT count(*) FROM arbres WHERE abs(diametre - classe_diametre::INTEGER) > 2.5 + 1e-6`)).toBe(0);
    expect(await count(`SELECT min(classe_diametre::INTEGER) FROM arbres`)).toBe(10);
  });

  it("n'ont ni accroissement ni hauteur sur les arbres simplifiés", async () => {
    expect(await count(`SELECT count(*) FROM arbres WHERE simplif AND (ir5 IS NOT NULL OR htot IS NOT NULL)`)).toBe(0);
    expect(await count(`SELECT count(*) FROM arbres WHERE simplif AND annee < 2009`)).toBe(0);
  });

  it('donnent un volume moyen à l’hectare de l’ordre de celui publié par l’IGN (≈ 170 m³/ha)', async () => {
    const v = await count(`SELECT avg(coalesce(vha, 0)) FROM placettes p
      LEFT JOIN (SELECT idp, sum(v * w) AS vha FROM arbres GROUP BY idp) a USING (idp)
      WHERE p.annee BETWEEN 2015 AND 2019 AND p.csa = 1`);
    expect(v).toBeGreaterThan(140);
    expect(v).toBeLessThan(220);
  });
});

describe('arbres morts et couverts', () => {
  it('datent la mort à partir de 2008 seulement, en deux classes', async () => {
    expect(await count(`SELECT count(*) FROM arbres_morts WHERE datemort IS NOT NULL AND annee < 2008`)).toBe(0);
    expect(await count(`SELECT count(*) FROM arbres_morts WHERE datemort NOT IN (1, 2)`)).toBe(0);
    expect(await count(`SELECT count(*) FROM arbres_morts WHERE c13 IS NULL AND c0 IS NULL`)).toBe(0);
  });

  it('couvrent 2006–2019 avec des taux entre 0 et 100 %', async () => {
    expect(await count(`SELECT min(annee) FROM couverts`)).toBe(2006);
    expect(await count(`SELECT count(*) FROM couverts WHERE tcl NOT BETWEEN 0 AND 100 OR tca NOT BETWEEN 0 AND 100`)).toBe(0);
  });
});

describe('territoires', () => {
  it('a une France métropolitaine d’environ 54,9 millions d’hectares, égale à la somme des régions', async () => {
    const fr = await count(`SELECT surface_ha FROM territoires WHERE level = 'france'`);
    expect(fr).toBeGreaterThan(54_000_000);
    expect(fr).toBeLessThan(55_500_000);
    const regions = await count(`SELECT sum(surface_ha) FROM territoires WHERE level = 'region'`);
    expect(Math.abs(regions - fr) / fr).toBeLessThan(0.001);
    const sers = await count(`SELECT sum(surface_ha) FROM territoires WHERE level = 'ser'`);
    expect(Math.abs(sers - fr) / fr).toBeLessThan(0.005);
  });

  it('rattache chaque département à une des 13 régions et chaque SER à sa GRECO', async () => {
    expect(await count(`SELECT count(*) FROM territoires d WHERE level = 'departement' AND region NOT IN (SELECT code FROM territoires WHERE level = 'region')`)).toBe(0);
    expect(await count(`SELECT count(*) FROM territoires WHERE level = 'ser' AND greco <> left(code, 1)`)).toBe(0);
  });

  it('a des emprises WGS84 en métropole', async () => {
    expect(await count(`SELECT count(*) FROM territoires WHERE xmin < -5.3 OR xmax > 9.7 OR ymin < 41.3 OR ymax > 51.2 OR xmin >= xmax OR ymin >= ymax`)).toBe(0);
  });

  for (const [level, n] of [
    ['region', 13],
    ['departement', 96],
    ['ser', 86],
    ['greco', 11],
  ] as const)
    it(`territoires-${level}.topojson : ${n} contours {code, nom}, léger pour un téléphone`, () => {
      const f = file(`territoires-${level}.topojson`);
      const topo = JSON.parse(readFileSync(f, 'utf8')) as {
        transform: unknown;
        objects: Record<string, { geometries: { properties: { code: string; nom: string } }[] }>;
      };
      expect(topo.transform).toBeDefined();
      const geoms = topo.objects[level]!.geometries;
      expect(geoms).toHaveLength(n);
      expect(geoms.every((g) => g.properties.code && g.properties.nom)).toBe(true);
      expect(statSync(f).size).toBeLessThan(150 * 1024);
    });
});

describe('incendies et récolte', () => {
  it('couvrent 1973–2024 et documentent la couverture dans les métadonnées', async () => {
    expect(await db.all(`SELECT min(annee) AS a, max(annee) AS b FROM incendies`)).toEqual([{ a: 1973, b: 2024 }]);
    const meta = await db.all<{ k: string }>(`SELECT decode(key) AS k FROM parquet_kv_metadata(${sqlString(file('incendies.parquet'))})`);
    expect(meta.map((m) => m.k)).toContain('couverture');
    expect(await count(`SELECT count(*) FROM incendies WHERE surface_ha < 0 OR surface_foret_ha < 0`)).toBe(0);
    expect(await count(`SELECT count(*) FROM incendies WHERE year(date) <> annee`)).toBe(0);
  });

  it(`ne distingue la surface de forêt qu’à partir de ${FOREST_AREA_FROM} (avant, des zéros qui veulent dire « non renseigné »)`, async () => {
    expect(await count(`SELECT count(*) FROM incendies WHERE annee < ${FOREST_AREA_FROM} AND surface_foret_ha > 0`)).toBe(0);
    expect(await count(`SELECT count(*) FROM incendies WHERE annee = ${FOREST_AREA_FROM} AND surface_foret_ha > 0`)).toBeGreaterThan(0);
  });

  it("n'a que des départements méditerranéens avant 2006", async () => {
    expect(await count(`SELECT count(DISTINCT dep) FROM incendies WHERE annee < 2006`)).toBeLessThanOrEqual(16);
  });

  it('code le secret statistique en valeur nulle, et seulement lui', async () => {
    expect(await count(`SELECT count(*) FROM recolte WHERE secret <> (volume IS NULL)`)).toBe(0);
    expect(await count(`SELECT count(*) FROM recolte WHERE secret`)).toBeGreaterThan(0);
  });

  it('donne une récolte commercialisée nationale de l’ordre de 35 millions de m³ par an', async () => {
    const rows = await db.all<{ annee: number; volume: number }>(`SELECT annee, volume FROM recolte WHERE code = 'FR' AND rang = 1 ORDER BY annee`);
    expect(rows).toHaveLength(20);
    for (const r of rows) {
      expect(r.volume).toBeGreaterThan(25_000);
      expect(r.volume).toBeLessThan(50_000);
    }
  });
});
