// Refreshes data/sources.json from the source mirror: sha256, CSV headers and row counts.
// Run it deliberately (`npx tsx scripts/update-manifest.ts`) after checking that a producer's new
// file is really wanted; the build itself never rewrites the manifest, it refuses changed files.
// Hand-written fields (producer, title, landing page, licence, notes) are kept; files new to the
// manifest get the catalogue's defaults for their folder, to be reviewed before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvShape } from './lib/csvShape.ts';
import { sha256 } from './lib/hash.ts';
import { Manifest, type Source } from './lib/manifest.ts';
import { manifestPath, sourceDir } from './lib/paths.ts';
import { unzipCsv } from './lib/zip.ts';

const ETALAB = 'Licence Ouverte / Etalab 2.0';

/** Defaults by folder of the mirror, for files not yet in the manifest. */
function catalogue(rel: string): Omit<Source, 'sha256' | 'format' | 'path' | 'csv' | 'members' | 'geojson'> | null {
  const base = path.basename(rel).replace(/\.[a-z]+$/, '');
  const ifnYear = /^ifn\/annual\/(\d{4})-fr\.zip$/.exec(rel);
  if (ifnYear)
    return {
      id: `ifn-${ifnYear[1]}`,
      producer: 'IGN – Inventaire forestier national',
      title: `Données brutes de l'inventaire forestier national, campagne ${ifnYear[1]}`,
      landingPage: 'https://inventaire-forestier.ign.fr/',
      licence: ETALAB,
      used: true,
    };
  if (rel.startsWith('ifn/reference/'))
    return {
      id: `ifn-${base.replace(/[_]/g, '-').toLowerCase()}`,
      producer: 'IGN – Inventaire forestier national',
      title: base.startsWith('espar')
        ? 'Correspondance des codes espèces IFN (ESPAR) et TAXREF v13'
        : `Table de correspondance des codes (${base})`,
      landingPage: 'https://inventaire-forestier.ign.fr/',
      licence: ETALAB,
      used: base.startsWith('espar') || base.startsWith('documentation_20'),
    };
  if (rel.startsWith('boundaries/'))
    return {
      id: `admin-${base}`,
      producer: 'IGN – Admin Express COG 2018 (codes INSEE)',
      title: `Contours ${base.startsWith('dep') ? 'des départements' : base.startsWith('reg') ? 'des régions' : 'de la France métropolitaine'} (${base})`,
      landingPage: 'https://geoservices.ign.fr/adminexpress',
      licence: 'Licence Ouverte',
      used: base === 'departements' || base === 'regions',
    };
  if (rel.startsWith('ecoregions/'))
    return {
      id: `eco-${base.replace(/_/g, '-').toLowerCase()}`,
      producer: 'IGN – Inventaire forestier national',
      title: base.startsWith('ser')
        ? 'Sylvoécorégions (SER)'
        : base.startsWith('greco')
          ? 'Grandes régions écologiques (GRECO)'
          : 'Régions forestières nationales',
      landingPage: 'https://inventaire-forestier.ign.fr/',
      licence: 'Licence Ouverte',
      used: ['ser_sylvoecoregions_86', 'ser_sylvoecoregions_86_list', 'greco_11', 'regions_forestieres_nationales_ifn_309'].includes(base),
    };
  if (rel.startsWith('cog/'))
    return {
      id: `cog-${base.replace(/_/g, '-')}`,
      producer: 'INSEE',
      title: `Code officiel géographique (${base})`,
      landingPage: 'https://www.insee.fr/',
      licence: 'Licence Ouverte',
      used: base === 'dep_2025' || base === 'reg_2025' || base === 'communes_epci_2018',
    };
  if (rel === 'bdforet/ign19_surface_foret_par_epci.csv')
    return {
      id: 'ign-bdforet-v2-surface-epci',
      producer: 'IGN – BD Forêt version 2 (agrégation par EPCI publiée par l’ADEME pour l’outil ALDO)',
      title: 'Surface forestière cartographiée par intercommunalité (EPCI 2018-2019) : feuillus, conifères, mixtes, peupleraies',
      landingPage: 'https://github.com/incubateur-ademe/aldo/blob/92d10e7879a2946caa76ffe67c8e7b499b110f11/data/dataByEpci/ign19.csv',
      licence: 'Licence Ouverte',
      used: true,
      notes:
        'Fichier data/dataByEpci/ign19.csv du dépôt public incubateur-ademe/aldo (commit 92d10e7879a2946caa76ffe67c8e7b499b110f11), agrégat de la BD Forêt v2 de l’IGN par EPCI. Hectares ; tx_boisement en part (0 à 1). Pièges : marque d’ordre d’octet, deux colonnes vides en fin de ligne, 5 clés qui ne sont pas des SIREN, lignes en double ; définition de la forêt plus large que celle de l’inventaire (surfaces cartographiées de 0,5 ha et plus).',
    };
  if (rel.startsWith('agreste/'))
    return {
      id: `agreste-${base.replace(/_/g, '-')}`,
      producer: 'SSP Agreste – enquête « Exploitations forestières »',
      title: `Récolte de bois commercialisée 2005–2024 par ${base.includes('departements') ? 'département' : 'région'}`,
      landingPage: 'https://agreste.agriculture.gouv.fr/',
      licence: 'Licence Ouverte',
      used: true,
    };
  if (rel.startsWith('bdiff/'))
    return {
      id: `bdiff-${base.replace(/^Incendies_/, '').replace(/_/g, '-')}`,
      producer: 'BDIFF – Base de données sur les incendies de forêts en France',
      title: `Incendies de forêt ${base.replace(/^Incendies_/, '').replace('_', '–')}`,
      landingPage: 'https://bdiff.agriculture.gouv.fr/',
      licence: 'Réutilisation libre avec mention de la source',
      used: true,
    };
  return null;
}

