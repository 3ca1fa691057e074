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
