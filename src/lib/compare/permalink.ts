// The comparison page's state in its URL: `?t=departement-33,departement-40` (two to four
// territories). Parsing is strict and explains every problem, so a bad link shows a message.

export const MIN_TERRITORIES = 2;
export const MAX_TERRITORIES = 4;

export interface ParsedSelection {
  /** Valid, distinct territory keys, in the order given. */
  keys: string[];
  /** Messages for the reader, in French; empty when the selection is valid. */
  errors: string[];
}

export function parseSelection(search: string, known: ReadonlySet<string>): ParsedSelection {
  const params = new URLSearchParams(search);
  const raw = params.getAll('t').flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  const keys: string[] = [];
  const errors: string[] = [];
  for (const key of raw) {
    if (!known.has(key)) errors.push(`Territoire inconnu : « ${key} ». Les codes s’écrivent par exemple « departement-33 », « region-75 », « ser-F21 », « greco-F » ou « france ».`);
    else if (!keys.includes(key)) keys.push(key);
  }
  if (raw.length > 0 && keys.length > MAX_TERRITORIES) {
    errors.push(`Vous avez choisi ${keys.length} territoires : la comparaison en affiche ${MAX_TERRITORIES} au plus ; seuls les ${MAX_TERRITORIES} premiers sont comparés.`);
    keys.length = MAX_TERRITORIES;
  }
  if (raw.length > 0 && keys.length < MIN_TERRITORIES && errors.length === 0) {
    errors.push(`Choisissez au moins ${MIN_TERRITORIES} territoires différents à comparer.`);
  }
  return { keys, errors };
}

export function selectionSearch(keys: readonly string[]): string {
  return keys.length ? `?t=${keys.join(',')}` : '';
}
