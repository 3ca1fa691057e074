// The schema of a catalogue entry, used by the content collection at build time and by the
// proposal form in the browser, so a proposed entry is checked by exactly the rules of the build.
// Every message is in French and names the field, because contributors read them.
import { z } from 'astro/zod';
import { ALL_THEMES, CONTINUOUS, THEME_LABELS, TYPE_LABELS, UNDATED } from './vocabulary';

export { CONTINUOUS, UNDATED };

/** French names of the fields, as the form and the error messages show them. */
export const FIELD_LABELS = {
  title: 'Titre',
  description: 'Description courte',
  themes: 'Thématiques',
  type: 'Type',
  producer: 'Producteur',
  datePublished: 'Date de publication',
  dateAdded: 'Date d’ajout',
  licence: 'Licence',
  coverage: 'Couverture territoriale',
  period: 'Période couverte',
  formats: 'Formats',
  keywords: 'Mots-clés',
  link: 'Lien interne',
  url: 'Adresse externe',
} as const;
export type FieldName = keyof typeof FIELD_LABELS;

/** What can be updated in place: a site, a dataset or a map; an article or a document has an edition. */
const CONTINUOUS_TYPES: readonly string[] = ['Site web', 'Données brutes', 'Carte thématique'];
const DATE_PUBLISHED_FORMAT = `« ${FIELD_LABELS.datePublished} » : écrire AAAA, AAAA-MM ou AAAA-MM-JJ (date existante), « ${CONTINUOUS} » pour un site ou des données mis à jour sans édition datée, ou « ${UNDATED} » si le producteur n’en donne aucune.`;

const required = (field: FieldName) => `« ${FIELD_LABELS[field]} » est obligatoire.`;

/** A trimmed single-line or short text, with French messages naming the field. */
function text(field: FieldName, min: number, max: number) {
  return z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? required(field) : `« ${FIELD_LABELS[field]} » doit être un texte.`) })
    .trim()
    .min(1, { error: required(field), abort: true })
    .min(min, { error: `« ${FIELD_LABELS[field]} » doit compter au moins ${min} caractères.` })
    .max(max, { error: `« ${FIELD_LABELS[field]} » ne doit pas dépasser ${max} caractères.` });
}

/** A list of short texts (formats, keywords), at least one, without duplicates. */
function textList(field: FieldName) {
  return z
    .array(z.string().trim().min(1, { error: `« ${FIELD_LABELS[field]} » contient une valeur vide.` }).max(80), {
      error: (iss) => (iss.input === undefined ? required(field) : `« ${FIELD_LABELS[field]} » doit être une liste.`),
    })
    .min(1, { error: `« ${FIELD_LABELS[field]} » : indiquez au moins une valeur.` })
    .refine((list) => new Set(list.map((v) => v.toLowerCase())).size === list.length, {
      error: `« ${FIELD_LABELS[field]} » contient des doublons.`,
    });
}

/** YAML reads `2024-05-01` as a Date and `2020` as a number: bring both back to text. */
function dateToText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}

/** True for an existing calendar day written YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for YYYY, YYYY-MM (valid month) or a valid YYYY-MM-DD. */
export function isPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  const m = /^\d{4}-(\d{2})$/.exec(value);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12;
  return isCalendarDay(value);
}

/**
 * An address on this site: a page (`/methodologie/`, ending with a slash) or a file
 * (`/donnees/placettes.parquet`); lower-case segments, no query, no fragment.
 */
export const INTERNAL_LINK = /^\/(?:[a-z0-9][a-z0-9._-]*\/)*(?:[a-z0-9][a-z0-9._-]*\.[a-z0-9]+)?$/;

