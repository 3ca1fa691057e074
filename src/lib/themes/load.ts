// Build-time assembly of each theme's inputs from the pipeline's outputs: estimates of
// resultats.parquet (every inventory figure), wildfires and harvest, territory names.
// Each loader runs once per build; the pure modules (foret.ts, incendies.ts…) do the rest.
import { DEFAULT_PERIOD, EXPOSED_SPECIES, MAIN_PERIODS } from '../estimation/config.ts';
import { loadResults } from '../estimation/results.ts';
import { liveChablisEffect, loadMethodFacts } from '../estimation/methodology.ts';
import type { Level, ResultRow } from '../estimation/types.ts';
import { loadTerritories, type Territory } from '../territories/catalog.ts';
import { loadFireCells, loadHarvestRows } from './loaders.ts';
import { TOPO_CLASSES, speciesClass } from '../estimation/indicators/ecology.ts';
import type { ForetData } from './foret.ts';
import type { IncendiesData } from './incendies.ts';
import type { SanteData } from './sante.ts';
import type { BoisData } from './bois.ts';
import type { AdaptationData } from './adaptation.ts';
import type { AttenuationData } from './attenuation.ts';

async function territoriesOf(level: Level): Promise<Territory[]> {
  return (await loadTerritories()).filter((t) => t.level === level);
}

/** Latest window and the two last non-overlapping windows compared by the health page. */
export const LATEST = DEFAULT_PERIOD;
export const COMPARED: [string, string] = [MAIN_PERIODS[MAIN_PERIODS.length - 2]!, MAIN_PERIODS[MAIN_PERIODS.length - 1]!];

/** France, as the results are keyed. */
const FR = { level: 'france', code: 'FR' } as const;

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, f: () => Promise<T>): Promise<T> {
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) memo.set(key, (p = f()));
  return p;
}

export const loadForet = () =>
  once('foret', async (): Promise<ForetData> => {
    const r = await loadResults();
    const deps = await territoriesOf('departement');
    const grecos = await territoriesOf('greco');
    return {
      period: LATEST,
      area: r.get({ ...FR, indicator: 'surface_foret' }),
      rate: r.get({ ...FR, indicator: 'taux_boisement' }),
      departements: deps.map((t) => ({ territory: t, row: r.get({ level: 'departement', code: t.code, indicator: 'taux_boisement' }) })),
      composition: r.list({ ...FR, period: LATEST, indicator: 'part_composition', breakdown: 'composition' }),
      species: r.list({ ...FR, period: LATEST, indicator: 'part_essence', breakdown: 'essence' }),
      greco: grecos.map((t) => ({
        territory: t,
        rate: r.get({ level: 'greco', code: t.code, indicator: 'taux_boisement' }),
        composition: r.list({ level: 'greco', code: t.code, period: LATEST, indicator: 'part_composition', breakdown: 'composition' }),
        species: r.list({ level: 'greco', code: t.code, period: LATEST, indicator: 'part_essence', breakdown: 'essence' }),
      })),
    };
  });

export const loadIncendies = () =>
  once('incendies', async (): Promise<IncendiesData> => {
    const deps = await territoriesOf('departement');
    return { cells: await loadFireCells(), departements: new Map(deps.map((t) => [t.code, t])) };
  });

export const loadSante = () =>
  once('sante', async (): Promise<SanteData> => {
    const r = await loadResults();
    const grecos = await territoriesOf('greco');
    const deadOf = (level: Level, code: string) => r.get({ level, code, indicator: 'bois_mort_sur_pied_ha', period: LATEST });
    const byWindow = (indicator: string) =>
      MAIN_PERIODS.map((p) => r.get({ ...FR, indicator, period: p })).filter((x): x is ResultRow => x !== undefined);
    const campaigns = loadMethodFacts().campaigns;
    const firstDatemort = campaigns.filter((c) => c.hasDatemort).map((c) => c.annee).sort((a, b) => a - b)[0];
    if (firstDatemort === undefined) throw new Error('methodologie.json : aucune campagne ne relève datemort');
    return {
      windows: COMPARED,
      mortality: byWindow('mortalite'),
      mortalityRate: byWindow('taux_mortalite'),
      grecoRates: grecos.map((t) => ({
        territory: t,
        rows: COMPARED.map((p) => r.get({ level: 'greco', code: t.code, indicator: 'taux_mortalite', period: p })).filter(
          (x): x is ResultRow => x !== undefined,
        ),
      })),
      speciesRates: COMPARED.flatMap((p) => r.list({ ...FR, period: p, indicator: 'taux_mortalite', breakdown: 'espece' })),
      deadWood: grecos.map((t) => ({ territory: t, row: deadOf('greco', t.code) })),
      deadWoodFrance: deadOf('france', 'FR'),
      firstDatemortCampaign: firstDatemort,
      liveChablis: liveChablisEffect(campaigns, COMPARED[1], r.get({ ...FR, indicator: 'mortalite_ha', period: COMPARED[1] })?.value ?? NaN),
    };
  });

