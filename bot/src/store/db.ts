/** A result row as the drivers return it. */
export type Row = Record<string, unknown>;

/**
 * The narrow storage interface everything else is written against (pg-boss's `executeSql` idea):
 * parameterised queries in the PostgreSQL dialect, transactions, and script execution for migrations.
 */
export interface Db {
  /** Runs one parameterised statement and returns its rows. */
  query<T extends Row = Row>(text: string, values?: readonly unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction; inside, use the `tx` handle it gets (a nested call reuses it). */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /** Which engine answers: for logs and health output. */
  readonly driver: 'pglite' | 'postgres';
  /** Releases connections; the handle is unusable afterwards. */
  close(): Promise<void>;
}
