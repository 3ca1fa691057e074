// The conversion factors of the flows and carbon, in one table with their sources: wood density
// by species, expansion to the whole tree and roots by species group, carbon fraction, and the
// bark ratio that turns radial growth measured under bark (ir5) into growth over bark. The SQL
// (variables.ts) and the methodology page read them from here. A species absent from a table
// takes its group's value; a test checks that every species of the inventory gets one.
import { sqlString } from '../sql.ts';

export type Group = 'feuillu' | 'resineux';

/** Citations, referred to by key from the tables below. */
export const FACTOR_SOURCES = {
  ign_dupouey:
    'IGN, infradensités recommandées pour les principales essences forestières françaises, d’après Dupouey (2002, compilation pour le projet CARBOFOR, Loustau 2004), telles que reproduites dans l’annexe « infradensités » des méthodes du Label Bas-Carbone (CNPF, 2020).',
  giec_4_14:
    'GIEC (2006), Lignes directrices pour les inventaires nationaux de gaz à effet de serre, vol. 4, chap. 4, tableau 4.14 : densités de base des essences tempérées et boréales (valeur du genre quand l’espèce manque).',
  citepa:
    'CITEPA, inventaire national des émissions (OMINEA), paramètres forêt appliqués au volume « bois fort tige » de l’IGN : facteur d’expansion 1,612 (feuillus) et 1,30 (résineux), infradensité 0,55 et 0,40 t/m³, facteur racinaire 1,28 et 1,30, fraction de carbone 0,475 ; valeurs reprises par l’outil CAT (AgroParisTech-INRAE, fichier citepa_france.bpf).',
  ign_cst_2025:
    'IGN, note au conseil scientifique et technique (30 octobre 2025) sur le calcul du carbone des arbres vivants : densités Dupouey, coefficient racinaire 1,28 (feuillus) et 1,30 (résineux), teneur en carbone 0,475 pour toutes les essences.',
  onf_ecorce:
    'ONF, conditions générales de vente des bois, part de l’écorce dans le volume des résineux : épicéas et sapins 10 %, douglas 13 %, pin sylvestre, pin Weymouth et cèdre 15 %, pin laricio 19 %, pin noir 20 %, mélèzes et pin maritime 25 % ; rapport des diamètres sous et sur écorce pris égal à √(1 − part), l’écorce étant supposée proportionnelle au diamètre.',
} as const;
export type FactorSource = keyof typeof FACTOR_SOURCES;

/** Factors of a species group: expansion, roots, carbon fraction and the density of species without their own. */
export const GROUP_FACTORS: Readonly<Record<Group, { bef: number; rootRatio: number; carbonFraction: number; density: number }>> = {
  feuillu: { bef: 1.612, rootRatio: 0.28, carbonFraction: 0.475, density: 0.55 },
  resineux: { bef: 1.3, rootRatio: 0.3, carbonFraction: 0.475, density: 0.4 },
};
export const GROUP_SOURCES: readonly FactorSource[] = ['citepa', 'ign_cst_2025'];

/** Basic density (t of dry matter per m³ of fresh wood) by species code (espar). */
export const WOOD_DENSITY: Readonly<Record<string, { density: number; source: FactorSource }>> = {
  '02': { density: 0.54, source: 'ign_dupouey' }, // chêne pédonculé
  '03': { density: 0.58, source: 'ign_dupouey' }, // chêne sessile (rouvre)
  '05': { density: 0.65, source: 'ign_dupouey' }, // chêne pubescent
  '08S': { density: 0.7, source: 'ign_dupouey' }, // chêne-liège
  '09': { density: 0.55, source: 'ign_dupouey' }, // hêtre
  '10': { density: 0.47, source: 'ign_dupouey' }, // châtaignier
  '11': { density: 0.61, source: 'ign_dupouey' }, // charme
  '12V': { density: 0.52, source: 'ign_dupouey' }, // bouleau verruqueux
  '13G': { density: 0.42, source: 'ign_dupouey' }, // aulne glutineux
  '15S': { density: 0.51, source: 'ign_dupouey' }, // érable sycomore
  '17C': { density: 0.56, source: 'ign_dupouey' }, // frêne commun
  '18C': { density: 0.52, source: 'ign_dupouey' }, // orme champêtre
  '18M': { density: 0.52, source: 'ign_dupouey' }, // orme de montagne
  '20G': { density: 0.43, source: 'ign_dupouey' }, // tilleul à grandes feuilles
  '20P': { density: 0.43, source: 'ign_dupouey' }, // tilleul à petites feuilles
  '22M': { density: 0.5, source: 'ign_dupouey' }, // merisier
  '27C': { density: 0.52, source: 'ign_dupouey' }, // noyer commun
  '31': { density: 0.52, source: 'ign_dupouey' }, // noisetier
  '52': { density: 0.44, source: 'ign_dupouey' }, // pin sylvestre
  '61': { density: 0.38, source: 'ign_dupouey' }, // sapin pectiné
  '62': { density: 0.37, source: 'ign_dupouey' }, // épicéa commun
  '04': { density: 0.58, source: 'giec_4_14' }, // chêne rouge (Quercus)
  '06': { density: 0.58, source: 'giec_4_14' }, // chêne vert (Quercus : valeur du genre, sans doute trop faible)
  '07': { density: 0.58, source: 'giec_4_14' }, // chêne tauzin (Quercus)
  '34': { density: 0.58, source: 'giec_4_14' }, // chêne chevelu (Quercus)
  '12P': { density: 0.51, source: 'giec_4_14' }, // bouleau pubescent (Betula)
  '13B': { density: 0.45, source: 'giec_4_14' }, // aulne blanc (Alnus)
  '15P': { density: 0.52, source: 'giec_4_14' }, // érable plane (Acer)
  '21C': { density: 0.52, source: 'giec_4_14' }, // érable champêtre (Acer)
  '21M': { density: 0.52, source: 'giec_4_14' }, // érable de Montpellier (Acer)
  '21O': { density: 0.52, source: 'giec_4_14' }, // érable à feuilles d’obier (Acer)
  '17O': { density: 0.57, source: 'giec_4_14' }, // frêne oxyphylle (Fraxinus)
  '19': { density: 0.35, source: 'giec_4_14' }, // peuplier cultivé (Populus)
  '24': { density: 0.35, source: 'giec_4_14' }, // tremble (Populus)
  '33B': { density: 0.35, source: 'giec_4_14' }, // peuplier blanc (Populus)
  '33G': { density: 0.35, source: 'giec_4_14' }, // peuplier grisard (Populus)
  '33N': { density: 0.35, source: 'giec_4_14' }, // peuplier noir (Populus)
  '25B': { density: 0.45, source: 'giec_4_14' }, // saule blanc (Salix)
  '25C': { density: 0.45, source: 'giec_4_14' }, // saule cendré (Salix)
  '25FR': { density: 0.45, source: 'giec_4_14' }, // saule cassant (Salix)
  '25M': { density: 0.45, source: 'giec_4_14' }, // saule marsault (Salix)
  '51': { density: 0.44, source: 'giec_4_14' }, // pin maritime (Pinus pinaster)
  '56': { density: 0.32, source: 'giec_4_14' }, // pin Weymouth (Pinus strobus)
  '63': { density: 0.46, source: 'giec_4_14' }, // mélèze d’Europe (Larix)
  '64': { density: 0.45, source: 'giec_4_14' }, // douglas (Pseudotsuga menziesii)
  '68PM': { density: 0.38, source: 'giec_4_14' }, // pin de Monterey (Pinus radiata)
  '73': { density: 0.4, source: 'giec_4_14' }, // épicéa de Sitka (Picea sitchensis)
  '74J': { density: 0.46, source: 'giec_4_14' }, // mélèze du Japon (Larix)
};

