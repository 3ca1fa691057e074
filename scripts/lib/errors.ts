// The one error type of the pipeline: says which file, column and row is wrong, in French, for a new user.

export interface Where {
  /** File as the user knows it, e.g. `ifn/annual/2019-fr.zip › 2019-fr/arbres_foret_2019.csv`. */
  file?: string;
  column?: string;
  /** 1-based line number in the CSV file, header being line 1. */
  line?: number;
  value?: string;
}

export class PipelineError extends Error {
  readonly where: Where;
  constructor(message: string, where: Where = {}) {
    const parts: string[] = [];
    if (where.file) parts.push(`fichier ${where.file}`);
    if (where.column) parts.push(`colonne « ${where.column} »`);
    if (where.line !== undefined) parts.push(`ligne ${where.line}`);
    if (where.value !== undefined) parts.push(`valeur « ${where.value} »`);
    super(parts.length ? `${message}\n  → ${parts.join(', ')}` : message);
    this.name = 'PipelineError';
    this.where = where;
  }
}

/**
 * A French message when the system refuses a file operation (permissions, read-only or full disk),
 * naming the path, or undefined for any other error. Covers Node's errors (`code`, `path`) and
 * DuckDB's (« IO Error: Cannot open file "…": Permission denied »).
 */
export function fileSystemDenial(e: unknown): string | undefined {
  const err = e as { code?: string; path?: string; message?: string } | null;
  const message = err?.message ?? '';
  const path = err?.path ?? /file "([^"]+)"/.exec(message)?.[1];
  const where = path ? ` : ${path}` : '';
  const hint = ' Vérifiez les droits sur le dossier de sortie (variable DATA_OUT_DIR) et l’espace disque.';
  if (err?.code === 'EACCES' || err?.code === 'EPERM' || /Permission denied/i.test(message)) return `Écriture ou lecture refusée par le système${where}.${hint}`;
  if (err?.code === 'EROFS' || /Read-only file system/i.test(message)) return `Système de fichiers en lecture seule${where}.${hint}`;
  if (err?.code === 'ENOSPC' || /No space left/i.test(message)) return `Disque plein${where}.${hint}`;
  if (err?.code === 'ENOTDIR' || err?.code === 'EEXIST') return `Impossible de créer le dossier${where} : un élément du chemin est un fichier.${hint}`;
  return undefined;
}
