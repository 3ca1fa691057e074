// Unzips the CSV members of an archive in memory (fflate), with an error a user understands.
import { unzipSync } from 'fflate';
import { PipelineError } from './errors.ts';

export function unzipCsv(bytes: Uint8Array, label: string): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.toLowerCase().endsWith('.csv') });
  } catch (e) {
    throw new PipelineError(
      `L'archive est corrompue ou tronquée (${(e as Error).message}). ` +
        `Recopiez-la depuis le site du producteur ou depuis le miroir de référence.`,
      { file: label },
    );
  }
  return new Map(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}
