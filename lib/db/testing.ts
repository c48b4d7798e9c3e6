import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { getEnv } from '@/lib/env';
import { openDatabase, type DatabaseHandle } from './client';

/**
 * Test support: the databases every repository suite runs against. PGlite (in memory) always;
 * PostgreSQL too when DATABASE_URL is set, each handle on a scratch database of its own that is
 * dropped on close, so suites never see each other's rows.
 */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<DatabaseHandle>;
}

export function testDatabases(): TestDatabase[] {
  const url = getEnv().DATABASE_URL;
  const targets: TestDatabase[] = [{ name: 'pglite', open: () => openDatabase({ kind: 'pglite', dataDir: 'memory' }) }];
  if (url) targets.push({ name: 'postgres', open: () => openScratchPostgres(url) });
  return targets;
}

/** Creates a fresh database next to the one `url` names and returns its URL. */
export async function createScratchDatabase(url: string, prefix = 'parallax_test'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdminClient(url, (client) => client.query(`CREATE DATABASE ${name}`));
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return scratch.toString();
}

export async function dropScratchDatabase(url: string, scratchUrl: string): Promise<void> {
  const name = new URL(scratchUrl).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to drop unexpected database name ${name}`);
  await withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

async function openScratchPostgres(url: string): Promise<DatabaseHandle> {
  const scratchUrl = await createScratchDatabase(url);
  const handle = await openDatabase({ kind: 'postgres', url: scratchUrl });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropScratchDatabase(url, scratchUrl);
    },
  };
}

async function withAdminClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
