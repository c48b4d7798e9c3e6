import { ENGINE_VERSION } from '@/lib/analysis/version';
import { getDatabase } from '@/lib/db';
import { getSchemaVersion } from '@/lib/db/client';
import { describeError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

// PGlite runs in this process, one transaction at a time, so while an analysis is being saved the
// probe waits for that transaction to commit. Busy is not down: past a short wait, the answer uses the
// schema version the last probe read (a failing probe still answers 503).
const PGLITE_BUSY_MS = 250;
let lastSchemaVersion: number | undefined;

export async function GET(): Promise<Response> {
  try {
    const { db, kind } = await getDatabase();
    const probe = getSchemaVersion(db).then((version) => (lastSchemaVersion = version));
    const known = lastSchemaVersion;
    const schemaVersion =
      kind === 'pglite' && known !== undefined
        ? await Promise.race([probe, new Promise<number>((resolve) => setTimeout(() => resolve(known), PGLITE_BUSY_MS))])
        : await probe;
    // A probe that outlives the answer may still fail; that is for the next request to report.
    probe.catch(() => undefined);
    return Response.json({ status: 'ok', database: kind, schemaVersion, engineVersion: ENGINE_VERSION });
  } catch (error) {
    console.error(`health check failed: ${describeError(error).summary}`);
    return Response.json({ status: 'unavailable', engineVersion: ENGINE_VERSION }, { status: 503 });
  }
}
