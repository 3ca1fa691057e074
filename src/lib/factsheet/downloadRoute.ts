// One static download per territory (/territoires/telechargements/{territoire}…): the routes of the
// factsheet's files differ only by what they read and how they write it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTerritories, territoryKey, type Territory } from '../territories/catalog.ts';

export const CSV = 'text/csv; charset=utf-8';
export const PARQUET = 'application/vnd.apache.parquet';

/** `read` of a download that every territory has. */
export const EVERY_TERRITORY = async (): Promise<true> => true;

/**
 * The `getStaticPaths` and `GET` of a download: `read` gives a territory's data, or nothing where the
 * territory has none (no file is built for it), and is kept for every path until the build writes
 * it; `write` turns it into the file's content. A file every territory has passes `EVERY_TERRITORY`
 * and does its work in `write`, one territory at a time.
 */
export function territoryDownload<T>(
  contentType: string,
  read: (territory: Territory) => Promise<T | null | undefined>,
  write: (territory: Territory, data: T) => string | Uint8Array | Promise<string | Uint8Array>,
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const paths = [];
      for (const territory of await loadTerritories()) {
        const data = await read(territory);
        if (data != null) paths.push({ params: { key: territoryKey(territory) }, props: { territory, data } });
      }
      return paths;
    },
    GET: async ({ props }) => {
      const { territory, data } = props as { territory: Territory; data: T };
      return new Response((await write(territory, data)) as BodyInit, { headers: { 'content-type': contentType } });
    },
  };
}
