// placettes.parquet (forest plots) and peupleraies_placettes.parquet (poplar plots): one row per
// plot with campaign year, Lambert-93 and WGS84 coordinates, territories and plot variables.
import { PipelineError } from '../lib/errors.ts';
import { l93ToLonLat, locate, type Zone } from '../lib/geo.ts';
import type { Db } from '../lib/duck.ts';
import { col, type ColumnDoc, type TableDoc } from '../lib/step.ts';
import { ifnSources } from './ifnDocs.ts';
import { ANNEE_SQL } from './ifnRaw.ts';
import { WEIGHT_COLUMNS } from './poids.ts';

/** Départements grouped under the code '75' in the inventory files (Paris and its ring, with Yvelines, Essonne, Val-d'Oise). */
export const IDF_GROUP = ['75', '78', '91', '92', '93', '94', '95'];


/** Columns shared by forest and poplar plots (identity, location, territories). */
const identity: ColumnDoc[] = [
  col('idp', 'INTEGER', '', 'idp', "Identifiant du point d'inventaire (texte complété de zéros en 2005, converti en entier)."),
  col('annee', 'SMALLINT', 'année', 'dérivé de idp', 'Campagne annuelle : idp ÷ 100 000 (partie entière) + 2005 ; vérifiée contre l’année du fichier.'),
  col('xl93', 'DOUBLE', 'm', 'xl93', 'Abscisse Lambert-93 (EPSG:2154) du point, floutée par l’IGN.'),
  col('yl93', 'DOUBLE', 'm', 'yl93', 'Ordonnée Lambert-93 (EPSG:2154) du point, floutée par l’IGN.'),
  col('lon', 'DOUBLE', '° (WGS84)', 'calculé (proj4)', 'Longitude WGS84 du point flouté, 6 décimales.'),
  col('lat', 'DOUBLE', '° (WGS84)', 'calculé (proj4)', 'Latitude WGS84 du point flouté, 6 décimales.'),
  col('dep_ifn', 'VARCHAR', '', 'dep', "Département tel que publié, complété à deux caractères ('1' de 2006–2007 → '01'). '75' = groupe Paris, Hauts-de-Seine, Seine-Saint-Denis, Val-de-Marne, Yvelines, Essonne, Val-d'Oise."),
  col('dep', 'VARCHAR', '', 'dep + xl93, yl93', "Département du point : dep_ifn, sauf pour le groupe '75', réparti entre 75, 78, 91, 92, 93, 94 et 95 par point-dans-polygone sur les contours Admin Express projetés en Lambert-93 (département le plus proche du groupe si le point flouté tombe hors de tous). Corse : '2A', '2B'."),
  col('reg', 'VARCHAR', '', 'dérivé de dep (COG INSEE 2025)', "Code INSEE de la région (13 régions depuis 2016). Attention : la région Nouvelle-Aquitaine a le code '75', distinct du département '75'."),
  col('ser', 'VARCHAR', '', 'ser', 'Sylvoécorégion (SER) du point, 86 codes.'),
  col('greco', 'VARCHAR', '', 'dérivé de ser', 'Grande région écologique : première lettre du code SER.'),
  col('csa', 'SMALLINT', '', 'csa', 'Couverture du sol : 1 forêt fermée, 2 forêt ouverte, 3 peupleraie ou autre (voir liste de codes) ; 5 peupleraie pour les points peupleraie.'),
];

