import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Correction, CorrectionChange } from '@/lib/analysis/corrections';
import type { Database } from '../client';
import { corrections, stories, type CorrectionRow } from '../schema';

export async function addCorrection(db: Database, storyId: number, change: CorrectionChange, editor: string): Promise<CorrectionRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(corrections).values({ storyId, change, editor }).returning();
    await tx.update(stories).set({ updatedAt: sql`now()` }).where(eq(stories.id, storyId));
    return row!;
  });
}

/** Undoes a correction; "missing" when the story has no such correction, "already" when it was undone before. */
export async function undoCorrection(db: Database, storyId: number, id: number, editor: string): Promise<'undone' | 'missing' | 'already'> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(corrections).where(and(eq(corrections.storyId, storyId), eq(corrections.id, id)));
    if (!row) return 'missing';
    if (row.undoneAt) return 'already';
    await tx.update(corrections).set({ undoneAt: sql`now()`, undoneBy: editor }).where(eq(corrections.id, id));
    await tx.update(stories).set({ updatedAt: sql`now()` }).where(eq(stories.id, storyId));
    return 'undone';
  });
}

/** A story's corrections, oldest first; by default only those in force. */
export async function listCorrections(db: Database, storyId: number, { includeUndone = false } = {}): Promise<CorrectionRow[]> {
  return db
    .select()
    .from(corrections)
    .where(includeUndone ? eq(corrections.storyId, storyId) : and(eq(corrections.storyId, storyId), isNull(corrections.undoneAt)))
    .orderBy(asc(corrections.id));
}

/** The corrections in force, as the engine's correction stage takes them. */
export async function correctionsInForce(db: Database, storyId: number): Promise<Correction[]> {
  return (await listCorrections(db, storyId)).map(({ id, change }) => ({ id, change }));
}
