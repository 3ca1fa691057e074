// « Ressources bois disponibles »: standing volume (inventory estimates) and commercial harvest
// (Agreste statistics), two sources that measure different things; the sentences keep them apart
// and never subtract one from the other without saying so. DOM-free.
import { NON_SIGNIFICANT } from '../format/numbers.ts';
import type { ResultRow } from '../estimation/types.ts';
import type { NamedTerritory } from '../territories/grammar.ts';
import { nameWithArticle } from '../territories/grammar.ts';
import { isShown } from '../factsheet/estimate.ts';
import { speciesWithArticle } from '../factsheet/sentences.ts';
import { harvestYears, meanNationalHarvest, nationalByUse, nationalTotal, regionsByUse, USES, type HarvestRow } from './harvest.ts';
import { cubicMetres, leader, list, percent, period, ranked, value, withInterval } from './text.ts';
import { REST_CATEGORIES } from '../estimation/catalogue.ts';
import { windowYears } from '../estimation/config.ts';

export interface BoisData {
  period: string;
  volume: ResultRow | undefined;
  volumeHa: ResultRow | undefined;
  /** Volume by species group (feuillu, résineux), France. */
  volumeByGroup: ResultRow[];
  /** Volume by species, France. */
  volumeBySpecies: ResultRow[];
  /** Volume by group per région. */
  regions: { territory: NamedTerritory; total: ResultRow | undefined; groups: ResultRow[] }[];
  production: ResultRow | undefined;
  mortality: ResultRow | undefined;
  harvest: HarvestRow[];
}

/** Mean yearly harvest over the campaigns of the inventory window, m³ (same years as production). */
export function harvestOverWindow(d: { period: string; harvest: HarvestRow[] }): number {
  const [a, b] = windowYears(d.period);
  return meanNationalHarvest(d.harvest, a, b);
}

export function boisFacts(d: BoisData): Record<string, string> {
  const years = harvestYears(d.harvest);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const totals = nationalTotal(d.harvest);
  const byUse = nationalByUse(d.harvest).filter((p) => p.annee === last);
  const lastTotal = totals.find((t) => t.annee === last)!.volume;
  const min = [...totals].sort((a, b) => a.volume - b.volume)[0]!;
  const max = [...totals].sort((a, b) => b.volume - a.volume)[0]!;
  const recentFrom = Math.max(first, last - 4);
  const regions = regionsByUse(d.harvest, recentFrom, last);
  const topRegions = regions.slice(0, 3);
  const harvestWindow = harvestOverWindow(d);
  const resineux = d.volumeByGroup.find((r) => r.category === 'resineux');
  const feuillu = d.volumeByGroup.find((r) => r.category === 'feuillu');
  const species = ranked(d.volumeBySpecies.filter((r) => !REST_CATEGORIES.includes(r.category)));
  const volumeRegions = ranked(d.regions.map((r) => ({ ...(r.total as ResultRow), territory: r.territory })).filter((r) => r.value !== undefined));
  const shareOf = (id: string) => {
    const p = byUse.find((u) => u.use === id);
    return p ? percent((100 * p.volume) / lastTotal) : '–';
  };
  return {
    periode: period(d.period),
    volume: withInterval(d.volume),
    volumeValeur: value(d.volume),
    volumeHa: withInterval(d.volumeHa),
    volumeFeuillus: withInterval(feuillu),
    volumeResineux: withInterval(resineux),
    essencesVolume: list(species.slice(0, 3).map((s) => `${speciesWithArticle(s.category_label)} (${value(s)})`)),
    regionVolumeMax: leader(volumeRegions, { name: (x) => nameWithArticle(x.territory), others: 'régions' }),
    production: withInterval(d.production),
    mortalite: withInterval(d.mortality),
    recolteFenetre: cubicMetres(harvestWindow, true),
    partRecolteProduction: isShown(d.production) ? percent((100 * harvestWindow) / d.production.value) : NON_SIGNIFICANT,
    premiereAnneeRecolte: String(first),
    derniereAnneeRecolte: String(last),
    recolteDerniereAnnee: cubicMetres(lastTotal),
    recolteMin: `${cubicMetres(min.volume)} en ${min.annee}`,
    recolteMax: `${cubicMetres(max.volume)} en ${max.annee}`,
    partBoisOeuvre: shareOf('BO'),
    partBoisIndustrie: shareOf('BI'),
    partBoisEnergie: shareOf('BE'),
    periodeRegions: `${recentFrom}–${last}`,
    regionsRecolte: list(topRegions.map((r) => `${r.nom} (${r.total === null ? 'secret statistique' : cubicMetres(r.total, true)})`)),
    usages: list(USES.map((u) => u.label.toLowerCase())),
  };
}
