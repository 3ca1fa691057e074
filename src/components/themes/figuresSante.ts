// Figures of « Santé des forêts »: national mortality over the inventory windows, mortality rate
// by GRECO and by species in two windows, standing dead wood by GRECO.
import { MAIN_PERIODS } from '../../lib/estimation/config.ts';
import type { ResultRow } from '../../lib/estimation/types.ts';
import type { SanteData } from '../../lib/themes/sante.ts';
import { speciesChanges } from '../../lib/themes/sante.ts';
import { inventorySource } from '../../lib/themes/sources.ts';
import { list, period } from '../../lib/themes/text.ts';
import { formatPercent } from '../../lib/format/numbers.ts';
import { chartPalette } from '../../lib/palette.ts';
import { barsChart, responsive } from './charts.ts';
import { estimateBar, estimateHeaders, estimateRow, labelFormat, type ThemeFigureSpec } from './figure.ts';

const rate = labelFormat('%', 2);
const millions = labelFormat('', 1);

export function santeFigures(d: SanteData): Record<string, () => ThemeFigureSpec> {
  const [before, after] = d.windows;
  const windowColours = { [period(before)]: chartPalette[4], [period(after)]: chartPalette[0] };
  const legend = Object.entries(windowColours).map(([label, colour]) => ({ label, colour }));
  const twoWindows = `${period(before)} et ${period(after)}`;
  const sourceBoth = inventorySource(before, after);
  // From 2019 only living chablis are recorded: the latest window counts fewer (methodology page).
  const live = d.liveChablis;
  const liveChablisNote = live
    ? ` En ${list(live.liveOnly.map(String))}, seuls les chablis encore vivants ont été relevés : la mortalité de ${period(after)} en est abaissée, de l’ordre de ${formatPercent(live.shortfall * 100, 0)}.`
    : '';
  const perWindowRows = (label: string, rows: readonly ResultRow[]) =>
    [before, after].map((w) => {
      const r = rows.find((x) => x.period === w);
      return [label, period(w), ...estimateRow(r)];
    });
  return {
    mortaliteNationale: () => {
      const rows = MAIN_PERIODS.map((p) => d.mortality.find((r) => r.period === p));
      return {
        title: 'Mortalité annuelle des arbres en France métropolitaine, par période d’inventaire',
        svg: responsive((width) =>
          barsChart(
            MAIN_PERIODS.map((p, i) => estimateBar(`Campagnes ${period(p)}`, rows[i], millions, undefined, 1e6)),
            {
              width,
              xLabel: 'Millions de m³ par an',
              format: millions,
              ariaLabel: 'Mortalité annuelle des arbres par période d’inventaire',
              ariaDescription: 'Une barre par période de cinq campagnes, avec son intervalle de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        note: `Volume des arbres morts depuis cinq ans au plus, chablis compris, ramené à l’année. Avant la campagne ${d.firstDatemortCampaign}, les arbres morts étaient relevés selon un autre protocole (sans date de mort ; en 2005 et 2006, arbres mourants compris ; volume cubé à la souche), écarté ici : la période ${period(MAIN_PERIODS[0]!)} ne repose donc que sur ses dernières campagnes.${liveChablisNote} Les périodes affichées ne partagent aucune campagne.`,
        table: {
          caption: 'Mortalité annuelle par période d’inventaire, France métropolitaine',
          columns: ['Période', ...estimateHeaders('m³/an')],
          rows: MAIN_PERIODS.map((p, i) => [period(p), ...estimateRow(rows[i])]),
          numeric: [1, 2, 3, 4],
        },
        source: inventorySource(MAIN_PERIODS[0]!, MAIN_PERIODS[MAIN_PERIODS.length - 1]!),
      };
    },
    tauxGreco: () => {
      const sorted = [...d.grecoRates].sort((a, b) => (b.rows.find((r) => r.period === after)?.value ?? -1) - (a.rows.find((r) => r.period === after)?.value ?? -1));
      return {
        title: `Taux de mortalité par grande région écologique, ${twoWindows}`,
        svg: responsive((width) =>
          barsChart(
            sorted.flatMap((g) => [before, after].map((w) => estimateBar(g.territory.nom, g.rows.find((r) => r.period === w), rate, period(w)))),
            {
              width,
              xLabel: 'Taux de mortalité (% par an)',
              format: rate,
              colours: windowColours,
              ariaLabel: `Taux de mortalité par grande région écologique, ${twoWindows}`,
              ariaDescription: 'Pour chaque grande région écologique, deux barres (une par période) avec leur intervalle de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        legend,
        note: 'Taux de mortalité : volume des arbres morts dans l’année rapporté au volume sur pied. Une hausse n’est lue que lorsque les intervalles des deux périodes ne se recouvrent pas.',
        table: {
          caption: `Taux de mortalité annuel par grande région écologique, ${twoWindows}`,
          columns: ['Grande région écologique', 'Période', ...estimateHeaders('%/an')],
          rows: sorted.flatMap((g) => perWindowRows(g.territory.nom, g.rows)),
          numeric: [2, 3, 4, 5],
        },
        source: sourceBoth,
      };
    },
    essences: () => {
      const species = speciesChanges(d).sort((a, b) => (b.after?.value ?? -1) - (a.after?.value ?? -1));
      return {
        title: `Taux de mortalité des dix essences au plus fort volume et du frêne commun, ${twoWindows}`,
        svg: responsive((width) =>
          barsChart(
            species.flatMap((s) => [estimateBar(s.name, s.before, rate, period(before)), estimateBar(s.name, s.after, rate, period(after))]),
            {
              width,
              xLabel: 'Taux de mortalité (% par an)',
              format: rate,
              colours: windowColours,
              ariaLabel: `Taux de mortalité par essence, ${twoWindows}`,
              ariaDescription: 'Pour chaque essence, deux barres (une par période) avec leur intervalle de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        legend,
        note: 'Volume des arbres de l’essence morts depuis cinq ans au plus, chablis compris comme pour toute la mortalité du site, par an, rapporté au volume vivant de la même essence (estimateur par le ratio, France entière).',
        table: {
          caption: `Taux de mortalité annuel par essence, ${twoWindows}`,
          columns: ['Essence', 'Période', ...estimateHeaders('%/an')],
          rows: species.flatMap((s) => [[s.name, period(before), ...estimateRow(s.before)], [s.name, period(after), ...estimateRow(s.after)]]),
          numeric: [2, 3, 4, 5],
        },
        source: sourceBoth,
      };
    },
    boisMort: () => {
      const m3 = labelFormat('m³/ha', 1);
      const sorted = [...d.deadWood].sort((a, b) => (b.row?.value ?? -1) - (a.row?.value ?? -1));
      const bars = [
        estimateBar('France métropolitaine', d.deadWoodFrance, m3, 'France métropolitaine'),
        ...sorted.map((g) => estimateBar(g.territory.nom, g.row, m3, 'Grande région écologique')),
      ];
      return {
        title: `Bois mort sur pied par hectare, ${period(after)}`,
        svg: responsive((width) =>
          barsChart(bars, {
            width,
            xLabel: 'Volume d’arbres morts sur pied (m³/ha)',
            format: m3,
            colours: { 'France métropolitaine': chartPalette[3], 'Grande région écologique': chartPalette[2] },
            ariaLabel: `Volume de bois mort sur pied par hectare, France et grandes régions écologiques, ${period(after)}`,
            ariaDescription: 'Barres horizontales avec intervalles de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
          }),
        ),
        note: 'Arbres morts sur pied, entiers ou cassés, quelle que soit l’ancienneté de leur mort ; les chablis au sol n’y sont pas. Campagnes qui relèvent l’ancienneté de la mort.',
        table: {
          caption: `Volume de bois mort sur pied par hectare, ${period(after)}`,
          columns: ['Territoire', ...estimateHeaders('m³/ha')],
          rows: [['France métropolitaine', ...estimateRow(d.deadWoodFrance)], ...sorted.map((g) => [g.territory.nom, ...estimateRow(g.row)])],
          numeric: [1, 2, 3, 4],
        },
        source: inventorySource(after),
      };
    },
  };
}
