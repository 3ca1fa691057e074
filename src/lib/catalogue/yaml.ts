// Writes a catalogue entry as the YAML file a contributor submits (the proposal form's output).
// Texts are written as double-quoted JSON strings, which YAML reads back unchanged.
import type { Resource } from './schema';
import { slugify } from './normalize';

const ORDER: (keyof Resource)[] = [
  'title', 'description', 'themes', 'type', 'producer', 'datePublished', 'dateAdded',
  'licence', 'coverage', 'period', 'formats', 'keywords', 'link', 'url',
];

function scalar(value: string): string {
  return JSON.stringify(value);
}

/** The entry as YAML, fields in the catalogue's order, optional fields left out when empty. */
export function resourceToYaml(entry: Resource): string {
  const lines: string[] = [];
  for (const key of ORDER) {
    const value = entry[key];
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      lines.push(`${key}:`);
      for (const item of value) lines.push(`  - ${scalar(item)}`);
    } else {
      lines.push(`${key}: ${scalar(String(value))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** File name for an entry: its title as a slug, `.yaml`. */
export function resourceFileName(entry: Pick<Resource, 'title'>): string {
  return `${slugify(entry.title) || 'ressource'}.yaml`;
}
