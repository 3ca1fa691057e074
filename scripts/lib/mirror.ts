// Access to the source mirror through the manifest: checks that each file exists, has the expected
// columns and the recorded sha256, and extracts zip members to a temp folder for DuckDB to read.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { csvShape, type Shape } from './csvShape.ts';
import { PipelineError } from './errors.ts';
import { sha256 } from './hash.ts';
import { loadManifest, type Manifest, type Source } from './manifest.ts';
import { sourceDir } from './paths.ts';
import { unzipCsv } from './zip.ts';

export class Mirror {
  readonly dir: string;
  readonly manifest: Manifest;
  private tmp: string | null = null;
  private readonly extracted = new Map<string, Map<string, string>>();
  private readonly verified = new Set<string>();

  constructor(manifest: Manifest = loadManifest(), dir = sourceDir()) {
    this.manifest = manifest;
    this.dir = dir;
  }

  source(id: string): Source {
    const s = this.manifest.sources.find((x) => x.id === id);
    if (!s) throw new PipelineError(`Source inconnue du manifeste : ${id}`);
    return s;
  }

  /** Sources whose id matches a prefix, in manifest order (e.g. every `ifn-20xx` campaign). */
  sources(filter: (s: Source) => boolean): Source[] {
    return this.manifest.sources.filter(filter);
  }

  label(s: Source, member?: string): string {
    return member ? `${s.path} › ${member}` : s.path;
  }

  private abs(s: Source): string {
    return path.join(this.dir, s.path);
  }

  private async read(s: Source): Promise<Buffer> {
    const file = this.abs(s);
    if (!existsSync(this.dir))
      throw new PipelineError(
        `Dossier miroir des données sources introuvable : ${this.dir}. Placez le miroir à côté du dépôt ` +
          `(../shared/data) ou indiquez son chemin dans la variable SOURCE_DATA_DIR.`,
      );
    if (!existsSync(file))
      throw new PipelineError(
        `Fichier source absent du miroir (${this.dir}). Vérifiez SOURCE_DATA_DIR ou recopiez le fichier ` +
          `depuis ${s.landingPage} (${s.producer}).`,
        { file: s.path },
      );
    return readFile(file);
  }

  /** Checks every used source's sha256 (cheap: ~70 MB hashed); on a mismatch, finds the precise cause. */
  async verifyAll(): Promise<Map<string, string>> {
    const hashes = new Map<string, string>();
    for (const s of this.manifest.sources.filter((x) => x.used)) hashes.set(s.id, await this.verify(s));
    return hashes;
  }

  async verify(s: Source): Promise<string> {
    if (this.verified.has(s.id)) return s.sha256;
    const bytes = await this.read(s);
    const digest = sha256(bytes);
    if (digest !== s.sha256) {
      // Say what changed when we can (corrupt archive, renamed column), else that the bytes differ.
      this.checkShapes(s, bytes);
      throw new PipelineError(
        `Le fichier source a changé depuis l'enregistrement du manifeste (sha256 attendu ${s.sha256.slice(0, 12)}…, ` +
          `obtenu ${digest.slice(0, 12)}…). S'il s'agit d'une nouvelle publication voulue, relancez ` +
          `« npx tsx scripts/update-manifest.ts » puis vérifiez le diff de data/sources.json.`,
        { file: s.path },
      );
    }
    this.verified.add(s.id);
    return digest;
  }

  private checkShapes(s: Source, bytes: Uint8Array): void {
    if (s.format === 'zip') {
      const files = unzipCsv(bytes, s.path);
      for (const m of s.members ?? []) {
        const data = files.get(m.name);
        if (!data) throw new PipelineError(`Fichier attendu absent de l'archive : ${m.name}`, { file: s.path });
        checkShape(m, csvShape(new TextDecoder().decode(data)), this.label(s, m.name));
      }
    } else if (s.format === 'csv' && s.csv) {
      checkShape(s.csv, csvShape(new TextDecoder().decode(bytes)), s.path);
    } else if (s.format === 'geojson' && s.geojson) {
      checkGeojson(s.geojson, new TextDecoder().decode(bytes), s.path);
    }
  }

