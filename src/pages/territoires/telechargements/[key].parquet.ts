// /territoires/telechargements/{territoire}.parquet: every result row of a territory, as published
// in resultats.parquet (non-significant values included, flagged), for re-use in any tool.
import { EVERY_TERRITORY, PARQUET, territoryDownload } from '../../../lib/factsheet/downloadRoute';
import { territoryParquet } from '../../../lib/factsheet/parquet';

const download = territoryDownload(PARQUET, EVERY_TERRITORY, (t) => territoryParquet(t.level, t.code));
export const getStaticPaths = download.getStaticPaths;
export const GET = download.GET;