export const resourceSchema = z
  .strictObject(
    {
      /** Title of the resource, as its producer names it. */
      title: text('title', 3, 200),
      /** One or two sentences saying what the resource offers; shown in lists and searched. */
      description: text('description', 20, 600),
      /** The themes it concerns: one or several of the six, or « toutes » when it concerns every theme. */
      themes: z
        .union([z.literal(ALL_THEMES), z.array(z.enum(THEME_LABELS))], {
          error: `« ${FIELD_LABELS.themes} » : « toutes » ou une liste parmi : ${THEME_LABELS.join(' ; ')}.`,
        })
        .refine((v) => v === ALL_THEMES || v.length > 0, { error: `« ${FIELD_LABELS.themes} » : choisissez au moins une thématique.` })
        .refine((v) => v === ALL_THEMES || new Set(v).size === v.length, { error: `« ${FIELD_LABELS.themes} » contient des doublons.` }),
      /** Kind of resource: article, map, raw data, document or web site. */
      type: z.enum(TYPE_LABELS, { error: `« ${FIELD_LABELS.type} » : une valeur parmi ${TYPE_LABELS.join(' ; ')}.` }),
      /** Organisation that produces and publishes the resource. */
      producer: text('producer', 2, 200),
      /**
       * Date of publication, or of the latest update, of the version the entry describes, as precise
       * as the producer states it (YYYY, YYYY-MM or YYYY-MM-DD); « en continu » for a site, dataset
       * or map updated in place, shown with the day it was consulted (`dateAdded`); « non datée »
       * when the producer states no date. Required, so that sorting by date leaves nothing out unseen.
       */
      datePublished: z.preprocess(
        dateToText,
        z
          .string({ error: (iss) => (iss.input === undefined ? `${required('datePublished')} ${DATE_PUBLISHED_FORMAT}` : DATE_PUBLISHED_FORMAT) })
          .refine((v) => v === CONTINUOUS || v === UNDATED || isPartialDate(v), { error: DATE_PUBLISHED_FORMAT }),
      ),
      /** Day the entry was added to this catalogue (YYYY-MM-DD). */
      dateAdded: z.preprocess(
        dateToText,
        z
          .string({ error: (iss) => (iss.input === undefined ? required('dateAdded') : `« ${FIELD_LABELS.dateAdded} » : écrire AAAA-MM-JJ.`) })
          .refine(isCalendarDay, { error: `« ${FIELD_LABELS.dateAdded} » : écrire AAAA-MM-JJ (date existante).` }),
      ),
      /** Licence or terms of reuse, as the producer states them. */
      licence: text('licence', 2, 200),
      /** Territory the resource covers, e.g. « France métropolitaine ». */
      coverage: text('coverage', 2, 200),
      /** Period the content covers, when it has one, e.g. « 2005-2019 ». */
      period: text('period', 4, 60).optional(),
      /** File formats or media, e.g. « Parquet », « CSV », « Page web ». */
      formats: textList('formats'),
      /** Keywords that help find the resource and relate it to others. */
      keywords: textList('keywords'),
      /** Address of a page or file of this site, starting with « / »; give it or `url`, not both. */
      link: z
        .string()
        .trim()
        .regex(INTERNAL_LINK, {
          error: `« ${FIELD_LABELS.link} » : une adresse de ce site commençant par « / », en minuscules, par exemple /donnees/placettes.parquet ou /methodologie/.`,
        })
        .optional(),
      /** External address (https://…) of the resource; give it or `link`, not both. */
      url: z
        .url({ protocol: /^https?$/, error: `« ${FIELD_LABELS.url} » : une adresse complète commençant par https://.` })
        .trim()
        .optional(),
    },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? `Champ inconnu : ${iss.keys.join(', ')}. Champs possibles : ${Object.keys(FIELD_LABELS).join(', ')}.`
          : iss.code === 'invalid_type'
            ? 'Une entrée doit être un ensemble de champs (clé : valeur).'
            : undefined,
    },
  )
  .superRefine((entry, ctx) => {
    const message = addressProblem(entry);
    if (message) ctx.addIssue({ code: 'custom', path: ['url'], message });
    const dating = continuousProblem(entry);
    if (dating) ctx.addIssue({ code: 'custom', path: ['datePublished'], message: dating });
  });

/** « en continu » is for sites, datasets and maps: an article or a document has an edition with a date. */
function continuousProblem(entry: { datePublished?: unknown; type?: unknown }): string | undefined {
  if (entry.datePublished !== CONTINUOUS || CONTINUOUS_TYPES.includes(String(entry.type))) return undefined;
  return `« ${FIELD_LABELS.datePublished} » : « ${CONTINUOUS} » est réservé aux sites web, aux données et aux cartes ; pour un « ${String(entry.type)} », donnez la date de l’édition décrite (AAAA, AAAA-MM ou AAAA-MM-JJ).`;
}

/** What is wrong with an entry's address: both given, or neither; undefined when exactly one is. */
function addressProblem(entry: { link?: unknown; url?: unknown }): string | undefined {
  if (entry.link && entry.url) return `Donnez « ${FIELD_LABELS.link} » ou « ${FIELD_LABELS.url} », pas les deux.`;
  if (!entry.link && !entry.url) return `Donnez « ${FIELD_LABELS.link} » (page ou fichier de ce site) ou « ${FIELD_LABELS.url} ».`;
  return undefined;
}

/** A catalogue entry as written in `src/content/ressources/*.yaml`. */
export type Resource = z.output<typeof resourceSchema>;

export interface FieldError {
  /** The field the message is about; `null` when it concerns the whole entry. */
  field: FieldName | null;
  message: string;
}

/** Checks a candidate entry and returns its errors by field (empty when it is valid). */
export function validateResource(candidate: unknown): { ok: true; value: Resource } | { ok: false; errors: FieldError[] } {
  const result = resourceSchema.safeParse(candidate);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => {
    const head = issue.path[0];
    const field = typeof head === 'string' && head in FIELD_LABELS ? (head as FieldName) : null;
    return { field, message: issue.message };
  });
  // The address rule runs only on an otherwise valid entry: report it now too, so that every
  // problem is listed at once.
  const address = candidate && typeof candidate === 'object' ? addressProblem(candidate as { link?: unknown; url?: unknown }) : undefined;
  if (address && !errors.some((e) => e.message === address)) errors.push({ field: 'url', message: address });
  const dating = candidate && typeof candidate === 'object' ? continuousProblem(candidate as { datePublished?: unknown; type?: unknown }) : undefined;
  if (dating && !errors.some((e) => e.message === dating)) errors.push({ field: 'datePublished', message: dating });
  return { ok: false, errors };
}
