// especes.parquet: the species reference (IFN code ESPAR → French name, Latin name, TAXREF id,
// feuillu / résineux), from espar-cdref13.csv and the ESPAR code lists of 2005 and 2019.
import { PipelineError } from '../lib/errors.ts';
import { columnGroups, docOf, writeDocumented, type Step, type TableDoc } from '../lib/step.ts';
import columns from './especes.columns.json' with { type: 'json' };
import { sqlString } from '../../src/lib/sql.ts';

const COLUMNS = columnGroups(columns, 'especes.columns.json');

export const docs: TableDoc[] = [
  {
    file: 'especes.parquet',
    description:
      "Référentiel des espèces arborées de l'inventaire : code ESPAR, nom français, nom latin et identifiant TAXREF v13, groupe feuillu / résineux. Réunit espar-cdref13.csv et les listes de codes ESPAR de 2005 et 2019.",
    sources: ['ifn-espar-cdref13', 'ifn-documentation-2005', 'ifn-documentation-2019'],
    order: ['espar'],
    columns: COLUMNS.especes,
  },
];

/**
 * Repairs ESPAR codes damaged by a spreadsheet: lost leading zero ('2' for '02') and codes read as
 * numbers in scientific notation ('25E5' → 2500000, '25E3' → 25000).
 */
export function fixEspar(raw: string): string {
  const code = raw.trim().toUpperCase();
  const sci: Record<string, string> = { '2500000': '25E5', '25000': '25E3' };
  if (sci[code]) return sci[code];
  if (/^\d$/.test(code)) return `0${code}`;
  if (/^\d[A-Z]/.test(code)) return `0${code}`;
  return code;
}

/** 'feuillu' below 50, 'resineux' from 50: the IFN numbers broadleaves 02–49 and conifers 51–77. */
export function groupeOf(espar: string): 'feuillu' | 'resineux' {
  const n = Number.parseInt(espar.slice(0, 2), 10);
  if (!Number.isFinite(n)) throw new PipelineError(`Code espèce sans numéro`, { value: espar });
  return n < 50 ? 'feuillu' : 'resineux';
}

export interface Espece {
  espar: string;
  nom_fr: string;
  nom_latin: string | null;
  cd_ref: number | null;
  groupe: 'feuillu' | 'resineux';
}

/** Windows-1252 letters that a bad conversion left as C1 control characters (U+0080–U+009F). */
const CP1252: Record<string, string> = { '\u008c': 'Œ', '\u009c': 'œ', '\u0080': '€', '\u0092': '’', '\u0096': '–' };

/** Repairs names damaged by an encoding conversion in espar-cdref13.csv ('en c\u009cur' → 'en cœur'). */
export function fixName(name: string): string {
  return name.replace(/[\u0080-\u009f]/g, (c) => CP1252[c] ?? '');
}

export function buildEspeces(cdref: string, docs: string[]): Espece[] {
  const out = new Map<string, Espece>();
  const lines = cdref.split(/\r?\n/);
  const header = lines[0]!.replace(/^\/\/\s*/, '').split(';');
  if (header.join(';') !== 'espar;lib_espar;cd_ref;lib_cdref')
    throw new PipelineError(`En-tête inattendu`, { file: 'ifn/reference/espar-cdref13.csv', line: 1 });
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const [code, nom, cdRef, latin] = line.split(';');
    const espar = fixEspar(code!);
    const cd = Number(cdRef);
    if (!Number.isInteger(cd))
      throw new PipelineError(`Identifiant TAXREF illisible`, { file: 'ifn/reference/espar-cdref13.csv', column: 'cd_ref', line: i + 2, value: String(cdRef) });
    if (out.has(espar))
      throw new PipelineError(`Code espèce en double après correction`, { file: 'ifn/reference/espar-cdref13.csv', column: 'espar', line: i + 2, value: String(code) });
    out.set(espar, { espar, nom_fr: fixName(nom!.trim()), nom_latin: latin!.trim() || null, cd_ref: cd, groupe: groupeOf(espar) });
  });
  // Code lists, oldest first, so the most recent label wins for codes absent from espar-cdref13.
  for (const text of docs)
    for (const line of text.split(/\r?\n/)) {
      const [donnee, code, libelle] = line.split(';');
      if (donnee !== 'ESPAR' || !code) continue;
      const espar = fixEspar(code);
      const known = out.get(espar);
      if (!known || known.cd_ref === null)
        out.set(espar, { espar, nom_fr: libelle!.trim(), nom_latin: null, cd_ref: null, groupe: groupeOf(espar) });
    }
  return [...out.values()].sort((a, b) => (a.espar < b.espar ? -1 : 1));
}

export const step: Step = {
  name: 'especes',
  module: import.meta.filename,
  sources: docs[0]!.sources,
  after: [],
  outputs: ['especes.parquet'],
  async run({ db, mirror, staging, log }) {
    const especes = buildEspeces(await mirror.text('ifn-espar-cdref13'), [
      await mirror.text('ifn-documentation-2005'),
      await mirror.text('ifn-documentation-2019'),
    ]);
    const s = (v: string | null) => (v === null ? 'NULL' : sqlString(v));
    const values = especes.map((e) => `(${sqlString(e.espar)}, ${sqlString(e.nom_fr)}, ${s(e.nom_latin)}, ${e.cd_ref ?? 'NULL'}, ${sqlString(e.groupe)})`);
    await db.run(`CREATE OR REPLACE TABLE especes AS SELECT espar::VARCHAR AS espar, nom_fr::VARCHAR AS nom_fr,
      nom_latin::VARCHAR AS nom_latin, cd_ref::INTEGER AS cd_ref, groupe::VARCHAR AS groupe
      FROM (VALUES ${values.join(', ')}) t(espar, nom_fr, nom_latin, cd_ref, groupe)`);
    await writeDocumented(db, staging, docOf(docs, 'especes.parquet'), 'SELECT * FROM especes');
    log(`especes : ${especes.length} codes`);
  },
};
