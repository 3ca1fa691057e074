// Figures of « Adaptation au changement climatique »: where spruce, beech and silver fir grow (share
// of the volume by SER, three small maps), on which exposures and slopes, and how many tree
// species stands hold.
import { NON_SIGNIFICANT } from '../../lib/format/numbers.ts';
import type { AdaptationData } from '../../lib/themes/adaptation.ts';
import { EXPOSED_SPECIES } from '../../lib/estimation/config.ts';
import { DIVERSITY_CLASSES, TOPO_CLASSES } from '../../lib/estimation/indicators/ecology.ts';
import { inventorySource } from '../../lib/themes/sources.ts';
import { ofSpecies, period } from '../../lib/themes/text.ts';
import { isShown } from '../../lib/factsheet/estimate.ts';
import { escapeHtml } from '../../lib/html.ts';

import { chartPalette } from '../../lib/palette.ts';
import { barsChart, responsive } from './charts.ts';
import { choroplethMap, legendEntries, type MapValue } from './choropleth.ts';
import { compactEstimate, estimateBar, estimateHeaders, estimateRow, labelFormat, type ThemeFigureSpec } from './figure.ts';
import { readLevelTopology } from './figuresForet.ts';

const pct = labelFormat('%', 1);

/** Fixed classes, the same on the three maps so that their colours compare. */
const SHARE_BREAKS = [5, 10, 20, 30];
const seriesColours: Record<string, string> = {
  'Épicéa commun': chartPalette[0],
  Hêtre: chartPalette[2],
  'Sapin pectiné': chartPalette[4],
  'Toutes essences': chartPalette[3],
};

