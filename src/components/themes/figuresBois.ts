// Figures of « Ressources bois disponibles »: standing volume by région and species group, by
// species; production, mortality and harvest side by side; commercial harvest by use and by région.
import type { BoisData } from '../../lib/themes/bois.ts';
import { harvestOverWindow } from '../../lib/themes/bois.ts';
import { windowYears } from '../../lib/estimation/config.ts';
import { harvestYears, nationalByUse, regionsByUse, USES } from '../../lib/themes/harvest.ts';
import { harvestSource, inventorySource } from '../../lib/themes/sources.ts';
import { period } from '../../lib/themes/text.ts';
import { chartPalette } from '../../lib/palette.ts';
import { barsChart, columnsChart, responsive, stackedBarsChart, type Bar } from './charts.ts';
import { estimateBar, estimateHeaders, estimateRow, integerCell, labelFormat, roundedCell, type ThemeFigureSpec } from './figure.ts';

const millions = labelFormat('', 1);
const useColours = Object.fromEntries(USES.map((u, i) => [u.label, [chartPalette[5], chartPalette[0], chartPalette[1]][i]!]));
const useLegend = USES.map((u) => ({ label: `${u.label} (${u.detail})`, colour: useColours[u.label]! }));
const groupLabels: Record<string, string> = { feuillu: 'Feuillus', resineux: 'Résineux' };
const groupColours = { Feuillus: chartPalette[2], Résineux: chartPalette[0] };

