import { describe, expect, it } from 'vitest';
import { runNextAnalysis } from '@/lib/server/analysis-worker';
import { importDefaultStories } from '@/lib/stories/default-stories';
import { testDatabases } from '../testing';
import { queueAnalysis } from './analyses';
import { listClaims, resolveClaimId } from './claims';
import { addCorrection, listCorrections, undoCorrection } from './corrections';
import { getStoryBySlug } from './stories';

// The first job starts the process's analysis thread (the engine's models load in it): give it room.
describe.each(testDatabases())('corrections on $name', { timeout: 120_000 }, ({ open }) => {
  it('a merge survives re-analysis, is shown as edited, redirects the merged id, and can be undone', async () => {
    const { db, close } = await open();
    try {
      await importDefaultStories(db);
      const story = (await getStoryBySlug(db, 'embassy-staff-leave-ukraine'))!;
      await queueAnalysis(db, story.id);
      await runNextAnalysis(db);
      const before = await listClaims(db, story.id);
      const [itv, , lbc] = story.articles;
      // Two rows a reader may merge: Dominic Raab's warnings, as ITV News and LBC report them (the engine keeps
      // them apart: "a very significant risk" on Sunday, "worried" on Tuesday).
      const into = before.find((claim) => claim.summary.startsWith('Justice Secretary Dominic Raab warned on Sunday'))!;
      const from = before.find((claim) => claim.mentions.some((mention) => mention.articleId === lbc!.id && /Raab told LBC/.test(mention.text)))!;
      const ref = (claim: typeof into) => ({ articleId: claim.mentions[0]!.articleId, text: claim.mentions[0]!.text });
      expect(into.mentions[0]!.articleId).toBe(itv!.id);

      const correction = await addCorrection(db, story.id, { kind: 'merge', into: ref(into), from: ref(from) }, 'editor-a');
      for (let run = 0; run < 2; run++) {
        // Once after the correction, once more as any later re-analysis would.
        await queueAnalysis(db, story.id);
        await runNextAnalysis(db);
        const merged = (await listClaims(db, story.id)).find((claim) => claim.id === into.id)!;
        expect(merged.mentions.map((mention) => mention.articleId)).toEqual([itv!.id, lbc!.id]);
        expect(merged.edited).toBe(true);
        expect(await resolveClaimId(db, story.id, from.id)).toEqual({ id: into.id, redirected: true });
      }

      expect(await undoCorrection(db, story.id, correction.id, 'editor-b')).toBe('undone');
      expect(await undoCorrection(db, story.id, correction.id, 'editor-b')).toBe('already');
      expect(await undoCorrection(db, story.id, 9999, 'editor-b')).toBe('missing');
      await queueAnalysis(db, story.id);
      await runNextAnalysis(db);
      const after = await listClaims(db, story.id);
      expect(after.find((claim) => claim.id === into.id)!.mentions).toHaveLength(1);
      expect(after.find((claim) => claim.id === into.id)!.edited).toBe(false);
      expect(await resolveClaimId(db, story.id, from.id)).toEqual({ id: from.id, redirected: false });
      expect(await listCorrections(db, story.id)).toEqual([]);
      expect((await listCorrections(db, story.id, { includeUndone: true }))[0]).toMatchObject({ editor: 'editor-a', undoneBy: 'editor-b' });
    } finally {
      await close();
    }
  });
});
