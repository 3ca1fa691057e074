// couverts.parquet: cover of each tree species on each forest plot (2006 onwards), the basis of
// composition and of the essence principale.
import { columnGroups, type TableDoc } from '../lib/step.ts';
import columns from './couverts.columns.json' with { type: 'json' };
import { ifnSources, PLOT_KEY_COLUMNS } from './ifnDocs.ts';
import { ANNEE_SQL } from './ifnRaw.ts';

export const docs: TableDoc[] = [
  {
    file: 'couverts.parquet',
    description: "Taux de couvert de chaque espèce sur chaque point forêt, campagnes 2006–2019 (fichier absent en 2005). L'essence principale d'un point est l'espèce de plus fort tcl.",
    sources: ifnSources(2006),
    order: ['idp', 'espar'],
    columns: [
      ...PLOT_KEY_COLUMNS,
      ...columnGroups(columns, 'couverts.columns.json').covers,
    ],
  },
];

export function coversSql(typed: string): string {
  return `SELECT t.idp::INTEGER AS idp, ${ANNEE_SQL.replaceAll('idp', 't.idp')} AS annee, t.espar::VARCHAR AS espar,
    t.tca::SMALLINT AS tca, t.tcl::SMALLINT AS tcl FROM ${typed} t`;
}