export function adaptationFigures(d: AdaptationData): Record<string, () => ThemeFigureSpec> {
  const p = period(d.period);
  const source = inventorySource(d.period);
  // Each class of a partition, each species then all species: its share of the volume.
  const topoRows = (kind: 'exposition' | 'pente') =>
    TOPO_CLASSES.filter((c) => c.kind === kind).flatMap((c) =>
      [...EXPOSED_SPECIES.map((s) => ({ key: s.espar, name: s.nom })), { key: 'toutes', name: 'Toutes essences' }].map((s) => ({
        c,
        s,
        row: d.topography[s.key]?.find((r) => r.category === c.id),
      })),
    );
  const legend = Object.entries(seriesColours).map(([label, colour]) => ({ label, colour }));
  /** The volume of each species by exposure, or by slope. */
  const topoFigure = (kind: 'exposition' | 'pente', title: string, ariaDescription: string, note?: string): ThemeFigureSpec => ({
    title,
    svg: responsive((width) =>
      barsChart(
        topoRows(kind).map((x) => estimateBar(x.c.label, x.row, pct, x.s.name)),
        {
          width,
          xLabel: 'Part du volume de l’essence (%)',
          format: pct,
          colours: seriesColours,
          ariaLabel: `Répartition du volume de l’épicéa, du hêtre, du sapin et de toutes les essences selon ${kind === 'pente' ? 'la pente' : 'l’exposition'}, ${p}`,
          ariaDescription,
        },
      ),
    ),
    legend,
    ...(note ? { note } : {}),
    table: {
      caption: `Part du volume de chaque essence selon ${kind === 'pente' ? 'la pente' : 'l’exposition'}, ${p}`,
      columns: [kind === 'pente' ? 'Pente' : 'Exposition', 'Essence', ...estimateHeaders('%')],
      rows: topoRows(kind).map((x) => [x.c.label, x.s.name, ...estimateRow(x.row)]),
      numeric: [2, 3, 4, 5],
    },
    source,
  });
  return {
    cartesEssences: () => {
      const maps = EXPOSED_SPECIES.map((s) => {
        const values = new Map<string, MapValue>(
          d.speciesShareSer.map((x) => {
            const r = x.rows.find((row) => row.category === s.espar);
            return [x.territory.code, { value: r?.value ?? null, significant: isShown(r) }];
          }),
        );
        const rowOf = (code: string) => d.speciesShareSer.find((x) => x.territory.code === code)?.rows.find((r) => r.category === s.espar);
        const svg = choroplethMap(readLevelTopology('ser'), values, {
          width: 300,
          tolerance: 1,
          breaks: SHARE_BREAKS,
          id: `carte-ser-${s.espar}`,
          ariaLabel: `Carte de la part ${ofSpecies(s.nom)} dans le volume de bois sur pied de chaque sylvoécorégion, ${p}`,
          titleOf: (code, nom) => `${nom} : ${isShown(rowOf(code)) ? pct(rowOf(code)!.value!) : NON_SIGNIFICANT}`,
        });
        return `<div class="theme-maps__item"><p class="theme-maps__title">${escapeHtml(s.nom)}</p>${svg}</div>`;
      });
      const sers = [...d.speciesShareSer].sort((a, b) => a.territory.code.localeCompare(b.territory.code));
      return {
        title: `Où poussent l’épicéa, le hêtre et le sapin : part de chacun dans le volume de bois de chaque sylvoécorégion, ${p}`,
        svg: `<div class="theme-maps">${maps.join('')}</div>`,
        legend: legendEntries(SHARE_BREAKS, (x) => `${x}\u202f%`),
        note: 'Mêmes classes sur les trois cartes. Sylvoécorégion : l’une des 86 régions de climat, de relief et de sols homogènes définies par l’inventaire forestier. Hachuré : estimation trop imprécise (trop peu de placettes portant l’essence, ou intervalle de confiance trop large).',
        table: {
          caption: `Part de l’épicéa commun, du hêtre et du sapin pectiné dans le volume de bois sur pied, par sylvoécorégion, ${p} : estimation en % (intervalle de confiance à 95 %)`,
          columns: ['Sylvoécorégion', ...EXPOSED_SPECIES.map((s) => `${s.nom} (%)`)],
          rows: sers.map((x) => [`${x.territory.nom} (${x.territory.code})`, ...EXPOSED_SPECIES.map((s) => compactEstimate(x.rows.find((r) => r.category === s.espar)))]),
          numeric: [1, 2, 3],
        },
        source,
      };
    },
    exposition: () =>
      topoFigure(
        'exposition',
        `Versants : où se trouve le volume de chaque essence, ${p}`,
        'Pour chaque exposition, quatre barres (épicéa, hêtre, sapin, toutes essences) avec intervalles de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
        'Exposition du versant où se trouve la placette (nord : de 315° à 45°, etc.) ; terrain plat : pente inférieure à 5 %. Les parts d’une essence somment à 100 % sur les cinq classes, rapportées au volume des placettes dont l’exposition est relevée.',
      ),
    pente: () =>
      topoFigure(
        'pente',
        `Pentes : le volume de chaque essence selon la pente du terrain, ${p}`,
        'Pour chaque classe de pente, quatre barres avec intervalles de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
      ),
    diversite: () => {
      const rows = DIVERSITY_CLASSES.map((c) => d.diversity.find((r) => r.category === c.id));
      return {
        title: `Combien d’essences d’arbres dans un peuplement ? ${p}`,
        svg: responsive((width) =>
          barsChart(
            DIVERSITY_CLASSES.map((c, i) => estimateBar(c.label, rows[i], pct)),
            {
              width,
              xLabel: 'Part de la surface forestière (%)',
              format: pct,
              ariaLabel: `Part de la surface forestière selon le nombre d’essences présentes sur la placette, ${p}`,
              ariaDescription: 'Barres horizontales avec intervalles de confiance à 95 %, d’une à cinq essences et plus ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        note: 'Nombre d’essences d’arbres dont le couvert est relevé sur la placette (cercle de 25 m de rayon). « Aucune essence recensée » : coupes rases, jeunes régénérations, relevés manquants.',
        table: {
          caption: `Part de la surface forestière selon le nombre d’essences, ${p}`,
          columns: ['Nombre d’essences', ...estimateHeaders('%')],
          rows: DIVERSITY_CLASSES.map((c, i) => [c.label, ...estimateRow(rows[i])]),
          numeric: [1, 2, 3, 4],
        },
        source,
      };
    },
    diversiteGreco: () => {
      const f = labelFormat('', 2);
      const sorted = [...d.diversityMeanGreco].sort((a, b) => (b.row?.value ?? -1) - (a.row?.value ?? -1));
      const colours = { 'France métropolitaine': chartPalette[3], 'Grande région écologique': chartPalette[2] };
      return {
        title: `Nombre moyen d’essences par peuplement, par grande région écologique, ${p}`,
        svg: responsive((width) =>
          barsChart(
            [
              estimateBar('France métropolitaine', d.diversityMeanFrance, f, 'France métropolitaine'),
              ...sorted.map((g) => estimateBar(g.territory.nom, g.row, f, 'Grande région écologique')),
            ],
            {
              width,
              xLabel: 'Essences par placette',
              format: f,
              colours,
              ariaLabel: `Nombre moyen d’essences par placette, France et grandes régions écologiques, ${p}`,
              ariaDescription: 'Barres horizontales avec intervalles de confiance à 95 % ; les valeurs sont dans le tableau qui suit.',
            },
          ),
        ),
        note: 'Moyenne sur les placettes où au moins une essence est recensée.',
        table: {
          caption: `Nombre moyen d’essences par placette, ${p}`,
          columns: ['Territoire', ...estimateHeaders('essences')],
          rows: [['France métropolitaine', ...estimateRow(d.diversityMeanFrance)], ...sorted.map((g) => [g.territory.nom, ...estimateRow(g.row)])],
          numeric: [1, 2, 3, 4],
        },
        source,
      };
    },
  };
}
