// Types of every column of the inventory's raw CSV files, across the 15 campaigns. Rule: species
// codes, département, SER and any code list containing letters are text; other code lists and
// counts are integers; measurements are decimals. A column not listed here stops the build.
import type { ColType } from '../lib/duck.ts';

export type RawKind =
  | 'placettes_foret'
  | 'ecologie'
  | 'arbres_foret'
  | 'arbres_morts_foret'
  | 'couverts_foret'
  | 'placettes_peupleraie'
  | 'arbres_peupleraie'
  | 'arbres_morts_peupleraie';

const I = 'INTEGER' as const;
const S = 'SMALLINT' as const;
const D = 'DOUBLE' as const;
const V = 'VARCHAR' as const;

const plots: Record<string, ColType> = {
  idp: I, xl93: D, yl93: D, dep: V, ser: V, csa: S,
  uta: V, uta1: V, uta2: V, autut: V, tm2: S, tform: S, sfo: S, sver: V,
  plisi: S, elisi: S, cslisi: V, gest: S, incid: S, nincid: S, peupnr: S, entp: S,
  dc: S, dcespar1: V, dcespar2: V, tplant: V, tpespar1: V, tpespar2: V,
  dist: S, acces: S, iti: S, pentexp: V, pentn: S, portn: S, portance: V, asperite: V,
  cam: S, cac: V, esspre: V, ess_age_1: V,
};

const trees: Record<string, ColType> = {
  idp: I, a: S, veget: V, simplif: 'BOOLEAN', acci: S, espar: V, clon: V, ori: S, lib: S, forme: V, tige: S,
  mortb: S, sfgui: S, sfgeliv: S, sfpied: S, sfdorge: S, sfcoeur: S,
  c13: D, ir5: D, htot: D, hdec: D, decoupe: S, q1: S, q2: S, q3: S, qualite: V, r: S, lfsd: D, age: S, v: D, w: D,
};

const dead: Record<string, ColType> = {
  idp: I, a: S, veget: V, datemort: S, espar: V, ori: S, c0: D, c13: D, v: D, w: D,
};

export const RAW_TYPES: Record<RawKind, Record<string, ColType>> = {
  placettes_foret: plots,
  placettes_peupleraie: plots,
  ecologie: {
    idp: I, dateeco: 'DATE', obsdate: S, topo: S, obstopo: S, pent2: S, expo: S, masque: S,
    humus: S, obspedo: V, roche: S, obsroc: S, typcai: S, affroc: S, afpla: S, cailloux: S, cai40: S,
    text1: V, text2: V, prof1: S, prof2: S, obsprof: S, pcalc: S, pcalf: S, pox: S, ppseudo: S, pgley: S,
    obshydr: S, tsol: S, lign1: S, lign2: S, herb: S, mousse: S, obsveget: S,
    obschemin: S, obsriv: S, obsriv2: S, typriv: S, distriv: S, denivriv: S,
  },
  arbres_foret: trees,
  arbres_peupleraie: trees,
  arbres_morts_foret: dead,
  arbres_morts_peupleraie: dead,
  couverts_foret: { idp: I, espar: V, tca: S, tcl: S },
};

export const RAW_KINDS = Object.keys(RAW_TYPES) as RawKind[];

/** Campaign year of a plot: the idp's leading digits count years from 2005 (2005 idps are zero-padded). */
export const ANNEE_SQL = '(idp // 100000 + 2005)::SMALLINT';
