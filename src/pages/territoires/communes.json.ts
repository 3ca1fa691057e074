// The commune index of the territory picker, fetched only when the user types: every commune of
// 2018 with its département and the position of its intercommunalité in `epcis`. Compact arrays keep it small.
import type { APIRoute } from 'astro';
import { loadCommunes, loadEpcis } from '../../lib/epci/data';
import { loadTerritories } from '../../lib/territories/catalog';
import type { CommuneIndex } from '../../lib/territories/communeSearch';

export const GET: APIRoute = async () => {
  const epcis = (await loadEpcis()).map((e) => e.siren);
  const position = new Map(epcis.map((siren, i) => [siren, i]));
  const deps = Object.fromEntries((await loadTerritories()).filter((t) => t.level === 'departement').map((t) => [t.code, t.nom]));
  const index: CommuneIndex = {
    departements: deps,
    epcis,
    communes: (await loadCommunes()).map((c) => [c.nom, c.dep, c.epci === null ? -1 : (position.get(c.epci) ?? -1)]),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
