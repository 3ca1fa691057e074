// Generates docs/dictionnaire-donnees.md from the documentation of each output script (its columns in
// the `.columns.json` beside it) and from the source manifest: every table, every column, its unit,
// source column and licence.
// Run `npx tsx scripts/dictionary.ts` after changing an output; a test checks the file is current.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadManifest, type Manifest } from './lib/manifest.ts';
import { orderLabel, type TableDoc } from './lib/step.ts';
import { ROOT } from './lib/paths.ts';
import { IDF_GROUP } from './tables/placettes.ts';
import { tableDocs } from './tables/index.ts';
import { TOPO_KEEP, TOPO_QUANTIZATION } from './tables/territoires.ts';
import { formatInteger } from '../src/lib/format/numbers.ts';

const esc = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Source ids as written in the dictionary, consecutive campaigns in one range: `ifn-2005` … `ifn-2019`. */
export function sourceRanges(ids: readonly string[]): string[] {
  const out: string[] = [];
  let run: { prefix: string; first: number; last: number } | null = null;
  const flush = () => {
    if (run) out.push(run.first === run.last ? `\`${run.prefix}${run.first}\`` : `\`${run.prefix}${run.first}\` … \`${run.prefix}${run.last}\``);
    run = null;
  };
  for (const id of ids) {
    const m = /^(.*-)(\d{4})$/.exec(id);
    if (m && run && run.prefix === m[1] && Number(m[2]) === run.last + 1) run.last += 1;
    else {
      flush();
      if (m) run = { prefix: m[1]!, first: Number(m[2]), last: Number(m[2]) };
      else out.push(`\`${id}\``);
    }
  }
  flush();
  return out;
}

/** A table's licence, from its sources' in the manifest: « Licence Ouverte (IGN ; INSEE) ». */
export function licenceOf(t: TableDoc, manifest: Manifest): string {
  const byLicence = new Map<string, Set<string>>();
  for (const id of t.sources) {
    const source = manifest.sources.find((s) => s.id === id);
    if (!source) throw new Error(`${t.file} : la source « ${id} » n’est pas dans data/sources.json`);
    const organisation = source.producer.split(' – ')[0]!;
    byLicence.set(source.licence, (byLicence.get(source.licence) ?? new Set()).add(organisation));
  }
  const licences = [...byLicence].map(([licence, orgs]) => `${licence} (${[...orgs].join(' ; ')})`).join(' ; ');
  return t.computed ? `${licences} ; calculs de l’observatoire` : licences;
}