const stand: ColumnDoc[] = [
  col('uta1', 'VARCHAR', '', 'uta (2005), uta1 (2006–2014)', 'Utilisation du sol principale (0 production de bois, autres codes : voir liste UTA).'),
  col('uta2', 'VARCHAR', '', 'uta2 (2006–2014)', 'Utilisation du sol secondaire.'),
  col('autut', 'VARCHAR', '', 'autut (2015+)', 'Autres utilisations du sol que la production (définit la forêt disponible).'),
  col('tm2', 'SMALLINT', '', 'tm2 (2005–2014)', 'Taille du massif boisé (classes).'),
  col('sfo', 'SMALLINT', '', 'sfo (2006–2013)', 'Structure forestière (futaie, taillis, mélange, selon les couverts relatifs).'),
  col('sver', 'VARCHAR', '', 'sver (2014+)', 'Structure verticale du peuplement (régulière à une ou plusieurs strates, irrégulière ; X : non déterminée).'),
  col('plisi', 'SMALLINT', '', 'plisi (2007+)', 'Présence de lisière sur la placette (0 absence, 1 lisière, 2 interruption).'),
  col('elisi', 'SMALLINT', 'grade', 'elisi (2007–2013)', 'Exposition de la lisière la plus proche.'),
  col('cslisi', 'VARCHAR', '', 'cslisi (2015+)', 'Couverture du sol au-delà de la lisière.'),
  col('dc', 'SMALLINT', '', 'dc', 'Type de coupe récente (moins de 5 ans) : 0 pas de coupe, autres codes selon intensité.'),
  col('dcespar1', 'VARCHAR', '', 'dcespar1 (2008+)', 'Espèce coupée majoritaire (code ESPAR).'),
  col('dcespar2', 'VARCHAR', '', 'dcespar2 (2008–2013)', 'Espèce coupée secondaire (code ESPAR).'),
  col('tplant', 'VARCHAR', '', 'tplant', 'Type de plantation (0 pas de plantation ; P, A, B, S, T, Q, I, X : types de plantation).'),
  col('tpespar1', 'VARCHAR', '', 'tpespar1 (2008+)', 'Espèce plantée principale (code ESPAR).'),
  col('tpespar2', 'VARCHAR', '', 'tpespar2 (2008+)', 'Espèce plantée secondaire (code ESPAR).'),
  col('gest', 'SMALLINT', '', 'gest (2009+)', 'Traces de gestion dans l’intention d’exploiter.'),
  col('incid', 'SMALLINT', '', 'incid (2009+)', 'Indicateur d’incident récent (moins de 5 ans) : 0 aucun, sinon part du couvert touchée.'),
  col('nincid', 'SMALLINT', '', 'nincid (2015+)', 'Nature de l’incident (incendie, chablis, dépérissement…).'),
  col('peupnr', 'SMALLINT', '', 'peupnr (2009+)', 'Indicateur de peuplement non recensable (0 recensable).'),
  col('dist', 'SMALLINT', '', 'dist', 'Distance de débardage jusqu’à une route accessible aux camions (classes).'),
  col('acces', 'SMALLINT', '', 'acces (2005–2007)', 'Accessibilité.'),
  col('iti', 'SMALLINT', '', 'iti (2008+)', 'Itinéraire de débardage préexistant.'),
  col('pentexp', 'VARCHAR', '', 'pentexp (2008+)', 'Pente maximale de débardage (classes ; X : non déterminée).'),
  col('pentn', 'SMALLINT', '', 'pentn (2005–2006)', 'Classe de pente d’exploitation (1 : moins de 30 %, 2 : plus).'),
  col('portn', 'SMALLINT', '', 'portn (2005–2007)', 'Nature du terrain (portance).'),
  col('portance', 'VARCHAR', '', 'portance (2009+)', 'Portance du sol (X : non déterminée).'),
  col('asperite', 'VARCHAR', '', 'asperite (2009+)', 'Aspérité du terrain (X : non déterminée).'),
  col('cam', 'SMALLINT', '', 'cam (2008+)', 'Classe d’âge mesuré.'),
  col('cac', 'VARCHAR', '', 'cac (2005–2007)', 'Classe d’âge du peuplement (donnée calculée ; NR, AA : cas particuliers).'),
  col('esspre', 'VARCHAR', '', 'esspre (2005)', 'Essence prépondérante, 2005 seulement (liste de codes ESSPRE de 2005, distincte d’ESPAR : « 12 » = bouleaux).'),
  col('ess_age_1', 'VARCHAR', '', 'ess_age_1 (2005–2007)', 'Essence sur laquelle repose l’âge (liste de codes ESS_AGE_1, distincte d’ESPAR).'),
];

const poplarOnly: ColumnDoc[] = [
  col('tform', 'SMALLINT', '', 'tform (2015+)', 'Taille de la formation de peupliers.'),
  col('entp', 'SMALLINT', '', 'entp (2006+)', 'Entretien de la peupleraie (0 soigné, 1 peu soigné, 2 abandonné).'),
];

