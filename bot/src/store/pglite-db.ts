import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Row } from './db';

/** Opens the embedded PostgreSQL (PGlite, WASM); `dataDir` undefined keeps it in memory. */
export async function openPgliteDb(dataDir?: string): Promise<Db> {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  return wrap(pg, pg);
}

function wrap(pg: PGlite, handle: PGlite | Transaction): Db {
  const inTransaction = handle !== pg;
  return {
    driver: 'pglite',
    async query<T extends Row = Row>(text: string, values: readonly unknown[] = []) {
      const result = await handle.query<T>(text, values as unknown[]);
      return result.rows;
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      if (inTransaction) return fn(this);
      return pg.transaction((tx) => fn(wrap(pg, tx)));
    },
    async exec(script: string) {
      await handle.exec(script);
    },
    async close() {
      if (!inTransaction && !pg.closed) await pg.close();
    },
  };
}
