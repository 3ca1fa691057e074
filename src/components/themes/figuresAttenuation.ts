// Figures of « Atténuation de l'effet de serre »: carbon per hectare by région (map), stock by
// région, the stock over the inventory windows, and the annual sink against a familiar reference.
import { NON_SIGNIFICANT } from '../../lib/format/numbers.ts';
import type { AttenuationData } from '../../lib/themes/attenuation.ts';
import { carbonBalance, EMISSIONS_REFERENCE } from '../../lib/themes/attenuation.ts';
import { windowYears } from '../../lib/estimation/config.ts';
import { CO2_PER_C } from '../../lib/estimation/factors.ts';
import { harvestSource, inventorySource } from '../../lib/themes/sources.ts';
import { period } from '../../lib/themes/text.ts';
import { isShown } from '../../lib/factsheet/estimate.ts';
import { chartPalette } from '../../lib/palette.ts';
import { barsChart, frenchTick, responsive, type Bar } from './charts.ts';
import { choroplethMap, legendEntries, mapBreaks, type MapValue } from './choropleth.ts';
import { estimateBar, estimateHeaders, estimateRow, labelFormat, roundedCell, type ThemeFigureSpec } from './figure.ts';
import { readLevelTopology } from './figuresForet.ts';

const perHa = labelFormat('tC/ha', 1);
const millions = labelFormat('', 1);

/** A flow of the balance table: its volume and CO₂ equivalent (through the mean carbon per m³), signed. */
function flowRow(label: string, m3: number, carbonPerM3: number, sign: '' | '−'): string[] {
  return [label, `${sign}${roundedCell(m3)}`, `${sign}${roundedCell(m3 * carbonPerM3 * CO2_PER_C)}`];
}