const ecology: ColumnDoc[] = [
  col('dateeco', 'DATE', '', 'dateeco (ecologie_AAAA.csv)', 'Date du relevé écologique.'),
  col('obsdate', 'SMALLINT', '', 'obsdate', 'Observation sur la date du relevé.'),
  col('topo', 'SMALLINT', '', 'topo', 'Position topographique.'),
  col('obstopo', 'SMALLINT', '', 'obstopo', 'Observation sur la topographie.'),
  col('pent2', 'SMALLINT', '%', 'pent2', 'Pente du terrain.'),
  col('expo', 'SMALLINT', 'grade', 'expo', 'Exposition (0 à 400 grades ; nulle en terrain plat).'),
  col('masque', 'SMALLINT', 'grade', 'masque', 'Masque (hauteur angulaire de l’horizon).'),
  col('humus', 'SMALLINT', '', 'humus', 'Type d’humus (liste HUMUS).'),
  col('obspedo', 'VARCHAR', '', 'obspedo', 'Observation pédologique.'),
  col('roche', 'SMALLINT', '', 'roche', 'Roche mère (liste ROCHE).'),
  col('obsroc', 'SMALLINT', '', 'obsroc (2005–2016)', 'Observation sur la roche.'),
  col('typcai', 'SMALLINT', '', 'typcai (2017+)', 'Type de cailloux (liste TYPCAI).'),
  col('affroc', 'SMALLINT', 'classe', 'affroc', 'Affleurements rocheux (classes de recouvrement).'),
  col('afpla', 'SMALLINT', 'classe', 'afpla (2005–2016)', 'Affleurements en plaques.'),
  col('cailloux', 'SMALLINT', 'classe', 'cailloux', 'Cailloux et blocs en surface.'),
  col('cai40', 'SMALLINT', 'classe', 'cai40', 'Charge en cailloux dans les 40 premiers cm.'),
  col('text1', 'VARCHAR', '', 'text1', 'Texture de l’horizon de surface (liste TEXT1).'),
  col('text2', 'VARCHAR', '', 'text2', 'Texture de l’horizon profond (liste TEXT2).'),
  col('prof1', 'SMALLINT', 'classe', 'prof1', 'Profondeur de l’horizon 1.'),
  col('prof2', 'SMALLINT', 'classe', 'prof2', 'Profondeur du sol prospectable.'),
  col('obsprof', 'SMALLINT', '', 'obsprof', 'Observation sur la profondeur.'),
  col('pcalc', 'SMALLINT', 'classe', 'pcalc', 'Profondeur d’apparition du calcaire (cailloux).'),
  col('pcalf', 'SMALLINT', 'classe', 'pcalf', 'Profondeur d’apparition du calcaire (terre fine).'),
  col('pox', 'SMALLINT', 'classe', 'pox', 'Profondeur d’apparition des taches d’oxydation.'),
  col('ppseudo', 'SMALLINT', 'classe', 'ppseudo', 'Profondeur d’apparition du pseudogley.'),
  col('pgley', 'SMALLINT', 'classe', 'pgley', 'Profondeur d’apparition du gley.'),
  col('obshydr', 'SMALLINT', '', 'obshydr', 'Observation sur l’hydromorphie.'),
  col('tsol', 'SMALLINT', '', 'tsol', 'Type de sol (liste TSOL).'),
  col('lign1', 'SMALLINT', 'classe', 'lign1', 'Recouvrement des ligneux bas.'),
  col('lign2', 'SMALLINT', 'classe', 'lign2', 'Recouvrement des ligneux hauts.'),
  col('herb', 'SMALLINT', 'classe', 'herb', 'Recouvrement des herbacées.'),
  col('mousse', 'SMALLINT', 'classe', 'mousse (2010+)', 'Recouvrement des mousses.'),
  col('obsveget', 'SMALLINT', '', 'obsveget', 'Observation sur la végétation.'),
  col('obschemin', 'SMALLINT', '', 'obschemin (2015+)', 'Présence d’un chemin.'),
  col('obsriv', 'SMALLINT', '', 'obsriv (2013–2016)', 'Présence d’un cours d’eau.'),
  col('obsriv2', 'SMALLINT', '', 'obsriv2 (2013–2016)', 'Type de cours d’eau.'),
  col('typriv', 'SMALLINT', '', 'typriv (2017+)', 'Type de cours d’eau.'),
  col('distriv', 'SMALLINT', 'classe', 'distriv (2013+)', 'Distance au cours d’eau.'),
  col('denivriv', 'SMALLINT', 'classe', 'denivriv (2013+)', 'Dénivelé par rapport au cours d’eau.'),
];

export const PLACETTES_COLUMNS = [...identity, ...WEIGHT_COLUMNS, ...stand, ...ecology];
export const PEUPLERAIES_COLUMNS = [...identity, ...WEIGHT_COLUMNS, ...stand, ...poplarOnly];