export function boisFigures(d: BoisData): Record<string, () => ThemeFigureSpec> {
  const p = period(d.period);
  const source = inventorySource(d.period);
  const years = harvestYears(d.harvest);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return {
    volumeRegions: () => {
      const sorted = [...d.regions].sort((a, b) => (b.total?.value ?? -1) - (a.total?.value ?? -1));
      const bars: Bar[] = sorted.flatMap((r) =>
        ['feuillu', 'resineux'].map((g) => estimateBar(r.territory.nom, r.groups.find((x) => x.category === g), millions, groupLabels[g], 1e6)),
      );
      return {
        title: `Volume de bois sur pied par région, feuillus et résineux, ${p}`,
        svg: responsive((width) =>
          barsChart(bars, {
            width,
            xLabel: 'Millions de m³',
            format: millions,
            colours: groupColours,
            ariaLabel: `Volume de bois sur pied des feuillus et des résineux par région, ${p}`,
            ariaDescription: 'Pour chaque région, deux barres (feuillus, résineux) avec leur intervalle de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
          }),
        ),
        legend: Object.entries(groupColours).map(([label, colour]) => ({ label, colour })),
        note: 'Volume « bois fort tige » des arbres vivants : la tige jusqu’à 7 cm de diamètre, pour les arbres de 7,5 cm de diamètre et plus.',
        table: {
          caption: `Volume de bois sur pied par région et groupe d’essences, ${p}`,
          columns: ['Région', 'Groupe', ...estimateHeaders('m³')],
          rows: sorted.flatMap((r) => ['feuillu', 'resineux'].map((g) => [r.territory.nom, groupLabels[g]!, ...estimateRow(r.groups.find((x) => x.category === g))])),
          numeric: [2, 3, 4, 5],
        },
        source,
      };
    },
    volumeEssences: () => {
      const named = d.volumeBySpecies.filter((r) => r.category !== 'autres').sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
      const rows = [...named, ...d.volumeBySpecies.filter((r) => r.category === 'autres')];
      return {
        title: `Volume de bois sur pied par essence, ${p}`,
        svg: responsive((width) =>
          barsChart(
            rows.map((r) => estimateBar(r.category_label, r, millions, undefined, 1e6)),
            {
              width,
              xLabel: 'Millions de m³',
              format: millions,
              ariaLabel: `Volume de bois sur pied par essence, ${p}`,
              ariaDescription: 'Barres horizontales avec intervalles de confiance à 95 %, des dix essences au plus fort volume puis des autres ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        table: { caption: `Volume de bois sur pied par essence, ${p}`, columns: ['Essence', ...estimateHeaders('m³')], rows: rows.map((r) => [r.category_label, ...estimateRow(r)]), numeric: [1, 2, 3, 4] },
        source,
      };
    },
    flux: () => {
      const [a, b] = windowYears(d.period);
      const harvest = harvestOverWindow(d);
      const bars: Bar[] = [
        estimateBar('Production biologique (inventaire)', d.production, millions, 'Inventaire forestier', 1e6),
        estimateBar('Mortalité (inventaire)', d.mortality, millions, 'Inventaire forestier', 1e6),
        { label: `Récolte vendue, moyenne ${a}–${b} (Agreste)`, series: 'Enquête Agreste', value: harvest / 1e6, text: millions(harvest / 1e6) },
      ];
      return {
        title: `Ce qui pousse, ce qui meurt, ce qui est récolté : trois flux annuels, ${p}`,
        svg: responsive((width) =>
          barsChart(bars, {
            width,
            xLabel: 'Millions de m³ par an',
            format: millions,
            colours: { 'Inventaire forestier': chartPalette[2], 'Enquête Agreste': chartPalette[1] },
            ariaLabel: `Production biologique, mortalité et récolte commercialisée, ${p}`,
            ariaDescription: 'Trois barres horizontales : production et mortalité estimées par l’inventaire, avec intervalles de confiance, et récolte commercialisée selon l’enquête Agreste, sans intervalle ; les valeurs sont dans le tableau qui suit.',
          }),
        ),
        legend: [
          { label: 'Inventaire forestier (estimation, intervalle à 95 %)', colour: chartPalette[2] },
          { label: 'Enquête Agreste (bois vendu seulement)', colour: chartPalette[1] },
        ],
        note: 'Deux sources qui ne mesurent pas la même chose : l’inventaire estime la croissance et la mortalité de tous les arbres ; l’enquête Agreste compte le bois rond vendu par les exploitants, sans le bois de chauffage autoconsommé ni celui vendu hors circuit professionnel. La récolte réelle est donc plus élevée que ce chiffre.',
        table: {
          caption: `Production, mortalité et récolte commercialisée, ${p}`,
          columns: ['Flux', 'Source', 'Valeur (m³/an)', 'Borne basse (IC 95 %)', 'Borne haute (IC 95 %)'],
          rows: [
            ['Production biologique', 'Inventaire forestier', ...estimateRow(d.production).slice(0, 3)],
            ['Mortalité', 'Inventaire forestier', ...estimateRow(d.mortality).slice(0, 3)],
            [`Récolte commercialisée (moyenne ${a}–${b})`, 'Enquête Agreste', roundedCell(harvest), 'sans objet', 'sans objet'],
          ],
          numeric: [2, 3, 4],
        },
        source: `${source} ${harvestSource(a, b)}`,
      };
    },
    recolteUsages: () => {
      const points = nationalByUse(d.harvest);
      return {
        title: `Récolte de bois commercialisée par usage, ${first}–${last}`,
        svg: responsive((width) =>
          columnsChart(
            points.map((x) => ({ x: x.annee, series: USES.find((u) => u.id === x.use)!.label, value: x.volume / 1e6 })),
            {
              width,
              yLabel: 'Millions de m³',
              domain: years,
              xTick: (x, narrow) => (x % (narrow ? 5 : 2) === (narrow ? 0 : first % 2) ? String(x) : ''),
              colours: useColours,
              ariaLabel: `Récolte de bois commercialisée par usage, ${first}–${last}`,
              ariaDescription: 'Colonnes empilées par année : bois d’œuvre, bois d’industrie et bois énergie ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        legend: useLegend,
        note: 'Bois rond sur écorce vendu par les exploitants forestiers (France métropolitaine).',
        table: {
          caption: `Récolte de bois commercialisée par usage, ${first}–${last}, en m³`,
          columns: ['Année', ...USES.map((u) => `${u.label} (m³)`), 'Total (m³)'],
          rows: years.map((y) => {
            const row = USES.map((u) => points.find((x) => x.annee === y && x.use === u.id)?.volume ?? 0);
            return [String(y), ...row.map(integerCell), integerCell(row.reduce((s, x) => s + x, 0))];
          }),
          numeric: [1, 2, 3, 4],
        },
        source: harvestSource(first, last),
      };
    },
    recolteRegions: () => {
      const from = Math.max(first, last - 4);
      const regions = regionsByUse(d.harvest, from, last);
      return {
        title: `Récolte commercialisée par région et par usage, moyenne ${from}–${last}`,
        svg: responsive((width) =>
          stackedBarsChart(
            regions.flatMap((r) => USES.map((u) => ({ label: r.nom, series: u.label, value: r.byUse[u.id] === null ? null : r.byUse[u.id]! / 1e6 }))),
            {
              width,
              xLabel: 'Millions de m³ par an',
              format: millions,
              colours: useColours,
              ariaLabel: `Récolte commercialisée par région et par usage, moyenne ${from}–${last}`,
              ariaDescription: 'Une barre empilée par région : bois d’œuvre, bois d’industrie, bois énergie ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        legend: useLegend,
        table: {
          caption: `Récolte commercialisée par région et par usage, moyenne annuelle ${from}–${last}, en m³`,
          columns: ['Région', ...USES.map((u) => `${u.label} (m³/an)`), 'Total (m³/an)'],
          rows: regions.map((r) => [r.nom, ...USES.map((u) => (r.byUse[u.id] === null ? 'secret statistique' : integerCell(r.byUse[u.id]!))), r.total === null ? 'secret statistique' : integerCell(r.total)]),
          numeric: [1, 2, 3, 4],
        },
        source: harvestSource(from, last),
      };
    },
  };
}