export function attenuationFigures(d: AttenuationData): Record<string, () => ThemeFigureSpec> {
  const p = period(d.period);
  const source = inventorySource(d.period);
  return {
    carteCarboneHa: () => {
      const values = new Map<string, MapValue>(d.regions.map((r) => [r.territory.code, { value: r.perHa?.value ?? null, significant: isShown(r.perHa) }]));
      const breaks = mapBreaks(values.values(), 4);
      const byCode = new Map(d.regions.map((r) => [r.territory.code, r.perHa]));
      const sorted = [...d.regions].sort((a, b) => (b.perHa?.value ?? -1) - (a.perHa?.value ?? -1));
      return {
        title: `Carbone des arbres vivants par hectare de forêt, par région, ${p}`,
        svg: choroplethMap(readLevelTopology('region'), values, {
          width: 500,
          tolerance: 0.8,
          breaks,
          id: 'carte-carbone',
          ariaLabel: `Carte du carbone des arbres vivants par hectare de forêt, par région, ${p}`,
          titleOf: (code, nom) => `${nom} : ${isShown(byCode.get(code)) ? perHa(byCode.get(code)!.value!) : NON_SIGNIFICANT}`,
        }),
        legend: legendEntries(breaks, (x) => `${frenchTick(x)}\u202ftC/ha`, false),
        note: 'Carbone des troncs, des branches et des racines des arbres vivants (hors bois mort, litière et sols). Classes d’effectif égal (quartiles : un quart des régions dans chacune).',
        table: {
          caption: `Carbone des arbres vivants par hectare de forêt, par région, ${p}`,
          columns: ['Région', ...estimateHeaders('tC/ha')],
          rows: sorted.map((r) => [r.territory.nom, ...estimateRow(r.perHa)]),
          numeric: [1, 2, 3, 4],
        },
        source,
      };
    },
    stockRegions: () => {
      const sorted = [...d.regions].sort((a, b) => (b.total?.value ?? -1) - (a.total?.value ?? -1));
      return {
        title: `Stock de carbone des arbres vivants par région, ${p}`,
        svg: responsive((width) =>
          barsChart(
            sorted.map((r) => estimateBar(r.territory.nom, r.total, millions, undefined, 1e6)),
            {
              width,
              xLabel: 'Millions de tonnes de carbone',
              format: millions,
              ariaLabel: `Stock de carbone des arbres vivants par région, ${p}`,
              ariaDescription: 'Barres horizontales avec intervalles de confiance à 95 %, de la région qui en stocke le plus à celle qui en stocke le moins ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        note: 'Le stock d’une région dépend de sa surface de forêt autant que du carbone par hectare.',
        table: {
          caption: `Stock de carbone des arbres vivants par région, ${p}`,
          columns: ['Région', ...estimateHeaders('tC')],
          rows: sorted.map((r) => [r.territory.nom, ...estimateRow(r.total)]),
          numeric: [1, 2, 3, 4],
        },
        source,
      };
    },
    stockPeriodes: () => ({
      title: 'Stock de carbone des arbres vivants par période d’inventaire, France métropolitaine',
      svg: responsive((width) =>
        barsChart(
          d.windows.map((w) => estimateBar(`Campagnes ${period(w)}`, d.carbonByWindow.find((r) => r.period === w), labelFormat('', 2), undefined, 1e9)),
          {
            width,
            xLabel: 'Milliards de tonnes de carbone',
            format: labelFormat('', 2),
            ariaLabel: 'Stock de carbone des arbres vivants par période d’inventaire',
            ariaDescription: 'Une barre par période de cinq campagnes, avec son intervalle de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
          },
        ),
      ),
      note: 'Les tarifs de cubage de l’IGN changent en 2014 (tarifs à une entrée jusqu’en 2013, à trois entrées ensuite) : une partie de l’écart entre périodes peut venir de ce changement de méthode. La surface forestière, calée sur un même total publié, ne contribue pas à l’écart.',
      table: {
        caption: 'Stock de carbone des arbres vivants par période, France métropolitaine',
        columns: ['Période', ...estimateHeaders('tC')],
        rows: d.windows.map((w) => [period(w), ...estimateRow(d.carbonByWindow.find((r) => r.period === w))]),
        numeric: [1, 2, 3, 4],
      },
      source: inventorySource(d.windows[0]!, d.windows[d.windows.length - 1]!),
    }),
    puits: () => {
      const b = carbonBalance(d);
      const [a, z] = windowYears(d.period);
      const bars: Bar[] = b
        ? [
            { label: 'Production biologique', series: 'Flux', value: b.production / 1e6, text: `+${millions(b.production / 1e6)}` },
            { label: 'Mortalité', series: 'Flux', from: b.production / 1e6, value: (b.production - b.mortality) / 1e6, text: `−${millions(b.mortality / 1e6)}` },
            { label: `Récolte commercialisée (moyenne ${a}–${z})`, series: 'Flux', from: (b.production - b.mortality) / 1e6, value: b.balance / 1e6, text: `−${millions(b.harvest / 1e6)}` },
            { label: 'Solde : bois vivant en plus chaque année', series: 'Solde', value: b.balance / 1e6, lower: b.lower / 1e6, upper: b.upper / 1e6, text: `${millions(b.balance / 1e6)}` },
          ]
        : [];
      return {
        title: `Le puits de carbone des arbres : ce qui pousse, moins ce qui meurt et ce qui est récolté, ${p}`,
        svg: responsive((width) =>
          barsChart(bars, {
            width,
            xLabel: 'Millions de m³ par an',
            format: millions,
            colours: { Flux: chartPalette[2], Solde: chartPalette[0] },
            ariaLabel: `Bilan annuel des flux de bois vivant, ${p}`,
            ariaDescription: 'Graphique en cascade : production, moins la mortalité, moins la récolte, donne le solde, avec sa fourchette ; les valeurs sont dans le tableau qui suit.',
          }),
        ),
        note: 'La fourchette du solde combine les bornes des intervalles de la production et de la mortalité (sans supposer leurs erreurs indépendantes). La récolte Agreste ne compte que le bois vendu : sans le bois de chauffage autoconsommé, le solde est surestimé.',
        table: {
          caption: `Bilan annuel des flux de bois vivant et son équivalent CO₂, ${p}`,
          columns: ['Flux', 'Volume (m³/an)', 'Équivalent (t CO₂e/an)'],
          rows: b
            ? [
                flowRow('Production biologique (inventaire)', b.production, b.carbonPerM3, ''),
                flowRow('Mortalité (inventaire)', b.mortality, b.carbonPerM3, '−'),
                flowRow(`Récolte commercialisée ${a}–${z} (Agreste)`, b.harvest, b.carbonPerM3, '−'),
                ['Solde', roundedCell(b.balance), roundedCell(b.co2e)],
                ['Solde, borne basse', roundedCell(b.lower), roundedCell(b.co2eLower)],
                ['Solde, borne haute', roundedCell(b.upper), roundedCell(b.co2eUpper)],
              ]
            : [['Bilan', NON_SIGNIFICANT, NON_SIGNIFICANT]],
          numeric: [1, 2],
        },
        source: `${source} ${harvestSource(a, z)}`,
      };
    },
    comparaison: () => {
      const b = carbonBalance(d);
      const mt = labelFormat('', 0);
      const bars: Bar[] = [
        ...(b ? [{ label: `Puits estimé des arbres vivants, ${p}`, series: 'Observatoire', value: b.co2e / 1e6, lower: b.co2eLower / 1e6, upper: b.co2eUpper / 1e6, text: mt(b.co2e / 1e6) }] : []),
        { label: `Émissions de la France en ${EMISSIONS_REFERENCE.year} (Citepa)`, series: 'Référence publiée', value: EMISSIONS_REFERENCE.value, text: mt(EMISSIONS_REFERENCE.value) },
      ];
      return {
        title: 'Le puits des arbres comparé aux émissions nationales de gaz à effet de serre',
        svg: responsive((width) =>
          barsChart(bars, {
            width,
            xLabel: 'Millions de t CO₂e par an',
            format: mt,
            colours: { Observatoire: chartPalette[0], 'Référence publiée': chartPalette[5] },
            ariaLabel: 'Puits de carbone estimé des arbres vivants et émissions nationales de gaz à effet de serre',
            ariaDescription: 'Deux barres : le puits estimé avec sa fourchette, et les émissions nationales publiées par le Citepa ; les valeurs sont dans le tableau qui suit.',
          }),
        ),
        note: `Référence : ${EMISSIONS_REFERENCE.label}, ${EMISSIONS_REFERENCE.source} ; chiffre publié, cité tel quel. Les années ne coïncident pas : seul l’ordre de grandeur compte.`,
        table: {
          caption: 'Puits de carbone des arbres vivants et émissions nationales',
          columns: ['Grandeur', 'Valeur (Mt CO₂e/an)', 'Source'],
          rows: [
            ...(b ? [[`Puits estimé des arbres vivants, ${p}`, `${mt(b.co2e / 1e6)} (${mt(b.co2eLower / 1e6)} à ${mt(b.co2eUpper / 1e6)})`, 'Observatoire des forêts (inventaire et Agreste)']] : []),
            [`Émissions de la France en ${EMISSIONS_REFERENCE.year}`, mt(EMISSIONS_REFERENCE.value), EMISSIONS_REFERENCE.source],
          ],
          numeric: [1],
        },
        source: `${source} Émissions : ${EMISSIONS_REFERENCE.source}.`,
      };
    },
  };
}
