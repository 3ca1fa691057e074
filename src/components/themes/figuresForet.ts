// Figures of « La forêt en France »: forest cover by département (map), the long history of the
// forest area (published figures), composition, main species, and the GRECO compared.
import { NON_SIGNIFICANT, isWithoutSpread } from '../../lib/format/numbers.ts';
import { CALIBRATION_CELL } from '../../lib/format/prose.ts';
import type { Topology } from 'topojson-specification';
import { readTopology } from '../../lib/map/load.ts';
import type { ForetData } from '../../lib/themes/foret.ts';
import type { ResultRow, SubnationalLevel } from '../../lib/estimation/types.ts';
import { mainSpecies, namedSpecies } from '../../lib/themes/foret.ts';
import { FOREST_AREA_HISTORY, publishedAreaText } from '../../lib/themes/history.ts';
import { inventorySource } from '../../lib/themes/sources.ts';
import { period } from '../../lib/themes/text.ts';
import { isShown } from '../../lib/factsheet/estimate.ts';
import { barsChart, frenchTick, historyChart, responsive } from './charts.ts';
import { choroplethMap, legendEntries, mapBreaks, type MapValue } from './choropleth.ts';
import { estimateBar, estimateHeaders, estimateRow, labelFormat, type ThemeFigureSpec } from './figure.ts';

/** The TopoJSON of a level written by the pipeline (the map's reader, which names a missing file). */
export const readLevelTopology = (level: SubnationalLevel): Topology => readTopology(`territoires-${level}.topojson`);

const pct = labelFormat('%', 1);

/** « 30,1 à 31,5 », or, for a rate on a calibrated area (Corse, a GRECO that is one région), no interval. */
function rateInterval(row: ResultRow | undefined, cells: string[]): string {
  if (!isShown(row)) return '–';
  return isWithoutSpread(row.lower, row.upper) ? CALIBRATION_CELL : `${cells[1]} à ${cells[2]}`;
}

