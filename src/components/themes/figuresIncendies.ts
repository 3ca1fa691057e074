// Figures of « Les incendies de forêt et de végétation »: burnt area and fires per year (the
// Mediterranean départements apart from the rest), the season, fire sizes and the départements.
import { NON_SIGNIFICANT } from '../../lib/format/numbers.ts';
import type { IncendiesData } from '../../lib/themes/incendies.ts';
import { incendiesView } from '../../lib/themes/incendies.ts';
import { MONTHS, ZONE_LABELS, type Zone } from '../../lib/themes/fires.ts';
import { fireSource } from '../../lib/themes/sources.ts';
import { chartPalette, fireScheme } from '../../lib/palette.ts';
import { barsChart, columnsChart, responsive, type Column } from './charts.ts';
import { choroplethMap, legendEntries, mapBreaks, type MapValue } from './choropleth.ts';
import { integerCell, labelFormat, type ThemeFigureSpec } from './figure.ts';
import { readLevelTopology } from './figuresForet.ts';
import { fixed } from '../../lib/format/numbers.ts';

const zoneColours: Record<string, string> = { [ZONE_LABELS.mediterranee]: chartPalette[5], [ZONE_LABELS.reste]: chartPalette[1] };
const SHORT_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

export function incendiesFigures(d: IncendiesData): Record<string, () => ThemeFigureSpec> {
  const v = incendiesView(d);
  const { firstYear, lastYear, nationalFrom } = v.coverage;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const yearTick = (x: number, narrow: boolean) => (x % (narrow ? 10 : 5) === 0 ? String(x) : '');
  const columnsOf = (field: 'surface' | 'n'): Column[] =>
    v.years.map((y) => ({ x: y.annee, series: ZONE_LABELS[y.zone], value: y[field] }));
  const marker = { x: nationalFrom, text: `reste de la métropole recensé dès ${nationalFrom}`, short: 'toute la métropole →' };
  const yearTable = (field: 'surface' | 'n', unit: string) => ({
    caption: `${field === 'surface' ? 'Surface brûlée' : 'Nombre de feux'} par année, ${firstYear}–${lastYear}`,
    columns: ['Année', `Départements méditerranéens (${unit})`, `Reste de la métropole (${unit})`, `Total (${unit})`],
    rows: years.map((annee) => {
      const get = (zone: Zone) => v.years.find((y) => y.annee === annee && y.zone === zone);
      const med = get('mediterranee')!;
      const rest = get('reste');
      return [String(annee), integerCell(med[field]), rest ? integerCell(rest[field]) : 'non recensé', rest ? integerCell(med[field] + rest[field]) : '–'];
    }),
    numeric: [1, 2, 3],
  });
  /** Burnt area or number of fires per year, the Mediterranean départements and the rest stacked. */
  const yearFigure = (field: 'surface' | 'n', title: string, yLabel: string, ariaLabel: string, unit: string): ThemeFigureSpec => ({
    title,
    svg: responsive((width) =>
      columnsChart(columnsOf(field), {
        width,
        yLabel,
        domain: years,
        xTick: yearTick,
        colours: zoneColours,
        marker,
        ariaLabel,
        ariaDescription: 'Colonnes empilées par année : départements méditerranéens et reste de la métropole ; les valeurs sont dans le tableau qui suit.',
      }),
    ),
    legend: Object.entries(zoneColours).map(([label, colour]) => ({ label, colour })),
    note: coverageNote,
    table: yearTable(field, unit),
    source,
  });
  const coverageNote = `De ${firstYear} à ${nationalFrom - 1}, la base ne recense que les ${v.coverage.mediterranean.length} départements méditerranéens ; le reste de la métropole y figure à partir de ${nationalFrom}. Les totaux d’avant ${nationalFrom} ne sont donc pas des totaux nationaux.`;
  const source = fireSource(firstYear, lastYear);
  const recentSource = fireSource(nationalFrom, lastYear);
  return {
    surfaceParAnnee: () => yearFigure('surface', `Surface brûlée chaque année, ${firstYear}–${lastYear}`, 'Hectares brûlés', `Surface brûlée par année de ${firstYear} à ${lastYear}`, 'ha'),
    nombreParAnnee: () => yearFigure('n', `Nombre de feux chaque année, ${firstYear}–${lastYear}`, 'Feux', `Nombre de feux par année de ${firstYear} à ${lastYear}`, 'feux'),
    saison: () => {
      const series = { n: 'Part des feux', s: 'Part de la surface brûlée' };
      const colours = { [series.n]: chartPalette[0], [series.s]: chartPalette[5] };
      const data: Column[] = v.months.flatMap((m) => [
        { x: m.mois, series: series.n, value: m.shareN },
        { x: m.mois, series: series.s, value: m.shareSurface },
      ]);
      return {
        title: `La saison des feux : part de chaque mois, ${nationalFrom}–${lastYear}`,
        svg: responsive((width) =>
          columnsChart(data, {
            width,
            mode: 'group',
            yLabel: '% de l’année',
            domain: v.months.map((m) => m.mois),
            xTick: (x, narrow) => (narrow ? MONTHS[x - 1]!.charAt(0).toUpperCase() : SHORT_MONTHS[x - 1]!),
            colours,
            ariaLabel: `Part des feux et de la surface brûlée par mois, ${nationalFrom}–${lastYear}`,
            ariaDescription: 'Deux colonnes par mois, de janvier à décembre : part des feux et part de la surface brûlée ; les valeurs sont dans le tableau qui suit.',
          }),
        ),
        legend: Object.entries(colours).map(([label, colour]) => ({ label, colour })),
        note: 'Mois de la première alerte. Toute la métropole, sur les années où elle est entièrement recensée.',
        table: {
          caption: `Feux et surface brûlée par mois de première alerte, ${nationalFrom}–${lastYear}`,
          columns: ['Mois', 'Feux', 'Part des feux (%)', 'Surface brûlée (ha)', 'Part de la surface (%)'],
          rows: v.months.map((m) => [m.label, integerCell(m.n), fixed(m.shareN, 1), integerCell(m.surface), fixed(m.shareSurface, 1)]),
          numeric: [1, 2, 3, 4],
        },
        source: recentSource,
      };
    },
    tailles: () => {
      const series = { n: 'Part des feux', s: 'Part de la surface brûlée' };
      const colours = { [series.n]: chartPalette[0], [series.s]: chartPalette[5] };
      const pct = labelFormat('%', 1);
      return {
        title: `Peu de grands feux, l’essentiel de la surface brûlée, ${nationalFrom}–${lastYear}`,
        svg: responsive((width) =>
          barsChart(
            v.sizes.flatMap((s) => [
              { label: `Feux de ${s.label}`, series: series.n, value: s.shareN, text: pct(s.shareN) },
              { label: `Feux de ${s.label}`, series: series.s, value: s.shareSurface, text: pct(s.shareSurface) },
            ]),
            {
              width,
              xLabel: 'Part du total (%)',
              format: pct,
              colours,
              ariaLabel: `Part des feux et de la surface brûlée par taille de feu, ${nationalFrom}–${lastYear}`,
              ariaDescription: 'Pour chaque classe de taille, deux barres : part du nombre de feux et part de la surface brûlée ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        legend: Object.entries(colours).map(([label, colour]) => ({ label, colour })),
        note: 'Taille d’un feu : surface totale qu’il a parcourue (forêt, landes, maquis, garrigues, cultures…).',
        table: {
          caption: `Feux et surface brûlée par taille de feu, ${nationalFrom}–${lastYear}`,
          columns: ['Taille du feu', 'Feux', 'Part des feux (%)', 'Surface brûlée (ha)', 'Part de la surface (%)'],
          rows: v.sizes.map((s) => [s.label, integerCell(s.n), fixed(s.shareN, 1), integerCell(s.surface), fixed(s.shareSurface, 1)]),
          numeric: [1, 2, 3, 4],
        },
        source: recentSource,
      };
    },
    carteDepartements: () => {
      const byDep = new Map(v.departements.map((x) => [x.dep, x]));
      const values = new Map<string, MapValue>([...d.departements.keys()].map((code) => [code, { value: byDep.get(code)?.surfacePerYear ?? null, significant: byDep.has(code) }]));
      const breaks = mapBreaks(values.values());
      const ha = (x: number) => `${integerCell(x)}\u202fha`;
      return {
        title: `Surface brûlée par an et par département, moyenne ${nationalFrom}–${lastYear}`,
        svg: choroplethMap(readLevelTopology('departement'), values, {
          width: 560,
          tolerance: 0.8,
          breaks,
          id: 'carte-feux',
          scheme: fireScheme,
          ariaLabel: `Carte de la surface brûlée par an et par département, moyenne ${nationalFrom}–${lastYear}`,
          titleOf: (code, nom) => `${nom} : ${byDep.has(code) ? `${ha(byDep.get(code)!.surfacePerYear)} par an` : 'aucun feu enregistré'}`,
        }),
        legend: legendEntries(breaks, (x) => ha(x), true, fireScheme).map((e) => (e.label.startsWith(NON_SIGNIFICANT) ? { ...e, label: 'aucun feu enregistré' } : e)),
        note: 'Classes d’effectif égal (quintiles : un cinquième des départements dans chacune). Tous les départements ne transmettent pas leurs feux chaque année : une valeur faible peut aussi traduire des feux non enregistrés.',
        table: {
          caption: `Surface brûlée et nombre de feux par département, moyennes annuelles ${nationalFrom}–${lastYear}, du plus touché au moins touché`,
          columns: ['Département', 'Surface brûlée par an (ha)', 'Feux par an', `Surface brûlée ${nationalFrom}–${lastYear} (ha)`],
          rows: v.departements.map((x) => {
            const t = d.departements.get(x.dep);
            const years = lastYear - nationalFrom + 1;
            return [t ? `${t.nom} (${x.dep})` : x.dep, integerCell(x.surfacePerYear), fixed(x.n / years, 1), integerCell(x.surface)];
          }),
          numeric: [1, 2, 3],
        },
        source: recentSource,
      };
    },
  };
}
