import { ENGINE_VERSION } from '@/lib/analysis/version';
import { getDatabase } from '@/lib/db';
import { getSchemaVersion } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const { db, kind } = await getDatabase();
    const schemaVersion = await getSchemaVersion(db);
    return Response.json({ status: 'ok', database: kind, schemaVersion, engineVersion: ENGINE_VERSION });
  } catch (error) {
    console.error('health check failed', error);
    return Response.json({ status: 'unavailable', engineVersion: ENGINE_VERSION }, { status: 503 });
  }
}
