// The explorer's permalink and downloads (src/lib/explorer/state.ts, csv.ts): a state survives a
// round trip through the URL; a broken link gets one French message per problem saying how to fix
// it, never an exception; the CSV reads back with the figures, and a non-significant figure has no
// number in it.
import { describe, expect, it } from 'vitest';
import { explorerCsv, parseExplorerCsv } from '../../src/lib/explorer/csv.ts';
import { WORKED_EXAMPLES } from '../../src/lib/explorer/examples.ts';
import type { ExplorerRow } from '../../src/lib/explorer/results.ts';
import { DEFAULT_SELECTION, describeSelection, parseState, serializeState, type Reference } from '../../src/lib/explorer/state.ts';
import type { Selection } from '../../src/lib/explorer/query.ts';

const REF: Reference = {
  territories: [
    { level: 'france', code: 'FR', nom: 'France métropolitaine' },
    { level: 'region', code: '84', nom: 'Auvergne-Rhône-Alpes' },
    { level: 'departement', code: '33', nom: 'Gironde' },
    { level: 'departement', code: '40', nom: 'Landes' },
    { level: 'ser', code: 'G50', nom: 'Ségala et Châtaigneraie auvergnate' },
  ],
  species: [
    { espar: '02', nom_fr: 'Chêne pédonculé', groupe: 'feuillu' },
    { espar: '03', nom_fr: 'Chêne sessile', groupe: 'feuillu' },
    { espar: '09', nom_fr: 'Hêtre', groupe: 'feuillu' },
  ],
};

describe('permalink', () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.id, e.selection] as const))('the example %s survives a round trip', (_id, sel) => {
    const url = serializeState(sel);
    const back = parseState(url, REF);
    expect(back.errors).toEqual([]);
    expect(back.selection).toEqual(sel);
    expect(serializeState(back.selection)).toBe(url);
  });

  it('is readable: commas and codes stay as typed', () => {
    const sel: Selection = { ...DEFAULT_SELECTION, territories: [{ level: 'departement', codes: ['33', '40'] }], filters: { pente: ['30-60', '60+'] } };
    expect(serializeState(sel)).toBe('indicateur=surface_foret&territoires=departement-33,departement-40&periode=2015-2019&ventilation=aucune&pente=30-60,60%2B');
  });

  it('an empty address is the default selection', () => {
    expect(parseState('', REF)).toEqual({ selection: DEFAULT_SELECTION, errors: [] });
  });

  it('a corrupt link lists each problem in French with how to fix it, and keeps what it could read', () => {
    const { selection, errors } = parseState('?indicateur=volumes&territoires=departement-33,region-99,zz&periode=2030&ventilation=x&pente=raide&foo=1', REF);
    expect(errors).toHaveLength(7);
    expect(errors.join('\n')).toMatch(/Paramètre inconnu « foo »/);
    expect(errors.join('\n')).toMatch(/Indicateur inconnu « volumes » : choisissez/);
    expect(errors.join('\n')).toMatch(/Code inconnu « 99 » pour le niveau région/);
    expect(errors.join('\n')).toMatch(/Territoire illisible « zz »/);
    expect(errors.join('\n')).toMatch(/Période inconnue « 2030 »/);
    expect(errors.join('\n')).toMatch(/Ventilation inconnue « x »/);
    expect(errors.join('\n')).toMatch(/Valeur inconnue « raide » pour le filtre « Classes de pente »/);
    expect(selection.territories).toEqual([{ level: 'departement', codes: ['33'] }]);
    expect(selection.indicator).toBe(DEFAULT_SELECTION.indicator);
  });

  it('a value pasted as SQL is just an unknown code', () => {
    const { errors } = parseState(`?territoires=${encodeURIComponent("region-84' OR 1=1 --")}`, REF);
    expect(errors[0]).toMatch(/Code inconnu/);
  });

  it('describes a selection in one French line', () => {
    expect(describeSelection(WORKED_EXAMPLES[0]!.selection, REF)).toBe(
      'Volume de bois sur pied — Ségala et Châtaigneraie auvergnate — période 2015-2019 — Essences : Chêne pédonculé, Chêne sessile — Classes de pente : 30 à 60 %, 60 % et plus',
    );
  });
});

describe('CSV download', () => {
  const row = (over: Partial<ExplorerRow>): ExplorerRow => ({
    level: 'departement',
    code: '33',
    territory: 'Gironde (33)',
    domain: null,
    domainLabel: null,
    period: '2015-2019',
    indicator: 'volume',
    breakdown: 'total',
    category: 'total',
    categoryLabel: 'Total',
    value: 123456.789,
    lower: 120000.5,
    upper: 126913.1,
    n_plots: 812,
    significant: true,
    unit: 'm³',
    reason: null,
    ...over,
  });

  it('reads back with French decimals (six significant digits), and no number for a non-significant figure', () => {
    const csv = explorerCsv([row({}), row({ code: '40', territory: 'Landes; "sud" (40)', significant: false, reason: 'moins de 20 placettes', n_plots: 12 })], 'Volume de bois sur pied');
    expect(csv.startsWith('\uFEFFTerritoire;Code;')).toBe(true);
    const rows = parseExplorerCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ Territoire: 'Gironde (33)', Estimation: '123457', 'Borne basse (IC 95 %)': '120001', Placettes: '812', Significatif: 'oui' });
    expect(rows[1]).toMatchObject({ Territoire: 'Landes; "sud" (40)', Estimation: '', Significatif: 'non', Motif: 'moins de 20 placettes' });
  });
});