/**
 * Ratio of the diameters under and over bark, by species code: ir5, measured on a core (wood
 * only), is divided by it to give the radial growth over bark that c13 (taped over the bark)
 * calls for. Broadleaves and unlisted conifers: 1, no cited value found (their growth, hence
 * their production, is probably slightly underestimated).
 */
export const BARK_RATIO: Readonly<Record<string, { ratio: number; source: FactorSource }>> = {
  '61': { ratio: 0.949, source: 'onf_ecorce' }, // sapin pectiné (10 %)
  '62': { ratio: 0.949, source: 'onf_ecorce' }, // épicéa commun (10 %)
  '72V': { ratio: 0.949, source: 'onf_ecorce' }, // sapin de Vancouver (grandis, 10 %)
  '73': { ratio: 0.949, source: 'onf_ecorce' }, // épicéa de Sitka (10 %)
  '64': { ratio: 0.933, source: 'onf_ecorce' }, // douglas (13 %)
  '52': { ratio: 0.922, source: 'onf_ecorce' }, // pin sylvestre (15 %)
  '56': { ratio: 0.922, source: 'onf_ecorce' }, // pin Weymouth (15 %)
  '65': { ratio: 0.922, source: 'onf_ecorce' }, // cèdre de l’Atlas (15 %)
  '53CO': { ratio: 0.9, source: 'onf_ecorce' }, // pin laricio de Corse (19 %)
  '54': { ratio: 0.894, source: 'onf_ecorce' }, // pin noir d’Autriche (20 %)
  '51': { ratio: 0.866, source: 'onf_ecorce' }, // pin maritime (25 %)
  '63': { ratio: 0.866, source: 'onf_ecorce' }, // mélèze d’Europe (25 %)
  '74J': { ratio: 0.866, source: 'onf_ecorce' }, // mélèze du Japon (25 %)
};

/** Mass ratio CO₂ / C = 44 / 12. */
export const CO2_PER_C = 44 / 12;

/** Carbon of the whole tree (above ground and roots) per m³ of stem volume, for a species of a group. */
export function carbonPerStemM3(espar: string, group: Group): { aerien: number; racinaire: number } {
  const g = GROUP_FACTORS[group];
  const density = WOOD_DENSITY[espar]?.density ?? g.density;
  const aerien = g.bef * density * g.carbonFraction;
  return { aerien, racinaire: aerien * g.rootRatio };
}


/**
 * SQL rows of the factors per species (espar, densite, ecorce) and per group (groupe, bef,
 * racines, fc, densite), for the VALUES lists of the indicator SQL.
 */
export function factorValuesSql(): { species: string; groups: string } {
  const codes = [...new Set([...Object.keys(WOOD_DENSITY), ...Object.keys(BARK_RATIO)])].sort();
  const species = codes
    .map((c) => `(${sqlString(c)}, ${WOOD_DENSITY[c]?.density ?? 'NULL'}, ${BARK_RATIO[c]?.ratio ?? 'NULL'})`)
    .join(',\n    ');
  const groups = (Object.entries(GROUP_FACTORS) as [Group, (typeof GROUP_FACTORS)[Group]][])
    .map(([k, f]) => `(${sqlString(k)}, ${f.bef}, ${f.rootRatio}, ${f.carbonFraction}, ${f.density})`)
    .join(', ');
  return { species, groups };
}
