import { ENGINE_VERSION } from '@/lib/analysis/version';
import { closeDatabase, getDatabase } from '@/lib/db';
import { queueOutdatedAnalyses, releaseInterruptedAnalyses } from '@/lib/db/queries/analyses';
import { addFeed } from '@/lib/db/queries/feeds';
import { DataDirLockedError } from '@/lib/db/lock';
import { getEnv } from '@/lib/env';
import { importDefaultStories } from '@/lib/stories/default-stories';
import { analysisSettings, startAnalysisWorker } from './analysis-worker';
import { offerRemovedStoryCheck } from './removed-stories';

let stopWorker: (() => Promise<void>) | undefined;

/**
 * Runs once when the server process starts (from instrumentation.ts): validates the configuration,
 * opens and migrates the database, imports the default stories, and closes cleanly on SIGTERM/SIGINT.
 * Any failure here stops the process with a message instead of serving a broken app.
 */
export async function startUp(): Promise<void> {
  try {
    const env = getEnv();
    const { db, kind } = await getDatabase();
    const settings = analysisSettings(env);
    // PGlite has one opener (the data directory's lock), so a job still marked running was this
    // server's when it crashed: resume it now rather than after the stale window.
    const { resumed, setAside } = kind === 'pglite' ? await releaseInterruptedAnalyses(db, settings.jobs) : { resumed: 0, setAside: 0 };
    const created = env.SEED_STORIES ? await importDefaultStories(db) : [];
    const queued = await queueOutdatedAnalyses(db, ENGINE_VERSION);
    // FEEDS names feeds to follow; one already followed is left as it is.
    for (const url of env.FEEDS) await addFeed(db, url);
    stopWorker = startAnalysisWorker(db, { settings });
    offerRemovedStoryCheck(db);
    console.log(
      `Parallax: ${kind === 'pglite' ? `embedded database in ${env.DATA_DIR}` : 'PostgreSQL'} ready` +
        (created.length > 0 ? `; imported ${created.join(', ')}` : '') +
        (resumed > 0 ? `; ${resumed} interrupted ${resumed === 1 ? 'analysis' : 'analyses'} resumed` : '') +
        (setAside > 0 ? `; ${setAside} interrupted ${setAside === 1 ? 'analysis' : 'analyses'} set aside (no attempts left)` : '') +
        (queued > 0 ? `; ${queued} ${queued === 1 ? 'story' : 'stories'} queued for analysis` : ''),
    );
  } catch (error) {
    console.error(error instanceof DataDirLockedError ? `Parallax cannot start: ${error.message}` : error);
    // Seen rarely under load: the process outlived process.exit(1) with its port open. A second process
    // on a taken data directory must never keep serving, so a kill follows if the exit did not happen.
    setTimeout(() => process.kill(process.pid, 'SIGKILL'), 2000);
    process.exit(1);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void shutDown(signal));
}

async function shutDown(signal: NodeJS.Signals): Promise<void> {
  try {
    // Let the job in hand finish (or be abandoned to another process), then close the database.
    await stopWorker?.();
    await closeDatabase();
  } catch (error) {
    console.error('Parallax: error while closing the database', error);
  } finally {
    process.exit(signal === 'SIGINT' ? 130 : 143);
  }
}
