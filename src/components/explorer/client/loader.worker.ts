// Web worker of the explorer: downloads one Parquet file of /donnees/, decodes it (hyparquet) and
// returns Arrow IPC bytes ready for DuckDB-WASM, reporting download progress. Runs beside DuckDB's
// own worker, so decoding neither blocks the page nor waits for the engine to start.
import { columnsToIPC, type ColumnSpec } from '../../../lib/explorer/arrow.ts';
import { decodeParquet } from '../../../lib/explorer/parquet.ts';

export interface LoadRequest {
  id: number;
  url: string;
  name: string;
  columns: ColumnSpec[];
}
export type LoadMessage =
  | { id: number; type: 'progress'; loaded: number; total: number }
  | { id: number; type: 'done'; ipc: Uint8Array; rows: number; bytes: number }
  | { id: number; type: 'error'; message: string };

const post = (m: LoadMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

async function download(req: LoadRequest): Promise<ArrayBuffer> {
  const res = await fetch(req.url);
  if (!res.ok) throw new Error(`${req.url} : réponse ${res.status} du serveur`);
  const total = Number(res.headers.get('content-length') ?? 0);
  if (!res.body) return res.arrayBuffer();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    post({ id: req.id, type: 'progress', loaded, total });
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out.buffer;
}

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  const req = e.data;
  try {
    const buffer = await download(req);
    const columns = await decodeParquet(buffer, req.columns.map((c) => c.name), req.url);
    const ipc = columnsToIPC(req.columns, columns);
    const rows = columns[req.columns[0]!.name]!.length;
    post({ id: req.id, type: 'done', ipc, rows, bytes: buffer.byteLength }, [ipc.buffer]);
  } catch (err) {
    post({ id: req.id, type: 'error', message: (err as Error).message });
  }
};
