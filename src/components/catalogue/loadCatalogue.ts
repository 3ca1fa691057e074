// Build-time loading of the catalogue: the validated entries of the `ressources` collection, with
// what the build knows of each internal target (does the page or file exist; a file's size, and
// for Parquet its rows and columns, read from the file's footer). Runs in Node only, never in the browser.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { parquetMetadata } from 'hyparquet';
import { routeExists } from '../../lib/siteMap';
import { routeFiles } from '../../lib/routeFiles';
import { isFileLink, toCatalogueItem, type LinkTarget } from '../../lib/catalogue/entry';
import type { CatalogueItem } from '../../lib/catalogue/item';
import type { Resource } from '../../lib/catalogue/schema';

export interface FileFacts {
  /** Size in bytes of the built file. */
  size: number;
  /** Number of rows, for a Parquet file. */
  rows?: number;
  /** Top-level columns and their stored type, for a Parquet file. */
  columns?: { name: string; type: string }[];
}

export interface CatalogueEntry {
  slug: string;
  data: Resource;
  /** The record listed by the catalogue (and shipped in its JSON index). */
  item: CatalogueItem;
  /** Facts about the internal file, when the entry links to a file present in this build. */
  file?: FileFacts;
}

const TYPE_LABELS: Record<string, string> = {
  INT_8: 'entier (8 bits)', INT_16: 'entier (16 bits)', INT_32: 'entier (32 bits)', INT_64: 'entier (64 bits)',
  UINT_8: 'entier positif (8 bits)', UINT_16: 'entier positif (16 bits)', UINT_32: 'entier positif (32 bits)', UINT_64: 'entier positif (64 bits)',
  INT32: 'entier (32 bits)', INT64: 'entier (64 bits)', FLOAT: 'décimal (32 bits)', DOUBLE: 'décimal (64 bits)',
  UTF8: 'texte', STRING: 'texte', BOOLEAN: 'booléen', DATE: 'date', DECIMAL: 'décimal exact', TIMESTAMP: 'horodatage',
};

/** The stored type in words; the Parquet name when it has no French one here. */
function typeLabel(raw: string): string {
  return TYPE_LABELS[raw] ?? raw;
}

/** Parquet footer only: row count and top-level schema, without reading the whole file. */
function parquetFacts(path: string, size: number): Pick<FileFacts, 'rows' | 'columns'> {
  const fd = openSync(path, 'r');
  try {
    const tail = Buffer.alloc(8);
    readSync(fd, tail, 0, 8, size - 8);
    const footerLength = tail.readUInt32LE(0);
    const buffer = Buffer.alloc(footerLength + 8);
    readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    const metadata = parquetMetadata(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    const columns: { name: string; type: string }[] = [];
    // The schema is a flattened tree: skip the root, keep its direct children only.
    let i = 1;
    while (i < metadata.schema.length) {
      const element = metadata.schema[i]!;
      columns.push({ name: element.name, type: typeLabel(String(element.logical_type?.type ?? element.converted_type ?? element.type ?? 'STRUCT')) });
      let skip = element.num_children ?? 0;
      i++;
      while (skip > 0 && i < metadata.schema.length) {
        skip += metadata.schema[i]!.num_children ?? 0;
        skip--;
        i++;
      }
    }
    return { rows: Number(metadata.num_rows), columns };
  } finally {
    closeSync(fd);
  }
}

/**
 * What exists at an internal link in this build: a route file for a page (or, for an article, its
 * entry in the `thematiques` collection, which a dynamic route turns into a page), a file under
 * public/ for a file.
 */
function resolveInternal(link: string, articles: ReadonlySet<string>): { target: LinkTarget; file?: FileFacts } {
  const article = /^\/thematiques\/([^/]+)\/$/.exec(link)?.[1];
  if (article !== undefined) return { target: { exists: articles.has(article) } };
  if (!isFileLink(link)) return { target: { exists: routeExists(link, routeFiles) } };
  const path = join(process.cwd(), 'public', link);
  if (!existsSync(path)) return { target: { exists: false } };
  const size = statSync(path).size;
  const file: FileFacts = { size, ...(link.endsWith('.parquet') ? parquetFacts(path, size) : {}) };
  return { target: { exists: true, size }, file };
}

let cache: Promise<CatalogueEntry[]> | undefined;

/** Every catalogue entry, in title order, resolved against this build. */
export function loadCatalogue(): Promise<CatalogueEntry[]> {
  cache ??= Promise.all([getCollection('ressources'), getCollection('thematiques')]).then(([entries, themes]) => {
    const articles = new Set(themes.map((t) => t.id));
    return entries
      .map(({ id, data }) => {
        const resolved = data.link ? resolveInternal(data.link, articles) : undefined;
        const entry: CatalogueEntry = { slug: id, data, item: toCatalogueItem(id, data, resolved?.target) };
        if (resolved?.file) entry.file = resolved.file;
        return entry;
      })
      .sort((a, b) => a.data.title.localeCompare(b.data.title, 'fr'));
  });
  return cache;
}
