// /territoires/telechargements/{territoire}.csv: the figures of a factsheet, all periods.
import { CSV, EVERY_TERRITORY, territoryDownload } from '../../../lib/factsheet/downloadRoute';
import { resultsFor } from '../../../lib/factsheet/results';
import { factsheetCsv } from '../../../lib/factsheet/csv';
import { indicator } from '../../../lib/estimation/catalogue';

const download = territoryDownload(CSV, EVERY_TERRITORY, async (t) =>
  factsheetCsv(t.nom, (await resultsFor(t.level, t.code)).rows, (row) => {
    const def = indicator(row.indicator);
    return { indicator: def.label, breakdown: def.breakdowns.find((b) => b.id === row.breakdown)?.label ?? row.breakdown };
  }),
);
export const getStaticPaths = download.getStaticPaths;
export const GET = download.GET;
