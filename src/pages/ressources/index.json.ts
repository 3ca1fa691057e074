// The catalogue's index: every resource as the browser filters and renders it.
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../components/catalogue/loadCatalogue';

export const GET: APIRoute = async () => {
  const entries = await loadCatalogue();
  return new Response(JSON.stringify(entries.map((e) => e.item)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