export const docs: TableDoc[] = [
  {
    file: 'placettes.parquet',
    description:
      "Points d'inventaire en forêt des 15 campagnes 2005–2019 : une ligne par point, avec l'année, les coordonnées, les territoires, le poids de sondage reconstitué, la couverture du sol, les variables de peuplement, de gestion et d'incident, et les variables écologiques (pente, exposition, sol). Les colonnes absentes d'une campagne sont nulles.",
    sources: ifnSources(),
    order: ['idp'],
    columns: PLACETTES_COLUMNS,
  },
  {
    file: 'peupleraies_placettes.parquet',
    description: "Points d'inventaire en peupleraie (csa = 5) des campagnes 2005–2019, tenus à part des points forêt (pas de relevé écologique), avec leur poids de sondage reconstitué.",
    sources: ifnSources(),
    order: ['idp'],
    columns: PEUPLERAIES_COLUMNS,
  },
];

/** Zero-pads a département code as published ('1' → '01'; '2A' stays). */
export function padDep(dep: string): string {
  return /^\d$/.test(dep) ? `0${dep}` : dep;
}

export interface PlotLocation {
  idp: number;
  lon: number;
  lat: number;
  dep: string;
  /** Whether the plot was published under the grouped code '75' and placed by its coordinates. */
  grouped: boolean;
  /** Metres outside the assigned département's outline (0 when inside or not in the group). */
  outside_m: number;
}

/** WGS84 coordinates and département of each plot; the group '75' is split by coordinates. */
export function locatePlots(plots: { idp: number; xl93: number; yl93: number; dep_ifn: string }[], idfZones: Zone[]): PlotLocation[] {
  return plots.map((p) => {
    const [lon, lat] = l93ToLonLat(p.xl93, p.yl93);
    let dep = p.dep_ifn;
    let outside = 0;
    if (p.dep_ifn === '75') {
      const hit = locate(idfZones, p.xl93, p.yl93);
      dep = hit.code;
      outside = hit.distance;
    }
    return { idp: p.idp, lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6, dep, grouped: p.dep_ifn === '75', outside_m: outside };
  });
}

/** Creates `${name}_loc` (idp, lon, lat, dep) from the typed plot table. */
export async function createLocations(db: Db, typed: string, name: string, idfZones: Zone[]): Promise<PlotLocation[]> {
  const plots = await db.all<{ idp: number; xl93: number; yl93: number; dep_ifn: string; _file: string; _line: number }>(
    `SELECT idp, xl93, yl93, pad0(dep, 2) AS dep_ifn, _file, _line FROM ${typed} ORDER BY idp`,
  );
  for (const p of plots)
    if (p.xl93 === null || p.yl93 === null)
      throw new PipelineError(`Coordonnées manquantes`, { file: p._file, line: p._line, column: 'xl93' });
  const locs = locatePlots(plots, idfZones);
  await db.run(`CREATE OR REPLACE TABLE ${name}_loc (idp INTEGER, lon DOUBLE, lat DOUBLE, dep VARCHAR, outside_m DOUBLE)`);
  const app = await db.conn.createAppender(`${name}_loc`);
  for (const l of locs) {
    app.appendInteger(l.idp);
    app.appendDouble(l.lon);
    app.appendDouble(l.lat);
    app.appendVarchar(l.dep);
    app.appendDouble(l.outside_m);
    app.endRow();
  }
  app.closeSync();
  return locs;
}

/** SELECT of placettes / peupleraies_placettes from typed tables, in documented column order. */
export function plotsSql(typed: string, loc: string, columns: ColumnDoc[], ecology: string | null): string {
  const derived: Record<string, string> = {
    annee: `${ANNEE_SQL.replaceAll('idp', 'p.idp')}`,
    lon: 'l.lon',
    lat: 'l.lat',
    dep_ifn: `pad0(p.dep, 2)`,
    dep: 'l.dep',
    reg: 't.region',
    greco: 'left(p.ser, 1)',
    uta1: 'coalesce(p.uta1, p.uta)',
    idp: 'p.idp',
  };
  const eco = new Set(ecology ? ecologyColumns() : []);
  // The weight columns are filled afterwards by addDesignWeights (poids.ts).
  const later = new Set(WEIGHT_COLUMNS.map((c) => c.name));
  const select = columns.map((c) => {
    const expr = later.has(c.name) ? 'NULL' : (derived[c.name] ?? (eco.has(c.name) ? `e.${c.name}` : `p.${c.name}`));
    return `${expr}::${c.type} AS ${c.name}`;
  });
  return `SELECT ${select.join(', ')}
    FROM ${typed} p
    JOIN ${loc} l ON l.idp = p.idp
    LEFT JOIN territoires_ref t ON t.level = 'departement' AND t.code = l.dep
    ${ecology ? `LEFT JOIN ${ecology} e ON e.idp = p.idp` : ''}`;
}

export function ecologyColumns(): string[] {
  return ecology.map((c) => c.name);
}
