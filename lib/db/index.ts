import { getEnv } from '@/lib/env';
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from './client';

export { readSnapshot } from './client';

export type { Database, DatabaseHandle, DatabaseKind } from './client';

/** Where the app's database lives, from the environment: PostgreSQL when DATABASE_URL is set. */
export function databaseTargetFromEnv(): DatabaseTarget {
  const env = getEnv();
  return env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: env.DATA_DIR };
}

// Next bundles instrumentation and each route separately, so a module-level variable would give each
// bundle its own copy. One database per process lives on globalThis instead.
const globalKey = Symbol.for('parallax.database');
type GlobalWithDatabase = typeof globalThis & { [globalKey]?: Promise<DatabaseHandle> };

/** The process's one database handle, opened (and migrated) on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  const holder = globalThis as GlobalWithDatabase;
  holder[globalKey] ??= openDatabase(databaseTargetFromEnv()).catch((error: unknown) => {
    delete holder[globalKey];
    throw error;
  });
  return holder[globalKey];
}

/** Closes the process's database if it was opened. */
export async function closeDatabase(): Promise<void> {
  const holder = globalThis as GlobalWithDatabase;
  const pending = holder[globalKey];
  delete holder[globalKey];
  if (pending) await (await pending).close();
}
