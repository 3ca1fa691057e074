// /territoires/telechargements/{territoire}-incendies.csv: the BDIFF fires a factsheet shows, year
// by year over the territory's coverage (départements, régions, France).
import { CSV, territoryDownload } from '../../../lib/factsheet/downloadRoute';
import { firesOf } from '../../../lib/factsheet/fires';
import { firesCsv } from '../../../lib/factsheet/downloads';

const download = territoryDownload(CSV, (t) => firesOf(t.level, t.code), (t, series) => firesCsv(t.nom, t.code, series));
export const getStaticPaths = download.getStaticPaths;
export const GET = download.GET;
