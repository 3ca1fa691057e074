// The source manifest (data/sources.json): its zod schema and its loader.
// Every upstream file the pipeline may read is listed with where it comes from, its licence,
// its sha256 and the columns (and row counts) the pipeline expects, so a changed file stops the build.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PipelineError } from './errors.ts';
import { manifestPath } from './paths.ts';

/** One CSV file: its header as parsed (BOM and quotes removed) and its number of data rows. */
export const CsvShape = z.object({
  /** Column separator. */
  delimiter: z.enum([';', ',']),
  /** Column names in file order, exactly as the producer writes them. */
  columns: z.array(z.string()).min(1),
  /** Number of data rows (lines after the header). */
  rows: z.number().int().nonnegative(),
});

/** A CSV inside a zip archive. */
export const ZipMember = CsvShape.extend({
  /** Path of the member inside the archive. */
  name: z.string(),
});

export const Source = z.object({
  /** Stable identifier used by the pipeline scripts, e.g. `ifn-2019`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Organisation that publishes the file. */
  producer: z.string().min(1),
  /** Title of the data set, in French, as the producer names it. */
  title: z.string().min(1),
  /** Publisher's landing page (not a guessed download address). */
  landingPage: z.string().url(),
  /** Licence of reuse. */
  licence: z.string().min(1),
  /** Path of the file inside the source mirror (`SOURCE_DATA_DIR`). */
  path: z.string().min(1),
  /** SHA-256 of the file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** File format. */
  format: z.enum(['zip', 'csv', 'geojson']),
  /** For a CSV: its shape. */
  csv: CsvShape.optional(),
  /** For a zip: the CSV members the pipeline reads (PDFs are not listed). */
  members: z.array(ZipMember).optional(),
  /** For a GeoJSON: the property names of its features and the number of features. */
  geojson: z.object({ properties: z.array(z.string()), features: z.number().int().positive() }).optional(),
  /** Whether the pipeline reads this file (others are listed for completeness). */
  used: z.boolean(),
  /** Free notes: caveats of the file (coverage, traps). */
  notes: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const Manifest = z.object({
  /** Bumped when the structure of this file changes. */
  version: z.literal(1),
  sources: z.array(Source).min(1),
});
export type Manifest = z.infer<typeof Manifest>;

export function loadManifest(file = manifestPath()): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new PipelineError(`Le manifeste des sources est illisible : ${(e as Error).message}`, { file });
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PipelineError(`Le manifeste des sources est invalide : ${issue.message}`, {
      file,
      column: issue.path.join('.'),
    });
  }
  const ids = new Set<string>();
  for (const s of parsed.data.sources) {
    if (ids.has(s.id)) throw new PipelineError(`Identifiant de source en double : ${s.id}`, { file });
    ids.add(s.id);
  }
  return parsed.data;
}
