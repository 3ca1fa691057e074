// /territoires/telechargements/{territoire}-recolte.csv: the Agreste harvest a factsheet shows
// (départements, régions, France; the SER and GRECO have none).
import { CSV, territoryDownload } from '../../../lib/factsheet/downloadRoute';
import { harvestOf } from '../../../lib/factsheet/harvest';
import { harvestCsv } from '../../../lib/factsheet/downloads';

const download = territoryDownload(CSV, (t) => harvestOf(t.level, t.code), (t, years) => harvestCsv(t.nom, t.code, years));
export const getStaticPaths = download.getStaticPaths;
export const GET = download.GET;