export function dictionaryMarkdown(): string {
  const manifest = loadManifest(path.join(ROOT, 'data/sources.json'));
  const lines: string[] = [];
  lines.push(
    '# Dictionnaire des données',
    '',
    '<!-- Fichier généré par `npx tsx scripts/dictionary.ts` à partir de scripts/tables/ et data/sources.json : ne pas modifier à la main. -->',
    '',
    "Tables produites par `npm run data:build` dans `public/donnees/` (servies sous `/donnees/`). Toutes les tables sont au format Parquet compressé zstd, triées selon l'ordre indiqué, sans horodatage : deux constructions à partir des mêmes sources donnent des fichiers identiques octet pour octet.",
    '',
    '## Règles de nettoyage communes',
    '',
    "- **Valeurs manquantes** : cellule vide, espaces seuls ou `NA` (fichiers d'arbres de 2008 à 2019, entre guillemets) deviennent nulles.",
    "- **Nombres** : point ou virgule décimale acceptés (l'IFN écrit `25.0`, l'Agreste `340,996`). Une valeur qui ne se lit pas dans le type attendu arrête la construction en nommant fichier, colonne, ligne et valeur.",
    "- **Types** : codes d'espèces, département, SER et listes de codes contenant des lettres en texte ; autres codes et comptages en entiers ; mesures en décimaux.",
    '- **Identifiant de point** `idp` : texte complété de zéros en 2005 (`000019`), entier ensuite ; la campagne vaut `idp ÷ 100 000 + 2005` et doit être l’année du fichier.',
    "- **Départements** : complétés à deux caractères (`1` → `01` en 2006 et 2007) ; la Corse garde `2A` et `2B` (jamais `20` dans ces fichiers) ; l'outre-mer de la BDIFF garde ses trois chiffres (`971`).",
    `- **Code groupé \`75\`** : dans les fichiers de l'inventaire, \`75\` couvre ${IDF_GROUP.join(', ')} (78, 91, 92, 93, 94 et 95 n'apparaissent jamais). La colonne \`dep_ifn\` le garde tel que publié ; la colonne \`dep\` affecte chaque point au département dont le contour (Admin Express 2018, projeté en Lambert-93) contient ses coordonnées floutées, ou au département du groupe le plus proche si le point tombe hors de tous les contours (quelques points à moins de quelques dizaines de mètres). Les chiffres par département de ce groupe reposent donc sur des coordonnées floutées par l'IGN ; Paris intra-muros ne reçoit en pratique aucun point forêt.`,
    "- **Codes espèces** : `espar-cdref13.csv` a été abîmé par un tableur (`2` pour `02`, `2500000` pour `25E5`, `25000` pour `25E3`, caractère « œ » perdu) : corrigé avant usage.",
    "- **Unités** : circonférences converties de cm en m (`c13`, `c0`) ; surfaces des feux converties de m² en ha ; le reste garde l'unité du producteur.",
    '',
    '## Territoires et cartes',
    '',
    `Surfaces terrestres calculées en Lambert-93 (EPSG:2154) par la formule du lacet sur les contours complets (IGN Admin Express COG 2018 pour la France, les régions et les départements ; couches IGN des SER et GRECO), trous déduits ; la France est la somme des départements. Les contours web (\`territoires-{niveau}.topojson\`) sont en WGS84, quantifiés sur une grille de ${formatInteger(TOPO_QUANTIZATION)} × ${formatInteger(TOPO_QUANTIZATION)} sur l'emprise de la métropole (pas d'environ 15 m en longitude et 11 m en latitude) et simplifiés par l'algorithme de Visvalingam en gardant ${Math.round(TOPO_KEEP * 100)} % des sommets (les frontières communes restent communes) : de 28 à 80 Kio par niveau.`,
    '',
  );

  lines.push('## Tables', '');
  for (const t of tableDocs) lines.push(`- [\`${t.file}\`](#${t.file.replace(/[^a-z0-9_-]/g, '')})`);
  lines.push('');

  for (const t of tableDocs) {
    lines.push(`### \`${t.file}\``, '', t.description, '');
    lines.push(`- **Sources** : ${sourceRanges(t.sources).join(', ')}`);
    lines.push(`- **Licence** : ${licenceOf(t, manifest)}`);
    lines.push(`- **Tri et clé** : ${orderLabel(t)} (${t.file.endsWith('.parquet') ? 'une seule ligne' : 'un seul contour'} par clé)`, '');
    lines.push('| colonne | type | unité | colonne source | description |', '| --- | --- | --- | --- | --- |');
    for (const c of t.columns) lines.push(`| \`${c.name}\` | ${c.type} | ${esc(c.unit)} | ${esc(c.source)} | ${esc(c.description)} |`);
    lines.push('');
  }

  lines.push('## Sources', '', 'Fichiers amont lus dans le miroir (`SOURCE_DATA_DIR`), vérifiés par leur empreinte SHA-256 (`data/sources.json`).', '');
  lines.push('| identifiant | fichier | producteur | licence | page du producteur | remarques |', '| --- | --- | --- | --- | --- | --- |');
  for (const s of manifest.sources.filter((x) => x.used))
    lines.push(`| \`${s.id}\` | \`${s.path}\` | ${esc(s.producer)} | ${esc(s.licence)} | <${s.landingPage}> | ${esc(s.notes ?? '')} |`);
  lines.push('');
  return lines.join('\n');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, 'scripts/dictionary.ts');
if (isMain) {
  const file = path.join(ROOT, 'docs/dictionnaire-donnees.md');
  writeFileSync(file, dictionaryMarkdown());
  console.log(`écrit : ${path.relative(process.cwd(), file)}`);
}
