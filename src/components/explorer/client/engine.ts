// The explorer's engine in the browser: DuckDB-WASM (eh bundle only, served by the site itself),
// the tables loaded once per session from the published Parquet files (decoded in a worker), the
// derived tables of the catalogue (SETUP_SQL) and the cached plot-level variables, built when a
// query first needs them. Imported only by the explorer page, so no other page loads DuckDB.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { BuiltQuery, Statement } from '../../../lib/explorer/query.ts';
import { DERIVED_TABLES } from '../../../lib/explorer/query.ts';
import { plainAggregates } from '../../../lib/estimation/ordered.ts';
import { plainRow } from '../../../lib/estimation/types.ts';
import { EXPLORER_TABLES, explorerTable } from '../../../lib/explorer/tables.ts';
import type { LoadMessage, LoadRequest } from './loader.worker.ts';

export type Progress = (p: { step: string; fraction?: number }) => void;

/** Why the browser cannot run the explorer, or null when it can. */
export async function missingFeatures(): Promise<string | null> {
  if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
    return 'Votre navigateur ne prend pas en charge WebAssembly ou les Web Workers, nécessaires au calcul dans la page.';
  }
  const features = await duckdb.getPlatformFeatures();
  if (!features.wasmExceptions) {
    return 'Votre navigateur ne prend pas en charge les exceptions WebAssembly (navigateur trop ancien) : mettez-le à jour pour utiliser l’explorateur.';
  }
  return null;
}

type Row = Record<string, unknown>;

export class Engine {
  private readonly loaded = new Map<string, Promise<void>>();
  private readonly derived = new Map<string, Promise<void>>();
  private readonly cached = new Map<string, Promise<void>>();
  private loader: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { progress: (f: number) => void; done: (m: LoadMessage) => void }>();
  private db: duckdb.AsyncDuckDB | null = null;
  private readonly ready: Promise<duckdb.AsyncDuckDBConnection>;
  /** Bytes of Parquet downloaded so far. */
  bytes = 0;

  /**
   * Starts DuckDB-WASM (`progress` gets the download of the engine) and, at the same time, the
   * download and decoding of `tables` in the loader worker.
   */
  constructor(
    private readonly base: string,
    progress: Progress,
    tables: readonly string[] = [],
  ) {
    this.ready = (async () => {
      const worker = new Worker(ehWorkerUrl);
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      this.db = db;
      await db.instantiate(ehWasmUrl, null, (p) => {
        if (p.bytesTotal > 0) progress({ step: 'moteur', fraction: Math.min(1, p.bytesLoaded / p.bytesTotal) });
      });
      return db.connect();
    })();
    for (const t of tables) void this.loadTable(t, progress).catch(() => undefined);
  }

  /** Resolves when DuckDB has started. */
  async started(): Promise<void> {
    await this.ready;
  }

  private worker(): Worker {
    if (!this.loader) {
      this.loader = new Worker(new URL('./loader.worker.ts', import.meta.url), { type: 'module' });
      this.loader.onmessage = (e: MessageEvent<LoadMessage>) => {
        const p = this.pending.get(e.data.id);
        if (!p) return;
        if (e.data.type === 'progress') p.progress(e.data.total ? e.data.loaded / e.data.total : 0);
        else {
          this.pending.delete(e.data.id);
          p.done(e.data);
        }
      };
    }
    return this.loader;
  }

  /** Loads a table once per session. */
  loadTable(name: string, progress: Progress = () => {}): Promise<void> {
    let p = this.loaded.get(name);
    if (!p) {
      const t = explorerTable(name);
      p = new Promise<LoadMessage>((resolve) => {
        const id = this.nextId++;
        this.pending.set(id, { progress: (f) => progress({ step: name, fraction: f }), done: resolve });
        const req: LoadRequest = { id, url: `${this.base}donnees/${t.file}`, name, columns: [...t.columns] };
        this.worker().postMessage(req);
      }).then(async (m) => {
        if (m.type === 'error') throw new Error(`Chargement de la table « ${name} » impossible : ${m.message}`);
        if (m.type !== 'done') return;
        this.bytes += m.bytes;
        progress({ step: name, fraction: 1 });
        const conn = await this.ready;
        await conn.insertArrowFromIPCStream(m.ipc, { name, create: true });
      });
      p.catch(() => this.loaded.delete(name));
      this.loaded.set(name, p);
    }
    return p;
  }

  /** Loads every table the query needs and builds its derived tables. */
  async prepare(q: Pick<BuiltQuery, 'tables' | 'setup'>, progress: Progress = () => {}): Promise<void> {
    // Derived tables read their own inputs (production per tree reads arbres, placettes, especes).
    await Promise.all(q.tables.map((t) => this.loadTable(t, progress)));
    for (const d of q.setup) {
      let p = this.derived.get(d);
      if (!p) {
        progress({ step: d });
        p = this.ready.then((c) => c.query(plainAggregates(DERIVED_TABLES.get(d)!))).then(() => undefined);
        p.catch(() => this.derived.delete(d));
        this.derived.set(d, p);
      }
      await p;
    }
  }

  /** Prepared statements by SQL text: a new selection of the same shape only binds new values. */
  private readonly statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();

  private async exec(s: Statement, keep = true): Promise<Row[]> {
    const conn = await this.ready;
    let st = this.statements.get(s.sql);
    if (!st) {
      // The catalogue's sums add their terms in a fixed order, for byte-identical build outputs; a
      // figure shown here to three digits does not need that, and plain sums run 2 to 3 times faster.
      st = conn.prepare(plainAggregates(s.sql));
      st.catch(() => this.statements.delete(s.sql));
      if (keep) {
        this.statements.set(s.sql, st);
        // A few dozen shapes at most in a session; drop the oldest beyond that.
        if (this.statements.size > 40) {
          const [oldest, p] = this.statements.entries().next().value!;
          this.statements.delete(oldest);
          void p.then((x) => x.close()).catch(() => undefined);
        }
      }
    }
    const prepared = await st;
    try {
      const table = await prepared.query(...s.params);
      return table.toArray().map((r) => plainRow(r.toJSON() as Row));
    } finally {
      if (!keep) await prepared.close();
    }
  }

  /** Runs a selection: cached plot variables (built at first use), then the design part. */
  async run(q: BuiltQuery, progress: Progress = () => {}): Promise<Row[]> {
    await this.prepare(q, progress);
    for (const t of q.cached.tables) {
      let p = this.cached.get(t.name);
      if (!p) {
        progress({ step: 'variables' });
        p = this.exec(t, false).then(() => undefined);
        p.catch(() => this.cached.delete(t.name));
        this.cached.set(t.name, p);
      }
      await p;
    }
    progress({ step: 'calcul' });
    return this.exec(q.cached.query);
  }

  /** Runs the self-contained statement (same figures; used by tests to check the cached form). */
  runInline(q: BuiltQuery): Promise<Row[]> {
    return this.prepare(q).then(() => this.exec(q));
  }

  /** Loads the remaining tables in the background, in the order of EXPLORER_TABLES. */
  async loadAll(): Promise<void> {
    for (const t of EXPLORER_TABLES) await this.loadTable(t.name);
  }

  close(): void {
    void this.db?.terminate();
    this.loader?.terminate();
  }
}
