import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { count, is, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { PgTransaction, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import { lockDataDir } from './lock';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'pglite'; /** A directory, or "memory" for a throw-away in-memory database. */ dataDir: string }
  | { kind: 'postgres'; url: string };

const migrationsFolder = path.join(process.cwd(), 'lib', 'db', 'migrations');

/** Opens the database and brings its schema up to date. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.kind === 'pglite' ? openPglite(target.dataDir) : openPostgres(target.url);
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  if (dataDir === 'memory') {
    const client = new PGlite();
    const db = drizzlePglite({ client, schema, casing: 'snake_case' });
    await migratePglite(db, { migrationsFolder });
    return { db, kind: 'pglite', close: () => client.close() };
  }
  mkdirSync(dataDir, { recursive: true });
  // Lock before PGlite touches the directory: a second opener would corrupt it.
  const lock = await lockDataDir(dataDir);
  try {
    const client = new PGlite(path.join(dataDir, 'pglite'));
    const db = drizzlePglite({ client, schema, casing: 'snake_case' });
    await migratePglite(db, { migrationsFolder });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

// Any 64-bit number works; it only has to be the same in every app server sharing the database.
const MIGRATION_LOCK_KEY = 7_205_011_322;

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new Pool({ connectionString: url, max: 10 });
  // The pool reports an error of an idle connection (PostgreSQL restarted, or ended the connection) as
  // an event; unheard, it would stop the process. The pool opens a new connection for the next query.
  pool.on('error', (error: Error & { code?: string }) => console.warn(`PostgreSQL closed an idle connection (${error.code ?? error.name})`));
  try {
    // Several app servers may start at once against one database: one migrates, the others wait.
    const connection = await pool.connect();
    try {
      await connection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await migrateNodePostgres(drizzleNodePostgres({ client: connection, schema, casing: 'snake_case' }), {
        migrationsFolder,
      });
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      connection.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzleNodePostgres({ client: pool, schema, casing: 'snake_case' });
  return { db, kind: 'postgres', close: () => pool.end() };
}

/** How many migrations have been applied: the schema version reported by /api/health. */
export async function getSchemaVersion(db: Database): Promise<number> {
  const [row] = await db.select({ applied: count() }).from(sql`drizzle.__drizzle_migrations`);
  return row?.applied ?? 0;
}

/**
 * Runs `read` on one snapshot of the database: all its queries see the same committed state, so what
 * a concurrent transaction commits (an analysis being saved: its job, claims, mentions and
 * discrepancies) shows up all at once or not at all. Reads made apart could see a finished job with
 * the claims from before it. Inside a transaction already, that transaction's view is the one read.
 */
export function readSnapshot<T>(db: Database, read: (snapshot: Database) => Promise<T>): Promise<T> {
  if (is(db, PgTransaction)) return read(db);
  return db.transaction((snapshot) => read(snapshot), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}