export const loadBois = () =>
  once('bois', async (): Promise<BoisData> => {
    const r = await loadResults();
    const regions = await territoriesOf('region');
    return {
      period: LATEST,
      volume: r.get({ ...FR, indicator: 'volume' }),
      volumeHa: r.get({ ...FR, indicator: 'volume_ha' }),
      volumeByGroup: r.list({ ...FR, period: LATEST, indicator: 'volume', breakdown: 'groupe' }),
      volumeBySpecies: r.list({ ...FR, period: LATEST, indicator: 'volume', breakdown: 'espece' }),
      regions: regions.map((t) => ({
        territory: t,
        total: r.get({ level: 'region', code: t.code, indicator: 'volume' }),
        groups: r.list({ level: 'region', code: t.code, period: LATEST, indicator: 'volume', breakdown: 'groupe' }),
      })),
      production: r.get({ ...FR, indicator: 'production' }),
      mortality: r.get({ ...FR, indicator: 'mortalite' }),
      harvest: await loadHarvestRows(),
    };
  });

export const loadAdaptation = () =>
  once('adaptation', async (): Promise<AdaptationData> => {
    const r = await loadResults();
    const sers = await territoriesOf('ser');
    const grecos = await territoriesOf('greco');
    const fr = { ...FR, period: LATEST };
    const sharesOf = (level: Level, code: string) => r.list({ level, code, period: LATEST, indicator: 'part_volume', breakdown: 'espece' });
    const topo = (breakdown: string) => r.list({ ...fr, indicator: 'repartition_volume', breakdown });
    // Each species' rows under the class ids of « toutes » (« 62|nord » → « nord »).
    const topography: Record<string, ResultRow[]> = { toutes: topo('topographie') };
    const bySpecies = topo('topographie_espece');
    for (const { espar } of EXPOSED_SPECIES) {
      topography[espar] = TOPO_CLASSES.flatMap((c): ResultRow[] => {
        const row = bySpecies.find((x) => x.category === speciesClass(espar, c.id));
        return row ? [{ ...row, category: c.id, category_label: c.label }] : [];
      });
    }
    const meanOf = (level: Level, code: string) => r.get({ level, code, indicator: 'nombre_moyen_essences', period: LATEST });
    return {
      period: LATEST,
      speciesShareFrance: sharesOf('france', 'FR'),
      speciesShareSer: sers.map((t) => ({ territory: t, rows: sharesOf('ser', t.code) })),
      topography,
      diversity: r.list({ ...fr, indicator: 'part_nombre_essences', breakdown: 'classe' }),
      diversityMeanFrance: meanOf('france', 'FR'),
      diversityMeanGreco: grecos.map((t) => ({ territory: t, row: meanOf('greco', t.code) })),
      mixedFrance: r.get({ ...FR, indicator: 'part_composition', breakdown: 'composition', category: 'mixte' }),
    };
  });

export const loadAttenuation = () =>
  once('attenuation', async (): Promise<AttenuationData> => {
    const r = await loadResults();
    const regions = await territoriesOf('region');
    return {
      period: LATEST,
      windows: [...MAIN_PERIODS],
      carbon: r.get({ ...FR, indicator: 'carbone' }),
      co2e: r.get({ ...FR, indicator: 'carbone_co2e' }),
      carbonHa: r.get({ ...FR, indicator: 'carbone_ha' }),
      carbonByWindow: MAIN_PERIODS.map((p) => r.get({ ...FR, indicator: 'carbone', period: p })).filter((x): x is ResultRow => x !== undefined),
      regions: regions.map((t) => ({
        territory: t,
        perHa: r.get({ level: 'region', code: t.code, indicator: 'carbone_ha' }),
        total: r.get({ level: 'region', code: t.code, indicator: 'carbone' }),
      })),
      volume: r.get({ ...FR, indicator: 'volume' }),
      production: r.get({ ...FR, indicator: 'production' }),
      mortality: r.get({ ...FR, indicator: 'mortalite' }),
      harvest: await loadHarvestRows(),
    };
  });
