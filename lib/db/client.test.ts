import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getSchemaVersion, openDatabase } from './client';
import { DataDirLockedError } from './lock';
import { stories } from './schema';
import { testDatabases } from './testing';

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
