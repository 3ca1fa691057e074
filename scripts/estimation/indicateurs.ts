// indicateurs.json: the catalogue as the browser's explorer reads it (each indicator's metadata and
// SQL, the setup SQL, the windows, the significance rule and the factors the methodology cites).
import { writeFile } from 'node:fs/promises';
import { INDICATORS, SETUP_SQL } from '../../src/lib/estimation/catalogue.ts';
import {
  CALIBRATION,
  DEFAULT_PERIOD,
  FIRST_CAMPAIGN,
  LAST_CAMPAIGN,
  MAIN_PERIODS,
  PERIODS,
  SIGNIFICANCE,
  TOP_SPECIES,
  WINDOW_LENGTH,
} from '../../src/lib/estimation/config.ts';
import { BARK_RATIO, CO2_PER_C, FACTOR_SOURCES, GROUP_FACTORS, WOOD_DENSITY } from '../../src/lib/estimation/factors.ts';
import { INPUT_TABLES } from '../../src/lib/estimation/types.ts';

/** The browser-side catalogue: metadata, SQL and the constants the methodology refers to. */
export function catalogueJson(): unknown {
  return {
    periods: PERIODS,
    mainPeriods: MAIN_PERIODS,
    defaultPeriod: DEFAULT_PERIOD,
    firstCampaign: FIRST_CAMPAIGN,
    lastCampaign: LAST_CAMPAIGN,
    windowLength: WINDOW_LENGTH,
    significance: SIGNIFICANCE,
    calibration: CALIBRATION,
    carbon: { groups: GROUP_FACTORS, woodDensity: WOOD_DENSITY, barkRatio: BARK_RATIO, sources: FACTOR_SOURCES, co2PerC: CO2_PER_C },
    topSpecies: TOP_SPECIES,
    sqlParameters: ['$1 : première campagne des fenêtres glissantes', '$2 : dernière campagne'],
    /** To run once, in order, after loading the tables and before any indicator query. */
    setup: SETUP_SQL,
    tables: INPUT_TABLES,
    indicators: INDICATORS,
  };
}

export async function writeCatalogue(file: string): Promise<void> {
  await writeFile(file, `${JSON.stringify(catalogueJson(), null, 1)}\n`);
}
