import pg from 'pg';
import type { Db, Row } from './db';

/** Options of the PostgreSQL driver. */
export interface PgOptions {
  connectionString: string;
  /** Schema to work in (search_path); tests give each file its own. */
  schema?: string;
  /** Pool size per process. */
  max?: number;
}

/** Opens a pool on a real PostgreSQL server (`DATABASE_URL`); it connects on the first query. */
export function openPgDb(options: PgOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    options: options.schema ? `-c search_path=${quoteIdent(options.schema)}` : undefined,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return Promise.resolve(poolDb(pool));
}

function poolDb(pool: pg.Pool): Db {
  return {
    driver: 'postgres',
    async query<T extends Row = Row>(text: string, values: readonly unknown[] = []) {
      const result = await pool.query<T>(text, values as unknown[]);
      return result.rows;
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(clientDb(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined); // the original error is what matters
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(script: string) {
      await pool.query(script);
    },
    async close() {
      await pool.end();
    },
  };
}

function clientDb(client: pg.PoolClient): Db {
  return {
    driver: 'postgres',
    async query<T extends Row = Row>(text: string, values: readonly unknown[] = []) {
      const result = await client.query<T>(text, values as unknown[]);
      return result.rows;
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      return fn(this);
    },
    async exec(script: string) {
      await client.query(script);
    },
    async close() {
      /* the pool owns the client */
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
