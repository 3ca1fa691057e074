// Reads the shape of a CSV text (separator, header, row count) without parsing every field:
// used to record the manifest and to check a file's columns before loading it.
import type { z } from 'zod';
import type { CsvShape } from './manifest.ts';

export type Shape = z.infer<typeof CsvShape>;

/** Splits a header line, removing the BOM, surrounding quotes and trailing CR. */
export function parseHeader(line: string, delimiter: ';' | ','): string[] {
  return line
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '')
    .split(delimiter)
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

export function detectDelimiter(headerLine: string): ';' | ',' {
  const semi = headerLine.split(';').length;
  const comma = headerLine.split(',').length;
  return semi >= comma ? ';' : ',';
}

/** Counts data rows as non-empty lines after the header (the producers' files have no quoted newlines). */
export function csvShape(text: string): Shape {
  const firstEnd = text.indexOf('\n');
  const header = firstEnd === -1 ? text : text.slice(0, firstEnd);
  const delimiter = detectDelimiter(header);
  let rows = 0;
  let start = firstEnd + 1;
  while (firstEnd !== -1 && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.slice(start, end).trim() !== '') rows++;
    start = end + 1;
  }
  return { delimiter, columns: parseHeader(header, delimiter), rows };
}
