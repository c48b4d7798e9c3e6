import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { getEnv } from '@/lib/env';
import { getSchemaVersion, openDatabase } from './client';
import { DataDirLockedError } from './lock';
import { stories } from './schema';
import { createScratchDatabase, dropScratchDatabase, testDatabases } from './testing';

const journal = JSON.parse(readFileSync(path.join(process.cwd(), 'lib/db/migrations/meta/_journal.json'), 'utf8')) as {
  entries: unknown[];
};

describe.each(testDatabases())('openDatabase on $name', ({ open }) => {
  it('applies every migration, and opening again changes nothing', async () => {
    const handle = await open();
    try {
      expect(await getSchemaVersion(handle.db)).toBe(journal.entries.length);
      expect(await handle.db.select().from(stories)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});

describe('a PGlite data directory', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-db-'));
  const handles: { close(): Promise<void> }[] = [];
  afterAll(async () => Promise.all(handles.map((handle) => handle.close())));

  it('keeps its rows across a close and a reopen', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    await first.db.insert(stories).values({ slug: 'kept', title: 'Kept' });
    await first.close();
    const second = await openDatabase({ kind: 'pglite', dataDir: dir });
    handles.push(second);
    expect((await second.db.select().from(stories)).map((story) => story.slug)).toEqual(['kept']);
  });

  it('cannot be opened twice, and the first opener keeps working', async () => {
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(DataDirLockedError);
    const [open] = handles;
    expect(open).toBeDefined();
    const { db } = open as Awaited<ReturnType<typeof openDatabase>>;
    expect((await db.select().from(stories)).length).toBe(1);
  });
});

const postgresUrl = getEnv().DATABASE_URL;
describe.runIf(postgresUrl)('a PostgreSQL pool', () => {
  // PostgreSQL ends connections when it restarts or when an administrator says so; an idle one's
  // error must not stop the app server, and the next query gets a new connection.
  it('outlives PostgreSQL ending its idle connections, and answers the next query', async () => {
    const url = await createScratchDatabase(postgresUrl!);
    const handle = await openDatabase({ kind: 'postgres', url });
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await handle.db.execute(sql`SELECT 1`);
      const admin = new Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [new URL(url).pathname.slice(1)]);
      await admin.end();
      await vi.waitFor(() => expect(warned).toHaveBeenCalledWith('PostgreSQL closed an idle connection (57P01)'));
      expect(((await handle.db.execute(sql`SELECT 1 AS one`)) as unknown as { rows: unknown[] }).rows).toEqual([{ one: 1 }]);
    } finally {
      warned.mockRestore();
      await handle.close();
      await dropScratchDatabase(postgresUrl!, url);
    }
  });
});