export function foretFigures(d: ForetData): Record<string, () => ThemeFigureSpec> {
  const p = period(d.period);
  const source = inventorySource(d.period);
  /** Shares of the forest area by a category (composition, main species): bars with intervals and their table. */
  const shareFigure = (rows: ResultRow[], t: { title: string; ariaLabel: string; ariaDescription: string; note: string; caption: string; header: string }): ThemeFigureSpec => ({
    title: t.title,
    svg: responsive((width) =>
      barsChart(
        rows.map((r) => estimateBar(r.category_label, r, pct)),
        { width, xLabel: 'Part de la surface forestière (%)', format: pct, ariaLabel: t.ariaLabel, ariaDescription: t.ariaDescription },
      ),
    ),
    note: t.note,
    table: { caption: t.caption, columns: [t.header, ...estimateHeaders('%')], rows: rows.map((r) => [r.category_label, ...estimateRow(r)]), numeric: [1, 2, 3, 4] },
    source,
  });
  return {
    carteTauxBoisement: () => {
      const values = new Map<string, MapValue>(d.departements.map((x) => [x.territory.code, { value: x.row?.value ?? null, significant: isShown(x.row) }]));
      const breaks = mapBreaks(values.values());
      const byCode = new Map(d.departements.map((x) => [x.territory.code, x.row]));
      const svg = choroplethMap(readLevelTopology('departement'), values, {
        width: 560,
        tolerance: 0.8,
        breaks,
        id: 'carte-boisement',
        ariaLabel: `Carte du taux de boisement des départements, ${p}`,
        titleOf: (code, nom) => `${nom} : ${isShown(byCode.get(code)) ? pct(byCode.get(code)!.value!) : NON_SIGNIFICANT}`,
      });
      const sorted = [...d.departements].sort((a, b) => (b.row?.value ?? -1) - (a.row?.value ?? -1));
      return {
        title: `Taux de boisement par département, ${p}`,
        svg,
        legend: legendEntries(breaks, (x) => `${frenchTick(x)}\u202f%`),
        note: 'Classes d’effectif égal (quintiles : un cinquième des départements dans chacune). Part de la surface terrestre couverte par la forêt, peupleraies comprises.',
        table: {
          caption: `Taux de boisement par département, ${p}, du plus boisé au moins boisé`,
          columns: ['Département', ...estimateHeaders('%')],
          rows: sorted.map((x) => [`${x.territory.nom} (${x.territory.code})`, ...estimateRow(x.row)]),
          numeric: [1, 2, 3, 4],
        },
        source,
      };
    },
    historique: () => {
      const mha = labelFormat('', 1);
      const points = FOREST_AREA_HISTORY.map((h) => ({ year: h.year, low: h.low, high: h.high, text: h.low === h.high ? mha(h.low) : `${mha(h.low)}–${mha(h.high)}` }));
      const svg = responsive((width) =>
        historyChart(points, {
          width,
          yLabel: 'Millions d’hectares',
          xDomain: [1820, 2030],
          ariaLabel: 'Surface forestière de la France métropolitaine depuis 1830, chiffres publiés',
          ariaDescription: 'Points reliés par une ligne pointillée ; la fourchette de 1830 est un trait vertical. Les chiffres et leurs sources sont dans le tableau qui suit.',
        }),
      );
      return {
        title: 'Surface forestière de la France métropolitaine depuis 1830 (chiffres publiés)',
        svg,
        note: 'Chiffres publiés par d’autres, cités tels quels et non calculés par l’observatoire ; les définitions de la forêt et le territoire couvert diffèrent d’une source à l’autre (la statistique de 1908 exclut l’Alsace et la Moselle) : ils donnent des ordres de grandeur, pas une tendance mesurée.',
        table: {
          caption: 'Surface forestière de la France métropolitaine, chiffres publiés et leurs sources',
          columns: ['Date', 'Surface forestière', 'Source', 'Remarque'],
          rows: FOREST_AREA_HISTORY.map((h) => [h.when, publishedAreaText(h), h.source, h.note ?? '']),
        },
        source: `Sources : ${FOREST_AREA_HISTORY.map((h) => `${h.when} : ${h.source}`).join(' ; ')}.`,
      };
    },
    composition: () =>
      shareFigure(d.composition, {
        title: `Feuillus, résineux, peuplements mixtes : la composition des forêts, ${p}`,
        ariaLabel: `Composition des forêts de France métropolitaine, ${p}`,
        ariaDescription: 'Barres horizontales avec intervalles de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
        note: 'Composition d’un peuplement : part des résineux dans le couvert des arbres (75 % ou plus : résineux ; 25 % ou moins : feuillus ; entre les deux : mixte).',
        caption: `Part de la surface forestière par composition, ${p}`,
        header: 'Composition',
      }),
    essences: () =>
      shareFigure([...namedSpecies(d.species), ...d.species.filter((r) => r.category === 'autres' || r.category === 'indetermine')], {
        title: `Les essences principales des forêts, ${p}`,
        ariaLabel: `Essences principales des forêts de France métropolitaine, ${p}`,
        ariaDescription: 'Barres horizontales avec intervalles de confiance à 95 %, de l’essence la plus répandue à la moins répandue ; les valeurs sont dans le tableau qui suit.',
        note: 'Essence principale d’un peuplement : celle qui a le plus fort taux de couvert libre sur la placette.',
        caption: `Part de la surface forestière par essence principale, ${p}`,
        header: 'Essence',
      }),
    greco: () => {
      const sorted = [...d.greco].sort((a, b) => (b.rate?.value ?? -1) - (a.rate?.value ?? -1));
      const svg = responsive((width) =>
        barsChart(
          sorted.map((g) => estimateBar(g.territory.nom, g.rate, pct)),
          {
            width,
            xLabel: 'Taux de boisement (%)',
            format: pct,
            max: 100,
            ariaLabel: `Taux de boisement des grandes régions écologiques, ${p}`,
            ariaDescription: 'Barres horizontales avec intervalles de confiance à 95 %, de la plus boisée à la moins boisée ; le tableau qui suit donne aussi la part des résineux et l’essence principale.',
          },
        ),
      );
      const share = (rows: typeof d.composition, c: string) => rows.find((r) => r.category === c);
      return {
        title: `Onze grandes régions écologiques, onze forêts différentes, ${p}`,
        svg,
        note: 'Grandes régions écologiques (GRECO) : les onze ensembles de climat, de relief et de sols que l’inventaire forestier utilise pour décrire les forêts.',
        table: {
          caption: `Taux de boisement, part des peuplements résineux et essence principale par grande région écologique, ${p}`,
          columns: ['Grande région écologique', 'Taux de boisement (%)', 'IC 95 % du taux', 'Peuplements résineux (%)', 'IC 95 % résineux', 'Essence la plus répandue'],
          rows: sorted.map((g) => {
            const rate = estimateRow(g.rate);
            const res = estimateRow(share(g.composition, 'resineux'));
            const top = mainSpecies(g.species);
            return [g.territory.nom, rate[0]!, rateInterval(g.rate, rate), res[0]!, res[0] === NON_SIGNIFICANT ? '–' : `${res[1]} à ${res[2]}`, top ? top.category_label : NON_SIGNIFICANT];
          }),
          numeric: [1, 3],
        },
        source,
      };
    },
  };
}
