// French formatting for the catalogue: file sizes, partial dates, result counts.
import { CONTINUOUS, UNDATED } from './vocabulary';
import { formatInteger, upTo } from '../format/numbers.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 12,3 Mo » (decimal units, as file managers in France show them). */
export function formatBytes(bytes: number): string {
  const units = ['o', 'ko', 'Mo', 'Go'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? formatInteger(value) : upTo(value, 1)}\u00a0${units[unit]}`;
}

/** « 2020 », « avril 2020 » or « 21 avril 2020 » from YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day) === 1 ? '1er' : Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The date a card shows: « avril 2020 », or « mis à jour régulièrement » for a resource updated in place. */
export function publicationText(item: { date?: string; continuous?: true; undated?: true }): string {
  if (item.continuous) return 'mis à jour régulièrement';
  if (item.undated) return 'non datée';
  return item.date ? formatPartialDate(item.date) : '';
}

/** The date a resource's page shows, in full: the edition's date, or how the producer updates it. */
export function publishedText(datePublished: string, dateAdded: string): string {
  if (datePublished === CONTINUOUS) return `Mis à jour régulièrement par le producteur (consulté le ${formatPartialDate(dateAdded)})`;
  if (datePublished === UNDATED) return 'Non datée par le producteur';
  return formatPartialDate(datePublished);
}

/** « 1 résultat », « 12 résultats », « Aucun résultat ». */
export function formatResultCount(count: number): string {
  if (count === 0) return 'Aucun résultat';
  return `${formatInteger(count)} résultat${count > 1 ? 's' : ''}`;
}

export { formatInteger };