async function walk(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, root)));
    else out.push(path.relative(root, p).split(path.sep).join('/'));
  }
  return out.sort();
}

async function describe(rel: string, abs: string, previous: Source | undefined): Promise<Source | null> {
  const meta = previous ?? catalogue(rel);
  if (!meta) return null;
  const bytes = await readFile(abs);
  const format = rel.endsWith('.zip') ? 'zip' : rel.endsWith('.geojson') ? 'geojson' : 'csv';
  const src: Source = {
    id: meta.id,
    producer: meta.producer,
    title: meta.title,
    landingPage: meta.landingPage,
    licence: meta.licence,
    path: rel,
    sha256: sha256(bytes),
    format,
    used: meta.used,
    ...(meta.notes ? { notes: meta.notes } : {}),
  };
  if (format === 'zip') {
    const files = unzipCsv(bytes, rel);
    src.members = [...files].map(([name, data]) => ({ name, ...csvShape(new TextDecoder().decode(data)) }));
  } else if (format === 'csv') {
    src.csv = csvShape(new TextDecoder().decode(bytes));
  } else {
    const fc = JSON.parse(new TextDecoder().decode(bytes)) as { features?: { properties: object }[]; properties?: object };
    const features = fc.features ?? [fc as { properties: object }];
    src.geojson = { properties: Object.keys(features[0]?.properties ?? {}), features: features.length };
  }
  return src;
}

const file = manifestPath();
const previous = existsSync(file) ? Manifest.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
const byPath = new Map(previous?.sources.map((s) => [s.path, s]));
const dir = sourceDir();
const sources: Source[] = [];
for (const rel of await walk(dir)) {
  if (rel === 'README.md') continue;
  const s = await describe(rel, path.join(dir, rel), byPath.get(rel));
  if (s) sources.push(s);
  else console.warn(`ignoré (hors catalogue) : ${rel}`);
}
const manifest = Manifest.parse({ version: 1, sources });
writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
console.log(`${sources.length} sources écrites dans ${path.relative(process.cwd(), file)}`);
