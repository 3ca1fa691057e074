// Parquet download of an explorer result (hyparquet-writer, in the browser): the columns of
// resultats.parquet plus the territory's name and the class of a plot breakdown. As in
// resultats.parquet, values are kept below the significance rule and `significant` says so.
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ExplorerRow } from './results.ts';

export function explorerParquet(rows: readonly ExplorerRow[], description: string): ArrayBuffer {
  const col = <K extends keyof ExplorerRow>(k: K) => rows.map((r) => r[k]);
  return parquetWriteBuffer({
    columnData: [
      { name: 'level', data: col('level'), type: 'STRING' },
      { name: 'code', data: col('code'), type: 'STRING' },
      { name: 'territoire', data: col('territory'), type: 'STRING' },
      { name: 'domaine', data: col('domain'), type: 'STRING' },
      { name: 'domaine_label', data: col('domainLabel'), type: 'STRING' },
      { name: 'period', data: col('period'), type: 'STRING' },
      { name: 'indicator', data: col('indicator'), type: 'STRING' },
      { name: 'breakdown', data: col('breakdown'), type: 'STRING' },
      { name: 'category', data: col('category'), type: 'STRING' },
      { name: 'category_label', data: col('categoryLabel'), type: 'STRING' },
      { name: 'value', data: col('value'), type: 'DOUBLE' },
      { name: 'lower', data: col('lower'), type: 'DOUBLE' },
      { name: 'upper', data: col('upper'), type: 'DOUBLE' },
      { name: 'n_plots', data: col('n_plots'), type: 'INT32' },
      { name: 'significant', data: col('significant'), type: 'BOOLEAN' },
      { name: 'unit', data: col('unit'), type: 'STRING' },
      { name: 'reason', data: col('reason'), type: 'STRING' },
    ],
    kvMetadata: [
      { key: 'selection', value: description },
      { key: 'source', value: 'Observatoire des forêts, explorateur d’indicateurs (IGN, Inventaire forestier national, données brutes 2005-2019)' },
    ],
  });
}
