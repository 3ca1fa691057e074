// Turns decoded Parquet columns into Arrow IPC bytes for DuckDB-WASM. Columns become typed
// arrays with a validity bitmap (no per-value boxing), strings become dictionary vectors (species
// and class codes repeat a lot). IPC bytes, not an Arrow Table object, because DuckDB-WASM bundles
// its own apache-arrow version and checks classes with instanceof.
import { Dictionary, Field, Float64, Int32, Schema, Utf8, RecordBatch, Table, makeData, tableToIPC, vectorFromArray, Struct } from 'apache-arrow';

/** Arrow type of a column of the explorer's tables. */
export type ColumnKind = 'int' | 'double' | 'string' | 'bool';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
}

/** Validity bitmap (1 = value present), or null when every value is present. */
function validity(values: ArrayLike<unknown>): { bitmap: Uint8Array | null; nulls: number } {
  const n = values.length;
  let nulls = 0;
  for (let i = 0; i < n; i++) if (values[i] === null || values[i] === undefined) nulls++;
  if (nulls === 0) return { bitmap: null, nulls: 0 };
  const bitmap = new Uint8Array(Math.ceil(n / 8));
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) bitmap[i >> 3]! |= 1 << (i & 7);
  }
  return { bitmap, nulls };
}

function numberData(values: ArrayLike<unknown>, kind: 'int' | 'double') {
  const n = values.length;
  const { bitmap, nulls } = validity(values);
  const type = kind === 'int' ? new Int32() : new Float64();
  const data = kind === 'int' ? new Int32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) data[i] = typeof v === 'bigint' ? Number(v) : (v as number);
  }
  return makeData({ type, length: n, nullCount: nulls, ...(bitmap ? { nullBitmap: bitmap } : {}), data } as never);
}

function stringData(values: ArrayLike<unknown>) {
  const n = values.length;
  const { bitmap, nulls } = validity(values);
  const codes = new Map<string, number>();
  const dict: string[] = [];
  const indices = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const s = String(v);
    let k = codes.get(s);
    if (k === undefined) {
      k = dict.length;
      codes.set(s, k);
      dict.push(s);
    }
    indices[i] = k;
  }
  const type = new Dictionary(new Utf8(), new Int32());
  const dictionary = vectorFromArray(dict, new Utf8());
  return makeData({ type, length: n, nullCount: nulls, ...(bitmap ? { nullBitmap: bitmap } : {}), data: indices, dictionary } as never);
}

function boolData(values: ArrayLike<unknown>) {
  return vectorFromArray(Array.from(values, (v) => (v === null || v === undefined ? null : Boolean(v)))).data[0]!;
}

/** An Arrow table from columns of equal length. */
export function columnsToTable(specs: readonly ColumnSpec[], columns: Record<string, ArrayLike<unknown>>): Table {
  const lengths = new Set(specs.map((s) => columns[s.name]?.length));
  if (lengths.size !== 1 || lengths.has(undefined)) {
    throw new Error(`Colonnes de longueurs différentes ou absentes : ${specs.map((s) => `${s.name}=${columns[s.name]?.length ?? 'absente'}`).join(', ')}`);
  }
  const n = columns[specs[0]!.name]!.length;
  const datas = specs.map((s) => {
    const values = columns[s.name]!;
    if (s.kind === 'string') return stringData(values);
    if (s.kind === 'bool') return boolData(values);
    return numberData(values, s.kind);
  });
  const fields = specs.map((s, i) => new Field(s.name, datas[i]!.type, true));
  const schema = new Schema(fields);
  const struct = makeData({ type: new Struct(fields), length: n, nullCount: 0, children: datas } as never);
  return new Table(schema, [new RecordBatch(schema, struct as never)]);
}

/** The same, as IPC stream bytes for `insertArrowFromIPCStream`. */
export function columnsToIPC(specs: readonly ColumnSpec[], columns: Record<string, ArrayLike<unknown>>): Uint8Array {
  return tableToIPC(columnsToTable(specs, columns), 'stream');
}
