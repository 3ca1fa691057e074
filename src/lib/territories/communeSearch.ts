// Finding a commune by name for the territory picker: accents, case and hyphens optional
// ("saint martin" finds Saint-Martin-d'Hères), homonyms told apart by their département. Each
// commune found leads to two factsheets: its intercommunalité's and its département's.
import { normalizeText, queryTerms } from '../catalogue/normalize.ts';
import type { SearchableTerritory } from './search.ts';

/** As served at /territoires/communes.json: [name, département, position of its EPCI in `epcis` or −1] per commune. */
export interface CommuneIndex {
  departements: Record<string, string>;
  /** SIREN of the EPCI that have a factsheet. */
  epcis: string[];
  communes: [string, string, number][];
}

export interface PreparedCommunes {
  index: CommuneIndex;
  folded: string[];
}

export function prepareCommunes(index: CommuneIndex): PreparedCommunes {
  return { index, folded: index.communes.map(([nom]) => normalizeText(nom)) };
}

/**
 * Communes whose name starts with the query (then those containing every word), at most `limit`,
 * each as its EPCI factsheet and its département factsheet.
 */
export function searchCommunes(p: PreparedCommunes, query: string, limit = 8): SearchableTerritory[] {
  const terms = queryTerms(query);
  if (terms.length === 0 || terms.join('').length < 3) return [];
  const whole = terms.join(' ');
  const starts: number[] = [];
  const contains: number[] = [];
  p.folded.forEach((name, i) => {
    if (name.startsWith(whole)) starts.push(i);
    else if (terms.every((t) => name.includes(t))) contains.push(i);
  });
  const exact = (i: number) => (p.folded[i] === whole ? 0 : 1);
  starts.sort((a, b) => exact(a) - exact(b));
  const out: SearchableTerritory[] = [];
  for (const i of [...starts, ...contains].slice(0, limit)) {
    const [nom, dep, k] = p.index.communes[i]!;
    const epci = p.index.epcis[k];
    const depName = p.index.departements[dep] ?? dep;
    if (epci) out.push({ label: `${nom} (${dep})`, levelLabel: 'Commune → son intercommunalité', code: epci, href: `/territoires/epci/${epci}/` });
    out.push({ label: `${nom} (${dep})`, levelLabel: `Commune → département : ${depName}`, code: dep, href: `/territoires/departement/${dep}/` });
  }
  return out;
}