  /** Path of a plain source file after verification. */
  async file(id: string): Promise<string> {
    const s = this.source(id);
    await this.verify(s);
    return this.abs(s);
  }

  /** Text of a plain source file after verification (BOM removed). */
  async text(id: string): Promise<string> {
    return (await readFile(await this.file(id), 'utf8')).replace(/^\uFEFF/, '');
  }

  /** Extracts a zip's CSV members to a temp folder; checks each member's header and row count. */
  async members(id: string): Promise<Map<string, string>> {
    const done = this.extracted.get(id);
    if (done) return done;
    const s = this.source(id);
    const bytes = await this.read(s);
    await this.verify(s);
    const files = unzipCsv(bytes, s.path);
    this.tmp ??= await mkdtemp(path.join(os.tmpdir(), 'observatoire-sources-'));
    const out = new Map<string, string>();
    for (const m of s.members ?? []) {
      const data = files.get(m.name);
      if (!data) throw new PipelineError(`Fichier attendu absent de l'archive : ${m.name}`, { file: s.path });
      checkShape(m, csvShape(new TextDecoder().decode(data)), this.label(s, m.name));
      const dest = path.join(this.tmp, s.id, m.name);
      await mkdir(path.dirname(dest), { recursive: true });
      await writeFile(dest, data);
      out.set(m.name, dest);
    }
    this.extracted.set(id, out);
    return out;
  }

  /** The temporary folder of extracted archives, if any (removed by close, or on interruption). */
  get tempDir(): string | null {
    return this.tmp;
  }

  async close(): Promise<void> {
    if (this.tmp) await rm(this.tmp, { recursive: true, force: true });
    this.tmp = null;
    this.extracted.clear();
  }
}

/**
 * Checks a GeoJSON file against the manifest: readable JSON (a truncated download is not), a
 * FeatureCollection with the recorded number of features and properties.
 */
export function checkGeojson(expected: { properties: string[]; features: number }, text: string, label: string): void {
  if (text.trim() === '') throw new PipelineError('Fichier GeoJSON vide (0 octet)', { file: label });
  let data: { type?: unknown; features?: { properties?: Record<string, unknown> | null }[] };
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new PipelineError(`Fichier GeoJSON illisible, probablement tronqué (${(e as Error).message})`, { file: label });
  }
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features))
    throw new PipelineError('Le fichier n’est pas une collection d’objets GeoJSON (FeatureCollection)', { file: label });
  if (data.features.length !== expected.features)
    throw new PipelineError(`Nombre d’objets inattendu : ${data.features.length} au lieu de ${expected.features}`, { file: label });
  const properties = Object.keys(data.features[0]?.properties ?? {});
  const missing = expected.properties.find((p) => !properties.includes(p));
  if (missing) throw new PipelineError('Propriété attendue absente des objets', { file: label, column: missing });
}

/** Compares a file's header and row count with the manifest; names the first differing column. */
export function checkShape(expected: Shape, actual: Shape, label: string): void {
  if (actual.rows === 0 && actual.columns.every((c) => c === ''))
    throw new PipelineError('Fichier vide : ni en-tête ni ligne de données', { file: label });
  if (expected.delimiter !== actual.delimiter)
    throw new PipelineError(`Séparateur de colonnes inattendu : « ${actual.delimiter} » au lieu de « ${expected.delimiter} »`, {
      file: label,
      line: 1,
    });
  const missing = expected.columns.filter((c) => !actual.columns.includes(c));
  const extra = actual.columns.filter((c) => !expected.columns.includes(c));
  if (missing.length) {
    const hint = extra.length ? ` (colonne inattendue trouvée : « ${extra[0]} » ; renommée ?)` : '';
    throw new PipelineError(`Colonne attendue absente${hint}`, { file: label, column: missing[0]!, line: 1 });
  }
  if (extra.length) throw new PipelineError(`Colonne inattendue`, { file: label, column: extra[0]!, line: 1 });
  if (expected.columns.join('\u0000') !== actual.columns.join('\u0000'))
    throw new PipelineError(`Ordre des colonnes modifié`, { file: label, line: 1 });
  if (expected.rows !== actual.rows)
    throw new PipelineError(`Nombre de lignes inattendu : ${actual.rows} au lieu de ${expected.rows}`, { file: label });
}
