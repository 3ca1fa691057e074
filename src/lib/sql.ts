// SQL text written by code (table files, category codes, species lists): the one way this project
// quotes a value into DuckDB's SQL. Values from users never go through here: they are bound
// parameters ($1, $2…).

/** A quoted SQL string literal: « l'Aube » → « 'l''Aube' ». */
export const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** A list of SQL string literals, for `IN (…)`: ['02', '17C'] → « '02', '17C' ». */
export const sqlStrings = (values: readonly string[]): string => values.map(sqlString).join(', ');

/** A quoted SQL identifier (a column or table name). */
export const sqlIdentifier = (s: string): string => `"${s.replaceAll('"', '""')}"`;
