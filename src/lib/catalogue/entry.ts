// From a catalogue entry (as validated by the schema) to the record the catalogue lists,
// given what the build knows of its internal target (does it exist, how big is the file).
import type { CatalogueItem } from './item';
import { CONTINUOUS, UNDATED, type Resource } from './schema';
import { themeSlug, typeSlug } from './vocabulary';

/** What the build found at an internal link. */
export interface LinkTarget {
  /** True when the page or file exists in this build of the site. */
  exists: boolean;
  /** Size of the file in bytes, for a file. */
  size?: number;
}

/** True when an internal link names a file (its last segment has an extension) rather than a page. */
export function isFileLink(link: string): boolean {
  return /\.[a-z0-9]+$/.test(link);
}

export function toCatalogueItem(slug: string, entry: Resource, target: LinkTarget | undefined): CatalogueItem {
  const item: CatalogueItem = {
    slug,
    title: entry.title,
    description: entry.description,
    themes: entry.themes === 'toutes' ? 'toutes' : entry.themes.map(themeSlug),
    type: typeSlug(entry.type),
    producer: entry.producer,
    external: Boolean(entry.url),
    download: Boolean(entry.link && isFileLink(entry.link)),
    formats: entry.formats,
  };
  if (entry.datePublished === CONTINUOUS) {
    item.date = entry.dateAdded;
    item.continuous = true;
  } else if (entry.datePublished === UNDATED) item.undated = true;
  else item.date = entry.datePublished;
  if (entry.keywords?.length) item.keywords = entry.keywords;
  if (entry.url) item.href = entry.url;
  else if (entry.link && target?.exists) {
    item.href = entry.link;
    if (target.size !== undefined) item.size = target.size;
  }
  return item;
}
